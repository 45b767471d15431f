using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Chooses the sheet that holds the list: visible sheets before hidden ones, and among them the sheet whose header
/// is followed by the most data rows (then the richer header, then the first). An instructions sheet with an
/// example row, or an old hidden copy with more columns, does not win over the real list. The same rules hold for
/// every format; a CSV is a workbook of one sheet.
/// </summary>
/// <remarks>
/// <para>A list kept one sheet per dusun is read whole: visible sheets whose header puts every field in the same column
/// as the chosen sheet's (copies of one template) are read with it, in workbook order, and the uploader is told which
/// (<c>SHEETS_COMBINED</c>); their rows are numbered by <see cref="SheetRows"/>. A sheet whose name says it is an example,
/// instructions or an old copy is never one of them, nor a hidden sheet.</para>
/// <para>When other sheets also hold a list that is not read, the choice is told to the uploader as a file-level notice
/// (<c>SHEET_CHOSEN</c>, and <c>SHEET_HIDDEN_READ</c> when only a hidden sheet had one). Rows are counted up to one past
/// the row limit, so a list over it is rejected before any row is processed.</para>
/// </remarks>
internal static class SheetChooser
{
    /// <summary>
    /// Words in a sheet's name that mark it as not part of this list: an example or instructions, or an old copy kept
    /// beside it (last year's list in the same template must not be read as this year's people).
    /// </summary>
    private static readonly string[] NotTheListWords =
        ["contoh", "petunjuk", "panduan", "instruksi", "cara", "template", "format", "example", "sample", "keterangan",
         "lama", "arsip", "backup", "cadangan", "salinan", "copy", "old"];

    /// <param name="Headers">The sheets to read, in workbook order; the first is the list's layout.</param>
    public sealed record Choice(IReadOnlyList<HeaderCandidate> Headers, HeaderCandidate Chosen, IReadOnlyList<Issue> Notices)
    {
        public bool Combined => Headers.Count > 1;
    }

    public static Choice Choose(ISheetSource source, HeaderVocabulary vocabulary, ReadingBudget budget)
    {
        var found = new List<(HeaderCandidate Header, int Rows)>();
        var sawContent = false;
        for (var index = 0; index < source.Sheets.Count; index++)
        {
            var header = HeaderLocator.Find(source, index, vocabulary, budget.Options, out var sheetHadContent);
            sawContent |= sheetHadContent;
            if (header is not null)
            {
                found.Add((header, CountDataRows(source, header, vocabulary, budget)));
            }
        }

        var withRows = found.Where(f => f.Rows > 0).ToList();
        if (withRows.Count == 0)
        {
            throw new FileRejectedException(found.Count > 0 ? IssueCatalog.FileNoRows : sawContent ? IssueCatalog.FileNoHeader : IssueCatalog.FileEmpty);
        }

        var chosen = withRows
            .OrderBy(f => source.Sheets[f.Header.SheetIndex].IsHidden)
            .ThenByDescending(f => f.Rows)
            .ThenByDescending(f => f.Header.Layout.FieldColumns.Count)
            .ThenBy(f => f.Header.SheetIndex)
            .First();

        if (chosen.Header.IsTooWide)
        {
            throw new FileRejectedException(IssueCatalog.FileTooManyColumns);
        }

        var read = withRows.Where(f => f == chosen || (CombinesSheets(vocabulary) && IsPartOfTheList(source, f.Header, chosen.Header)))
            .OrderBy(f => f.Header.SheetIndex).ToList();
        if (read.Sum(f => f.Rows) > budget.Options.MaxDataRows)
        {
            throw new FileRejectedException(IssueCatalog.FileTooManyRows);
        }

        var headers = read.Select(f => f.Header).ToList();
        return new Choice(headers, chosen.Header, Notices(source, chosen.Header, headers, withRows.Select(f => f.Header)));
    }

