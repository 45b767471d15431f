using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The one entry point for reading an upload (a village list or the BPJS register): recognises the format from
/// its bytes (.xlsx Transitional or Strict, .xls of any Excel version, .ods, CSV in any common encoding), chooses
/// the sheet that holds the list, finds the header under any title rows, and streams the data rows without
/// loading the file, within the limits of <see cref="ReadingOptions"/>.
/// </summary>
/// <remarks>
/// Every "the uploader's fault" case (empty, not a spreadsheet, corrupt, password, no header, no rows, over a
/// limit) ends in a <see cref="FileRejectedException"/> carrying an <see cref="IssueCatalog"/> definition; nothing
/// else is thrown for bad content. Limits that can only be seen while streaming (the time budget) are thrown from
/// <see cref="OpenedSheet.Rows"/>. The returned sheet owns the reader (and any temp copy): dispose it when done.
/// The caller's stream is not disposed, but must stay open while rows are enumerated.
/// </remarks>
public static class SpreadsheetReader
{
    /// <summary>
    /// Reads under the default limits of the vocabulary's kind of file: <see cref="ReadingOptions.Register"/> for the
    /// participant register, <see cref="ReadingOptions.Default"/> for anything else.
    /// </summary>
    public static OpenedSheet Open(Stream content, string fileName, HeaderVocabulary vocabulary) =>
        Open(content, fileName, vocabulary, vocabulary == HeaderVocabulary.ParticipantRegister ? ReadingOptions.Register : ReadingOptions.Default);

    public static OpenedSheet Open(Stream content, string fileName, HeaderVocabulary vocabulary, ReadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(options);

        var budget = new ReadingBudget(options);
        var owned = new List<IDisposable>();
        try
        {
            var seekable = SeekableContent.Ensure(content, options.MaxUploadBytes, out var isTemporaryCopy);
            if (isTemporaryCopy)
            {
                owned.Add(seekable);
            }

            var source = new GuardedSource(GuardedSource.Guard(() => OpenSource(seekable, fileName, budget)));
            owned.Insert(0, source);

            var choice = SheetChooser.Choose(source, vocabulary, budget);
            var layout = choice.Combined ? Combined(choice.Chosen.Layout, choice.Headers, source) : choice.Chosen.Layout;
            var rows = choice.Headers.SelectMany(header => DataRowsOf(source, header, choice.Chosen.Width, choice.Combined, vocabulary, options));
            var enumerator = WithinLimits(rows, budget).GetEnumerator();
            owned.Insert(0, enumerator);
            if (!enumerator.MoveNext())
            {
                throw new FileRejectedException(IssueCatalog.FileNoRows);
            }

            return new OpenedSheet(layout, ContinueFrom(enumerator), new DisposeAll(owned), choice.Notices);
        }
        catch
        {
            new DisposeAll(owned).Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the content is a workbook or CSV the reader can open, by its bytes (never its name): the problem, or
    /// null. Only the container is opened (the zip's parts, the OLE2 directory, the text's encoding), not the sheets:
    /// what the list holds is ingest's verdict, told in the result. The village door asks this before it stores a file.
    /// </summary>
    /// <param name="seekable">Read from the start; left open, at an unspecified position.</param>
    public static IssueDefinition? Recognise(Stream seekable, string fileName, ReadingOptions options)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        ArgumentNullException.ThrowIfNull(options);
        if (seekable.Length > options.MaxUploadBytes)
        {
            return IssueCatalog.FileTooLarge;
        }

        try
        {
            using var source = GuardedSource.Guard(() => OpenSource(seekable, fileName, new ReadingBudget(options)));
            return null;
        }
        catch (FileRejectedException rejected)
        {
            return rejected.Problem;
        }
    }

    private static ISheetSource OpenSource(Stream seekable, string fileName, ReadingBudget budget)
    {
        var format = FormatSniffer.Detect(seekable);
        return format switch
        {
            FileFormat.Empty => throw new FileRejectedException(IssueCatalog.FileEmpty),
            FileFormat.NotSpreadsheet => throw new FileRejectedException(IssueCatalog.FileNotSpreadsheet),
            FileFormat.Markup => throw new FileRejectedException(IssueCatalog.FileIsWebPage),
            FileFormat.Zip => PackageInspector.Open(seekable, budget),
            FileFormat.BinaryExcel => XlsWorkbook.Open(seekable, budget),
            _ => new CsvWorkbook(seekable, SheetNameOf(fileName), budget),
        };
    }

    /// <summary>
    /// One sheet's data rows below its header, blank, title and footer rows left out; in a list of several sheets each
    /// numbered by <see cref="SheetRows.Combine"/>, so rows of different sheets never share a number.
    /// </summary>
    private static IEnumerable<SourceRow> DataRowsOf(
        ISheetSource source, HeaderCandidate header, int width, bool combined, HeaderVocabulary vocabulary, ReadingOptions options)
    {
        var rows = source.ReadSheet(header.SheetIndex, width)
            .Where(r => r.Number > header.LastHeaderRow)
            .Select(r => RowShaper.Shape(r, options.MaxCellLength));
        var data = DataRowFilter.Filter(rows, header.Layout, vocabulary);
        return combined ? data.Select(r => r with { RowNumber = SheetRows.Combine(header.SheetIndex, r.RowNumber) }) : data;
    }

    /// <summary>The chosen sheet's layout (split columns and all), naming every sheet read with it.</summary>
    private static SheetLayout Combined(SheetLayout chosen, IReadOnlyList<HeaderCandidate> headers, ISheetSource source) => chosen with
    {
        CombinedSheets = headers.ToDictionary(h => h.SheetIndex, h => Validation.InvisibleCharacters.Remove(source.Sheets[h.SheetIndex].Name, out _)),
    };

    /// <summary>The row limit and the time budget, checked for every row handed out (the caller's work between rows counts).</summary>
    private static IEnumerable<SourceRow> WithinLimits(IEnumerable<SourceRow> rows, ReadingBudget budget)
    {
        var count = 0;
        foreach (var row in rows)
        {
            budget.CheckTime();
            if (++count > budget.Options.MaxDataRows)
            {
                throw new FileRejectedException(IssueCatalog.FileTooManyRows);
            }

            yield return row;
        }
    }

    private static string SheetNameOf(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName ?? string.Empty);
        return string.IsNullOrWhiteSpace(name) ? "CSV" : name;
    }

    private static IEnumerable<SourceRow> ContinueFrom(IEnumerator<SourceRow> started)
    {
        yield return started.Current;
        while (started.MoveNext())
        {
            yield return started.Current;
        }
    }

    private sealed class DisposeAll(IReadOnlyList<IDisposable> owned) : IDisposable
    {
        public void Dispose()
        {
            foreach (var disposable in owned)
            {
                disposable.Dispose();
            }
        }
    }
}
