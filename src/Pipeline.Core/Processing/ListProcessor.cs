using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Processing;

/// <summary>
/// The pure part of ingesting one village list: read, normalise and validate every row, then match each
/// accepted row against the people already known and the BPJS register. No storage here: the caller loads
/// the indexes and writes the results.
/// </summary>
/// <param name="reading">The reading limits (configuration section "Reading"); the documented defaults when null.</param>
public sealed class ListProcessor(RecordNormalizer normalizer, PersonResolver resolver, ReadingOptions? reading = null)
{
    /// <exception cref="FileRejectedException">The file as a whole cannot be read; nothing was processed.</exception>
    public ProcessedList Process(
        Stream content,
        string uploadPath,
        string uploadKey,
        UploadLocation location,
        PersonIndex persons,
        ParticipantIndex participants)
    {
        using var sheet = SpreadsheetReader.Open(content, Path.GetFileName(uploadPath), HeaderVocabulary.WorkerList, reading ?? ReadingOptions.Default);
        var rows = new List<ProcessedRow>();
        var reviews = new List<ReviewCandidate>();
        foreach (var source in sheet.Rows)
        {
            var record = normalizer.Normalize(source, sheet.Layout, location);
            if (record.Status is not (RecordStatus.Rejected or RecordStatus.Ineligible))
            {
                var resolution = resolver.Resolve(
                    record,
                    RecordIds.For(uploadKey, source.RowNumber),
                    uploadPath,
                    persons,
                    participants);
                reviews.AddRange(resolution.ReviewCandidates);
            }

            rows.Add(new ProcessedRow(source, record));
        }

        if (rows.Count == 0)
        {
            throw new FileRejectedException(IssueCatalog.FileNoRows);
        }

        return new ProcessedList { Layout = sheet.Layout, Rows = rows, Reviews = reviews, Notices = sheet.Notices };
    }
}
