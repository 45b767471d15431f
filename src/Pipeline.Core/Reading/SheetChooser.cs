using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Chooses the sheet that holds the list: visible sheets before hidden ones, and among them the sheet whose header
/// is followed by the most data rows (then the richer header, then the first). An instructions sheet with an
/// example row, or an old hidden copy with more columns, does not win over the real list. The same rules hold for
/// every format; a CSV is a workbook of one sheet.
/// </summary>
/// <remarks>
/// When other sheets also hold a list, the choice is told to the uploader as a file-level notice (<c>SHEET_CHOSEN</c>,
/// and <c>SHEET_HIDDEN_READ</c> when only a hidden sheet had one). Rows are counted up to one past the row limit, so a
/// list over it is rejected before any row is processed.
/// </remarks>
internal static class SheetChooser
{
    public sealed record Choice(HeaderCandidate Header, IReadOnlyList<Issue> Notices);

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

        if (chosen.Rows > budget.Options.MaxDataRows)
        {
            throw new FileRejectedException(IssueCatalog.FileTooManyRows);
        }

        return new Choice(chosen.Header, Notices(source, chosen.Header, withRows.Select(f => f.Header)));
    }

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

    private static List<Issue> Notices(ISheetSource source, HeaderCandidate chosen, IEnumerable<HeaderCandidate> holdingLists)
    {
        var notices = new List<Issue>();
        var chosenSheet = source.Sheets[chosen.SheetIndex];
        var others = holdingLists.Where(h => h.SheetIndex != chosen.SheetIndex).Select(h => $"\"{Shown(source.Sheets[h.SheetIndex].Name)}\"").ToList();
        if (others.Count > 0)
        {
            notices.Add(IssueCatalog.SheetChosen.Create(Shown(chosenSheet.Name), string.Join(", ", others)));
        }

        if (chosenSheet.IsHidden)
        {
            notices.Add(IssueCatalog.SheetHiddenRead.Create(Shown(chosenSheet.Name)));
        }

        // The row count pass has read the chosen sheet to its end (or the file was rejected as too long).
        if (source.RowsRenumbered(chosen.SheetIndex))
        {
            notices.Add(IssueCatalog.SheetRowsRenumbered.Create(Shown(chosenSheet.Name)));
        }

        return notices;
    }

    /// <summary>A sheet name as the uploader is shown it in a message: no bidi controls or other invisible characters.</summary>
    private static string Shown(string name) => Validation.InvisibleCharacters.Remove(name, out _);
}
