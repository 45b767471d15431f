using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reading;
using Pipeline.Core.Results;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Index;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Ingests one uploaded village list: the same service behind the blob trigger and the CLI.
/// </summary>
/// <remarks>
/// Steps: copy the blob once (hash it: the same content is processed once), read and validate it, then, under
/// the scope's matching lease only, match it against the person index and write the rows; the result workbook
/// and the rows' lookup pointers (RecordStore.Lookups) are written after the lease is released. Failure policy: a file that cannot be read is the uploader's
/// problem; it is recorded as <c>failed</c> with a message and a result workbook, and this method returns
/// normally, so the platform does not retry it. A storage fault is ours; it propagates, the platform retries,
/// and because every write is an upsert keyed by path and row, the retry converges on the same tables. The
/// attempt that reaches <see cref="IngestOptions.MaxAttempts"/> records a fault as <c>failed</c>
/// (<c>FILE_RETRIES_EXHAUSTED</c>, with a result workbook) before it goes on to the platform, which then moves the
/// blob to the poison queue: an upload never stays at <c>processing</c> while storage can be written. After the
/// lease, the results of other uploads whose statuses this one changed are written again (<see cref="ResultRefresher"/>).
/// </remarks>
public sealed class UploadIngestService(
    UploadStore uploads,
    RecordStore records,
    ReviewStore reviews,
    ReviewQueueIndex queueIndex,
    ListReader reader,
    UploadMatcher matcher,
    PersonIndexCache persons,
    ParticipantStore participants,
    DecisionBookCache decisions,
    CohortLedger cohort,
    CohortFollower cohortFollower,
    MatchingGate gate,
    ContributionSchedule contributions,
    ResultBlobs results,
    ResultRefresher refresher,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<UploadIngestService> logger)
{
    /// <summary>How long recording a give-up may take once the attempt itself was cancelled or failed.</summary>
    private static readonly TimeSpan GiveUpBudget = TimeSpan.FromSeconds(30);

    public Task<IngestOutcome> IngestAsync(string uploadPath, Stream content, CancellationToken cancellationToken) =>
        IngestAsync(uploadPath, content, IMatchingTurn.Immediate, cancellationToken);

    /// <param name="turn">When this upload may enter matching (the CLI keeps its file order); it is always completed.</param>
    public async Task<IngestOutcome> IngestAsync(string uploadPath, Stream content, IMatchingTurn turn, CancellationToken cancellationToken)
    {
        try
        {
            return await IngestCoreAsync(UploadIdentity.Of(uploadPath), content, turn, cancellationToken);
        }
        finally
        {
            turn.Complete();
        }
    }

    private async Task<IngestOutcome> IngestCoreAsync(UploadIdentity upload, Stream content, IMatchingTurn turn, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        using var spool = await SpooledContent.CopyAsync(content, cancellationToken);
        var existing = await uploads.GetAsync(upload, cancellationToken);
        if (existing is { Status: IngestOutcome.Processed or IngestOutcome.Failed } && existing.ContentHash == spool.Hash
            && existing.IssueCode != IssueCatalog.FileRetriesExhausted.Code)
        {
            turn.Complete();
            logger.LogInformation("Upload {UploadKey} already processed for this content; skipped", upload.Key);
            return new IngestOutcome(upload.Path, upload.Key, existing.Status, existing.Rows, existing.IssueCode, existing.Message, upload.ResultPath, Skipped: true);
        }

        // A new write of content that failed for a system fault (FILE_RETRIES_EXHAUSTED) is a deliberate retry: it is
        // processed again with a fresh count. Only a retry of an unfinished attempt counts on.
        var attempts = existing is { Status: IngestOutcome.Processing } && existing.ContentHash == spool.Hash ? existing.Attempts + 1 : 1;
        if (existing is { Status: IngestOutcome.Processing } && existing.ContentHash == spool.Hash && existing.Attempts >= options.Value.MaxAttempts)
        {
            // Delivered again after the attempts ran out (the last one could not even record its failure).
            turn.Complete();
            logger.LogWarning("Upload {UploadKey} refused: {Attempts} attempts already made at this content", upload.Key, existing.Attempts);
            await GiveUpAsync(upload, started, stopwatch, cancellationToken);
            return Outcome(upload, IngestOutcome.Failed, 0, IssueCatalog.FileRetriesExhausted);
        }

        await uploads.StartAsync(upload, spool.Hash, spool.Length, attempts, started, cancellationToken);
        (IngestOutcome Outcome, IReadOnlyList<UploadRecount> Recounts) attempt;
        try
        {
            attempt = await AttemptAsync(upload, spool, turn, started, stopwatch, cancellationToken);
        }
        catch (Exception e) when (attempts >= options.Value.MaxAttempts)
        {
            // The platform will not try again: say so in Uploads and in the result before the error goes on
            // (to the poison queue). Best effort: when storage itself is down this fails too, and the row shows as
            // stalled (UploadEntity.IsStalled) once no attempt can still be alive.
            turn.Complete();
            logger.LogError("Upload {UploadKey} failed on its last attempt ({Attempts}): {ExceptionType}", upload.Key, attempts, e.GetType().FullName);
            await TryGiveUpAsync(upload, started, stopwatch);
            throw;
        }

        // Done and recorded; now the other villages whose statuses this upload changed get their result written
        // again (and any upload left marked). Never fails this upload: a missed refresh stays marked for the next.
        await refresher.RefreshAsync(attempt.Recounts.Select(r => r.UploadPath), cancellationToken);
        return attempt.Outcome;
    }

    private async Task<(IngestOutcome, IReadOnlyList<UploadRecount>)> AttemptAsync(
        UploadIdentity upload, SpooledContent spool, IMatchingTurn turn, DateTimeOffset started, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var (list, problem) = TryRead(spool, upload);
        ProcessedList? processed = null;
        long lockedMs = 0, matchMs = 0;
        IReadOnlyList<UploadRecount> recounts = [];
        if (list is not null)
        {
            await turn.WaitAsync(cancellationToken);
            var locked = Stopwatch.StartNew();
            (processed, problem, matchMs, recounts) = await MatchAndWriteAsync(upload, list, started, cancellationToken);
            lockedMs = locked.ElapsedMilliseconds;
        }

        turn.Complete();
        var report = new UploadReport(upload.Path, started, contributions);
        if (processed is not null)
        {
            // The lookup pointers need no lease (reads check each against Records): written beside the result.
            var lookups = records.WriteLookupsAsync(upload, processed, cancellationToken);
            await Task.WhenAll(
                lookups,
                results.WriteAsync(upload.ResultPath, stream => ResultWorkbookWriter.WriteProcessed(processed, report with { Notices = processed.Notices }, stream), cancellationToken));
        }
        else
        {
            // The earlier version's records, if any, stay: an unreadable replacement must not erase a good list.
            await results.WriteAsync(upload.ResultPath, stream => ResultWorkbookWriter.WriteFailed(problem!, report, stream), cancellationToken);
        }

        var status = processed is null ? IngestOutcome.Failed : IngestOutcome.Processed;
        await uploads.CompleteAsync(upload, status, processed is null ? problem : null, time.GetUtcNow(), new UploadTimings(stopwatch.ElapsedMilliseconds, lockedMs, matchMs), cancellationToken);
        var counts = processed?.Counts ?? new StatusCounts();
        logger.LogInformation(
            "Upload {UploadKey} {Status}: {Rows} rows ({Statuses}) in {DurationMs} ms, {LockedMs} ms under the matching lease",
            upload.Key, status, counts.Total, counts.ToString(), stopwatch.ElapsedMilliseconds, lockedMs);
        return (Outcome(upload, status, counts.Total, processed is null ? problem : null), recounts);
    }

    private static IngestOutcome Outcome(UploadIdentity upload, string status, int rows, IssueDefinition? problem) =>
        new(upload.Path, upload.Key, status, rows, problem?.Code, problem?.MessageId, upload.ResultPath, Skipped: false);

    /// <summary>Records that the platform's attempts at this content are used up: <c>failed</c>, and a result that says so.</summary>
    private async Task GiveUpAsync(UploadIdentity upload, DateTimeOffset started, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var problem = IssueCatalog.FileRetriesExhausted;
        await results.WriteAsync(upload.ResultPath, stream => ResultWorkbookWriter.WriteFailed(problem, new UploadReport(upload.Path, started, contributions), stream), cancellationToken);
        await uploads.CompleteAsync(upload, IngestOutcome.Failed, problem, time.GetUtcNow(), new UploadTimings(stopwatch.ElapsedMilliseconds, 0, 0), cancellationToken);
    }

    private async Task TryGiveUpAsync(UploadIdentity upload, DateTimeOffset started, Stopwatch stopwatch)
    {
        // Not the attempt's token: it may be the one that was cancelled.
        using var budget = new CancellationTokenSource(GiveUpBudget);
        try
        {
            await GiveUpAsync(upload, started, stopwatch, budget.Token);
        }
        catch (Exception e)
        {
            logger.LogError("Upload {UploadKey}: the give-up could not be recorded either ({ExceptionType}); the row stays at processing until it shows as stalled", upload.Key, e.GetType().FullName);
        }
    }

    /// <summary>Reading and validating: no storage, no lease. Either the normalised rows or the problem that stopped them.</summary>
    private (NormalizedList? List, IssueDefinition? Problem) TryRead(SpooledContent spool, UploadIdentity upload)
    {
        try
        {
            return (reader.Read(spool.OpenRead(), Path.GetFileName(upload.Path), upload.Location), null);
        }
        catch (FileRejectedException rejected)
        {
            return (null, rejected.Problem);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, Unexpected(upload, e));
        }
    }

    /// <summary>
    /// The part that needs the scope to itself: bring the person index up to date, match, write the rows, the
    /// counts and the promotions, and commit the index change. On a storage fault the in-memory index is put
    /// back as it was and the fault propagates (the platform retries).
    /// </summary>
    private async Task<(ProcessedList? List, IssueDefinition? Problem, long MatchMs, IReadOnlyList<UploadRecount> Recounts)> MatchAndWriteAsync(
        UploadIdentity upload, NormalizedList list, DateTimeOffset started, CancellationToken cancellationToken)
    {
        await using var held = await gate.EnterAsync(cancellationToken);
        var index = await persons.CatchUpAsync(held.Continued, cancellationToken);
        var register = await participants.LoadIndexAsync(cancellationToken);
        var book = await decisions.CatchUpAsync(cancellationToken);
        var funded = await cohort.CatchUpAsync(cancellationToken);
        UploadMatch match;
        var matching = Stopwatch.StartNew();
        try
        {
            match = matcher.Match(list, upload.Key, upload.Path, index, register, book, funded);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Matching touches no storage: it would fail again on every retry. The index may be half changed.
            persons.Invalidate();
            cohort.Invalidate();
            return (null, Unexpected(upload, e), matching.ElapsedMilliseconds, []);
        }

        var matchMs = matching.ElapsedMilliseconds;

        try
        {
            await persons.BeginAsync(match.Delta, cancellationToken);
            await records.WriteAsync(upload, match, cancellationToken);
            await reviews.ReplaceAsync(upload, match.List.Reviews, match.ReplacesEarlierVersion, started, cancellationToken);
            await queueIndex.FollowUploadAsync(upload, match.List.Reviews, started, cancellationToken);
            await uploads.RecordCountsAsync(upload, match.List.Counts, MostCommon(list, r => r.KecamatanCode), MostCommon(list, r => r.DesaCode), cancellationToken);
            foreach (var recount in match.Recounts)
            {
                await uploads.RecountAsync(recount, cancellationToken);
            }

            var written = match.List.Rows.ToDictionary(r => new RecordId(upload.Key, r.Source.RowNumber), r => r.Record);
            await cohortFollower.FollowAsync(funded, match.People, written, $"daftar {upload.Path}", CohortActor.Ingest, cancellationToken);
            await persons.CommitAsync(match.Delta, cancellationToken);
        }
        catch
        {
            persons.Revert(match.Undo);
            cohort.Invalidate();
            throw;
        }

        return (match.List, null, matchMs, match.Recounts);
    }

    /// <summary>A fault of ours that would happen again on every retry: recorded for the uploader, never looped.</summary>
    private IssueDefinition Unexpected(UploadIdentity upload, Exception e)
    {
        // The type and stack go to the log, never cell data.
        logger.LogError("Upload {UploadKey} could not be processed: {ExceptionType} at {StackTrace}", upload.Key, e.GetType().FullName, e.StackTrace);
        return IssueCatalog.FileUnexpectedError;
    }

    private static string? MostCommon(NormalizedList list, Func<WorkerRecord, string?> value) =>
        list.Rows.Select(r => value(r.Record)).Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
