using Microsoft.Extensions.Logging;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reading;
using Pipeline.Core.Results;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Writes again the result workbook of an upload whose statuses another upload changed (a listing promoted to
/// <c>new</c> when the first listing was removed), so what a village official holds is never stale.
/// </summary>
/// <remarks>
/// <para>
/// The rows as sent come from the upload's blob, read again (the same reader, no lease); what the pipeline
/// concluded about each row comes from its stored record (<see cref="RecordStore"/>), which the promotion
/// changed. Runs after the matching lease is released, so other villages never wait for it.
/// </para>
/// <para>
/// Durable: the recount that changes an upload's counts also marks it <see cref="UploadEntity.ResultStale"/> in
/// the same write under the lease; the mark is cleared only after the workbook is written, and only if the row
/// did not change meanwhile. Every ingest refreshes the uploads its own match changed and then any other marked
/// ones, so a refresh lost to a crash or a storage fault is done by the next ingest. A refresh never fails the
/// ingest that triggered it.
/// </para>
/// <para>
/// Skipped, never overwriting anything newer: an upload not (or no longer) <c>processed</c>, or whose blob has
/// changed since (the new version's own ingest writes its result); a result blob written by someone else
/// between our read and our write (conditional upload).
/// </para>
/// </remarks>
public sealed class ResultRefresher(
    PipelineStorage storage,
    UploadStore uploads,
    RecordStore records,
    ResultBlobs results,
    ListReader reader,
    ContributionSchedule contributions,
    TimeProvider time,
    ILogger<ResultRefresher> logger)
{
    /// <summary>Refreshes these uploads' results, then any other upload still marked stale. Returns how many were written.</summary>
    public Task<int> RefreshAsync(IEnumerable<string> uploadPaths, CancellationToken cancellationToken) =>
        RefreshAsync(uploadPaths, IssueCatalog.ResultUpdated, cancellationToken);

    /// <summary>
    /// As <see cref="RefreshAsync(IEnumerable{string}, CancellationToken)"/>, with the notice that says why on the
    /// named uploads' results (<see cref="IssueCatalog.ResultDecided"/> after a decision); other stale uploads get
    /// <see cref="IssueCatalog.ResultUpdated"/>, since what marked them is not known here.
    /// </summary>
    public async Task<int> RefreshAsync(IEnumerable<string> uploadPaths, IssueDefinition because, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var written = 0;
        foreach (var path in uploadPaths)
        {
            if (seen.Add(path) && await TryRefreshAsync(await uploads.GetAsync(path, cancellationToken), because, cancellationToken))
            {
                written++;
            }
        }

        var stale = new List<UploadEntity>();
        await foreach (var upload in uploads.ListStaleResultsAsync(cancellationToken))
        {
            if (seen.Add(upload.Path))
            {
                stale.Add(upload);
            }
        }

        foreach (var upload in stale)
        {
            if (await TryRefreshAsync(upload, IssueCatalog.ResultUpdated, cancellationToken))
            {
                written++;
            }
        }

        return written;
    }

    private async Task<bool> TryRefreshAsync(UploadEntity? upload, IssueDefinition because, CancellationToken cancellationToken)
    {
        if (upload is null)
        {
            return false;
        }

        try
        {
            return await RefreshAsync(upload, because, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The mark stays: the next ingest tries again. Type only: messages can quote cell data.
            logger.LogWarning("Result of upload {UploadKey} could not be written again ({ExceptionType}); it stays marked stale", upload.UploadKey, e.GetType().FullName);
            return false;
        }
    }

    private async Task<bool> RefreshAsync(UploadEntity upload, IssueDefinition because, CancellationToken cancellationToken)
    {
        if (upload.Status != IngestOutcome.Processed)
        {
            return false;
        }

        var identity = UploadIdentity.Of(upload.Path);
        var resultVersion = await results.VersionAsync(identity.ResultPath, cancellationToken);
        var blob = storage.Uploads.GetBlobClient(upload.Path);
        if (!await blob.ExistsAsync(cancellationToken))
        {
            // Nothing to show the rows from; the stored records stay the truth for reports and exports.
            await uploads.ClearStaleResultAsync(upload, time.GetUtcNow(), cancellationToken);
            return false;
        }

        using var spool = await SpooledContent.CopyAsync(await blob.OpenReadAsync(cancellationToken: cancellationToken), cancellationToken);
        if (spool.Hash != upload.ContentHash)
        {
            return false;
        }

        NormalizedList list;
        try
        {
            list = reader.Read(spool.OpenRead(), Path.GetFileName(upload.Path), identity.Location);
        }
        catch (FileRejectedException)
        {
            return false;
        }

        var stored = (await records.ReadUploadAsync(upload.UploadKey, cancellationToken)).ToDictionary(r => r.SourceRow);
        var processed = new ProcessedList
        {
            Layout = list.Layout,
            Rows = list.Rows.Select(r => stored.TryGetValue(r.Source.RowNumber, out var record) ? r with { Record = record } : r).ToList(),
            Reviews = [],
            Notices = [.. list.Notices, because.Create()],
        };
        var now = time.GetUtcNow();
        var report = new UploadReport(upload.Path, now, contributions) { Notices = processed.Notices };
        if (!await results.ReplaceAsync(identity.ResultPath, resultVersion, stream => ResultWorkbookWriter.WriteProcessed(processed, report, stream), cancellationToken))
        {
            return false;
        }

        await uploads.ClearStaleResultAsync(upload, now, cancellationToken);
        logger.LogInformation("Result of upload {UploadKey} written again after another upload changed its statuses", upload.UploadKey);
        return true;
    }
}
