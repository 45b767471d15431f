using System.Diagnostics;
using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Budget;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reading;
using Pipeline.Core.Results;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Ingests one uploaded village list: the same service behind the blob trigger and the CLI.
/// </summary>
/// <remarks>
/// Failure policy: a file that cannot be read is the uploader's problem; it is recorded as <c>failed</c> with
/// a message and a result workbook, and this method returns normally, so the platform does not retry it.
/// A storage fault is ours; it propagates, the platform retries, and because every write is an upsert keyed
/// by path and row, the retry converges on the same tables instead of adding rows.
/// </remarks>
public sealed class UploadIngestService(
    PipelineStorage storage,
    ListProcessor processor,
    RecordStore records,
    ParticipantStore participants,
    ContributionSchedule contributions,
    TimeProvider time,
    ILogger<UploadIngestService> logger)
{
    private static readonly TimeSpan LeaseWait = TimeSpan.FromMinutes(10);

    public async Task<IngestOutcome> IngestAsync(string uploadPath, Stream content, CancellationToken cancellationToken)
    {
        uploadPath = UploadPath.Normalize(uploadPath);
        var uploadKey = TableKeys.UploadKey(uploadPath);
        var resultPath = UploadPath.ResultPathOf(uploadPath);
        var uploads = storage.Table(StorageNames.UploadsTable);
        var (partitionKey, rowKey) = UploadEntity.KeysFor(uploadPath);
        var started = time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();

        using var spool = await SpooledContent.CopyAsync(content, cancellationToken);
        var lookup = await uploads.GetEntityIfExistsAsync<UploadEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        var existing = lookup.HasValue ? lookup.Value : null;
        if (existing is { Status: IngestOutcome.Processed or IngestOutcome.Failed } && existing.ContentHash == spool.Hash)
        {
            logger.LogInformation("Upload {UploadKey} already processed for this content; skipped", uploadKey);
            return new IngestOutcome(uploadPath, uploadKey, existing.Status, existing.Rows, existing.IssueCode, existing.Message, resultPath, Skipped: true);
        }

        var entity = new UploadEntity
        {
            PartitionKey = partitionKey,
            RowKey = rowKey,
            Path = uploadPath,
            UploadKey = uploadKey,
            ContentHash = spool.Hash,
            SizeBytes = spool.Length,
            Status = IngestOutcome.Processing,
            StartedAt = started,
            ResultPath = resultPath,
            Attempts = existing?.ContentHash == spool.Hash ? existing.Attempts + 1 : 1,
        };
        await uploads.UpsertEntityAsync(entity, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
        var report = new UploadReport(uploadPath, started, contributions);

        await using (await MatchingLease.AcquireAsync(storage, LeaseWait, cancellationToken))
        {
            var stored = await records.LoadStoredPeopleAsync(uploadKey, cancellationToken);
            var previous = await records.ReadPreviousVersionAsync(uploadKey, cancellationToken);
            var register = await participants.LoadIndexAsync(cancellationToken);
            var (list, problem) = TryProcess(spool, uploadPath, uploadKey, stored, register);
            if (list is not null)
            {
                await ReconcileListingsAsync(list, stored, previous, cancellationToken);
                await records.ReplaceUploadAsync(uploadKey, uploadPath, list.Rows, list.Reviews, started, cancellationToken);
                await WriteResultAsync(resultPath, stream => ResultWorkbookWriter.WriteProcessed(list, report with { Notices = list.Notices }, stream), cancellationToken);
                entity.RecordProcessed(list);
            }
            else
            {
                // The earlier version's records, if any, stay: an unreadable replacement must not erase a good list.
                await WriteResultAsync(resultPath, stream => ResultWorkbookWriter.WriteFailed(problem!, report, stream), cancellationToken);
                entity.RecordFailed(problem!);
            }
        }

        entity.CompletedAt = time.GetUtcNow();
        entity.DurationMs = stopwatch.ElapsedMilliseconds;
        await uploads.UpsertEntityAsync(entity, Azure.Data.Tables.TableUpdateMode.Replace, cancellationToken);
        logger.LogInformation(
            "Upload {UploadKey} {Status}: {Rows} rows ({New} new, {Duplicate} duplicate, {Enrolled} enrolled, {Review} review, {Rejected} rejected, {Ineligible} ineligible) in {DurationMs} ms",
            uploadKey, entity.Status, entity.Rows, entity.New, entity.Duplicate, entity.Enrolled, entity.Review, entity.Rejected, entity.Ineligible, entity.DurationMs);
        return new IngestOutcome(uploadPath, uploadKey, entity.Status, entity.Rows, entity.IssueCode, entity.Message, resultPath, Skipped: false);
    }

    /// <summary>The pure part: read, validate, match. Either a processed list or the problem that stopped it.</summary>
    private (ProcessedList? List, IssueDefinition? Problem) TryProcess(
        SpooledContent spool, string uploadPath, string uploadKey, StoredPeople stored, ParticipantIndex register)
    {
        try
        {
            return (processor.Process(spool.OpenRead(), uploadPath, uploadKey, UploadPath.LocationOf(uploadPath), stored.Index, register), null);
        }
        catch (FileRejectedException rejected)
        {
            return (null, rejected.Problem);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Processing touches no storage, so an exception here would happen again on every retry: record
            // it for the uploader instead of looping. The type and stack go to the log, never cell data.
            logger.LogError("Upload {UploadKey} could not be processed: {ExceptionType} at {StackTrace}", uploadKey, e.GetType().FullName, e.StackTrace);
            return (null, IssueCatalog.FileUnexpectedError);
        }
    }

    /// <summary>Keeps people's ids across file versions and one <c>new</c> listing per person (see <see cref="PrimaryListings"/>).</summary>
    private async Task ReconcileListingsAsync(ProcessedList list, StoredPeople stored, IReadOnlyList<PreviousVersion.Row> previous, CancellationToken cancellationToken)
    {
        var rows = list.Rows.Select(r => r.Record).ToList();
        PreviousVersion.CarryPersonIds(rows, previous);
        PrimaryListings.PromoteInUpload(rows, stored.Listings);

        // Before this upload's rows are replaced: a retry then still sees the old version and recomputes the
        // same promotions, none of them twice.
        var previouslyNew = previous.Where(p => p.Status == RecordStatus.New).Select(p => p.PersonId);
        foreach (var listing in PrimaryListings.ToPromoteElsewhere(previouslyNew, rows, stored.Listings))
        {
            await records.PromoteAsync(listing, cancellationToken);
        }
    }

    private async Task WriteResultAsync(string resultPath, Action<Stream> write, CancellationToken cancellationToken)
    {
        await using var buffer = new FileStream(
            Path.Combine(Path.GetTempPath(), "pipeline-result-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        write(buffer);
        buffer.Position = 0;
        await storage.Results.GetBlobClient(resultPath).UploadAsync(
            buffer,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } },
            cancellationToken);
    }
}
