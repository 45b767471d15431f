using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Processing;

/// <summary>
/// The first, independent half of ingesting a village list: read, normalise and validate every row. It needs
/// nothing stored, so uploads are read side by side and outside the matching lease.
/// </summary>
/// <param name="reading">The reading limits (configuration section "Reading"); the documented defaults when null.</param>
public sealed class ListReader(RecordNormalizer normalizer, ReadingOptions? reading = null)
{
    /// <exception cref="FileRejectedException">The file as a whole cannot be read; nothing was processed.</exception>
    public NormalizedList Read(Stream content, string fileName, UploadLocation location)
    {
        using var sheet = SpreadsheetReader.Open(content, fileName, HeaderVocabulary.WorkerList, reading ?? ReadingOptions.Default);
        var rows = new List<ProcessedRow>();
        foreach (var source in sheet.Rows)
        {
            rows.Add(new ProcessedRow(source, normalizer.Normalize(source, sheet.Layout, location)));
        }

        if (rows.Count == 0)
        {
            throw new FileRejectedException(IssueCatalog.FileNoRows);
        }

        return new NormalizedList { Layout = sheet.Layout, Rows = rows, Notices = sheet.Notices };
    }
}