    /// <summary>
    /// Another visible sheet of the same list: the same template (every field in the same column), a place a combined row
    /// number can say (<see cref="SheetRows.MaxSheetIndex"/>), and a name that is not an example's.
    /// </summary>
    private static bool IsPartOfTheList(ISheetSource source, HeaderCandidate other, HeaderCandidate chosen) =>
        !source.Sheets[chosen.SheetIndex].IsHidden && !source.Sheets[other.SheetIndex].IsHidden && !other.IsTooWide
        && Math.Max(other.SheetIndex, chosen.SheetIndex) <= SheetRows.MaxSheetIndex
        && other.Layout.FieldColumns.Count == chosen.Layout.FieldColumns.Count
        && other.Layout.FieldColumns.All(f => chosen.Layout.FieldColumns.TryGetValue(f.Key, out var column) && column == f.Value)
        && !NamedAsNotTheList(source.Sheets[other.SheetIndex].Name);

    /// <summary>
    /// Village lists and the register, whose every message and result names a row by <see cref="SheetRows.Label"/>. A BPJS
    /// confirmation or bill is read from one sheet, its outcome sheets numbering rows as the file does.
    /// </summary>
    private static bool CombinesSheets(HeaderVocabulary vocabulary) =>
        vocabulary == HeaderVocabulary.WorkerList || vocabulary == HeaderVocabulary.ParticipantRegister;

    /// <summary>Whole words only: "Dusun Selamat" is a dusun, "Data Lama" an old copy.</summary>
    private static bool NamedAsNotTheList(string sheetName) =>
        System.Text.RegularExpressions.Regex.Split(sheetName.ToLowerInvariant(), @"\P{L}+", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            .Any(word => NotTheListWords.Contains(word, StringComparer.Ordinal));

    /// <summary>Data rows below the header, counted as the reader will stream them, up to one past the limit.</summary>
    private static int CountDataRows(ISheetSource source, HeaderCandidate header, HeaderVocabulary vocabulary, ReadingBudget budget)
    {
        var rows = source.ReadSheet(header.SheetIndex, header.Width).Where(r => r.Number > header.LastHeaderRow);
        var count = 0;
        foreach (var _ in DataRowFilter.Filter(rows, header.Layout, vocabulary))
        {
            if (++count > budget.Options.MaxDataRows)
            {
                break;
            }
        }

        return count;
    }

    private static List<Issue> Notices(ISheetSource source, HeaderCandidate chosen, IReadOnlyList<HeaderCandidate> read, IEnumerable<HeaderCandidate> holdingLists)
    {
        var notices = new List<Issue>();
        var chosenSheet = source.Sheets[chosen.SheetIndex];
        if (read.Count > 1)
        {
            notices.Add(IssueCatalog.SheetsCombined.Create(read.Count, string.Join(", ", read.Select(h => $"\"{Shown(source.Sheets[h.SheetIndex].Name)}\" (lembar ke-{h.SheetIndex + 1})"))));
        }

        var others = holdingLists.Where(h => !read.Contains(h)).Select(h => $"\"{Shown(source.Sheets[h.SheetIndex].Name)}\"").ToList();
        if (others.Count > 0)
        {
            notices.Add(IssueCatalog.SheetChosen.Create(Shown(chosenSheet.Name), string.Join(", ", others)));
        }

        if (chosenSheet.IsHidden)
        {
            notices.Add(IssueCatalog.SheetHiddenRead.Create(Shown(chosenSheet.Name)));
        }

        // The row count pass has read the sheets to their end (or the file was rejected as too long).
        foreach (var sheet in read.Where(h => source.RowsRenumbered(h.SheetIndex)))
        {
            notices.Add(IssueCatalog.SheetRowsRenumbered.Create(Shown(source.Sheets[sheet.SheetIndex].Name)));
        }

        return notices;
    }

    /// <summary>A sheet name as the uploader is shown it in a message: no bidi controls or other invisible characters.</summary>
    private static string Shown(string name) => Validation.InvisibleCharacters.Remove(name, out _);
}
