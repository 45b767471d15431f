using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The one entry point for reading an upload (a village list or the BPJS register): recognises the format from
/// its bytes, finds the header under any title rows, and streams the data rows without loading the file.
/// </summary>
/// <remarks>
/// Every "the uploader's fault" case (empty, not a spreadsheet, corrupt, password, no header, no rows) ends in a
/// <see cref="FileRejectedException"/> carrying an <see cref="IssueCatalog"/> definition; nothing else is thrown
/// for bad content. The returned sheet owns the reader (and any temp copy): dispose it when done. The caller's
/// stream is not disposed, but must stay open while rows are enumerated.
/// </remarks>
public static class SpreadsheetReader
{
    public static OpenedSheet Open(Stream content, string fileName, HeaderVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(vocabulary);

        var owned = new List<IDisposable>();
        try
        {
            var seekable = SeekableContent.Ensure(content, out var isTemporaryCopy);
            if (isTemporaryCopy)
            {
                owned.Add(seekable);
            }

            var source = OpenSource(seekable, fileName);
            owned.Insert(0, source);

            var layout = HeaderLocator.Locate(source, vocabulary, out var sheetIndex);
            var dataRows = DataRowFilter.Filter(source.ReadSheet(sheetIndex).Where(r => r.Number > layout.HeaderRow), layout, vocabulary);
            var enumerator = dataRows.GetEnumerator();
            owned.Insert(0, enumerator);
            if (!enumerator.MoveNext())
            {
                throw new FileRejectedException(IssueCatalog.FileNoRows);
            }

            return new OpenedSheet(layout, ContinueFrom(enumerator), new DisposeAll(owned));
        }
        catch
        {
            new DisposeAll(owned).Dispose();
            throw;
        }
    }

    private static ISheetSource OpenSource(Stream seekable, string fileName)
    {
        var format = FormatSniffer.Detect(seekable);
        switch (format)
        {
            case FileFormat.Empty:
                throw new FileRejectedException(IssueCatalog.FileEmpty);
            case FileFormat.NotSpreadsheet:
                throw new FileRejectedException(IssueCatalog.FileNotSpreadsheet);
            case FileFormat.Zip:
                ZipInspector.EnsureWorkbook(seekable);
                return ExcelSheetSource.Open(seekable, format);
            case FileFormat.Ole2:
                return ExcelSheetSource.Open(seekable, format);
            default:
                return new CsvSheetSource(seekable, SheetNameOf(fileName));
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
