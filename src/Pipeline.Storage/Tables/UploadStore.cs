using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tables;

/// <summary>
/// The one owner of the <c>Uploads</c> table: ingest, the exports, the recount after a promotion, reports and
/// the admin API read and write upload rows only through here.
/// </summary>
/// <remarks>
/// Each writer merges only the columns it owns, so that a promotion by another upload (which recounts this
/// upload's <c>new</c>/<c>duplicate</c>) and this upload's own completion never overwrite each other.
/// </remarks>
public sealed class UploadStore(PipelineStorage storage)
{
    private TableClient Uploads => storage.Table(StorageNames.UploadsTable);

    public async Task<UploadEntity?> GetAsync(UploadIdentity upload, CancellationToken cancellationToken)
    {
        var lookup = await Uploads.GetEntityIfExistsAsync<TableEntity>(upload.UploadsPartitionKey, upload.UploadsRowKey, cancellationToken: cancellationToken);
        return lookup.HasValue && lookup.Value is { } row ? UploadEntity.From(row) : null;
    }

    public Task<UploadEntity?> GetAsync(string uploadPath, CancellationToken cancellationToken) =>
        GetAsync(UploadIdentity.Of(uploadPath), cancellationToken);

    /// <summary>
    /// An upload by its key (<see cref="UploadIdentity.Key"/>, as the API names uploads): a point read of the path
    /// the key decodes to, or, for a path so long that its key ends in a hash, a query by the stored key.
    /// </summary>
    public async Task<UploadEntity?> GetByKeyAsync(string uploadKey, CancellationToken cancellationToken)
    {
        if (!TableKey.IsShortened(uploadKey))
        {
            string path;
            try
            {
                path = TableKey.Decode(uploadKey);
            }
            catch (FormatException)
            {
                return null;
            }

            // A key that is not the canonical encoding of its path (e.g. "~41" for "A") names no upload.
            return path.Length == 0 || UploadIdentity.Of(path).Key != uploadKey ? null : await GetAsync(path, cancellationToken);
        }

        await foreach (var upload in Query(TableClient.CreateQueryFilter($"UploadKey eq {uploadKey}"), cancellationToken, maxPerPage: 1))
        {
            return upload;
        }

        return null;
    }

    /// <summary>A new attempt at this content: the row says <c>processing</c> until <see cref="CompleteAsync"/>.</summary>
    public Task StartAsync(UploadIdentity upload, string contentHash, long sizeBytes, int attempts, DateTimeOffset startedAt, CancellationToken cancellationToken) =>
        Uploads.UpsertEntityAsync(
            new TableEntity(upload.UploadsPartitionKey, upload.UploadsRowKey)
            {
                [nameof(UploadEntity.Path)] = upload.Path,
                [nameof(UploadEntity.UploadKey)] = upload.Key,
                [nameof(UploadEntity.ContentHash)] = contentHash,
                [nameof(UploadEntity.SizeBytes)] = sizeBytes,
                [nameof(UploadEntity.Status)] = IngestOutcome.Processing,
                [nameof(UploadEntity.StartedAt)] = startedAt,
                [nameof(UploadEntity.ResultPath)] = upload.ResultPath,
                [nameof(UploadEntity.Attempts)] = attempts,
                [nameof(UploadEntity.Rows)] = 0,
                [nameof(UploadEntity.DurationMs)] = 0L,
                [nameof(UploadEntity.LockedMs)] = 0L,
                [nameof(UploadEntity.MatchMs)] = 0L,
                [nameof(UploadEntity.ResultStale)] = false,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>The statuses of the rows just written (under the matching lease, so no promotion can interleave).</summary>
    public Task RecordCountsAsync(UploadIdentity upload, StatusCounts counts, string? kecamatanCode, string? desaCode, CancellationToken cancellationToken)
    {
        var entity = Merge(upload);
        entity["Rows"] = counts.Total;
        StatusColumns.Write(entity, counts);
        entity["KecamatanCode"] = kecamatanCode;
        entity["DesaCode"] = desaCode;
        return Uploads.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Another upload promoted some of this upload's rows: the counts of the statuses the person index knows (the
    /// rejected and ineligible rows did not change), and the mark that its result workbook must be written again
    /// (in the same write, so a crash cannot keep one without the other).
    /// </summary>
    public Task RecountAsync(UploadRecount recount, CancellationToken cancellationToken)
    {
        var entity = Merge(UploadIdentity.Of(recount.UploadPath));
        StatusColumns.Write(entity, recount.Counts, s => s.Matched);
        entity["ResultStale"] = true;
        return Uploads.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// An administrator's decision changed some of this upload's statuses: its counts as recounted from its rows
    /// (under the matching lease, like every other count write), and the mark that its result workbook must be
    /// written again, in the same write. <c>Rows</c> and the region stay as ingest wrote them.
    /// </summary>
    public Task RecountStatusesAsync(string uploadPath, StatusCounts counts, CancellationToken cancellationToken)
    {
        var entity = Merge(UploadIdentity.Of(uploadPath));
        StatusColumns.Write(entity, counts);
        entity["ResultStale"] = true;
        return Uploads.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>Uploads whose result workbook waits to be written again (<see cref="UploadEntity.ResultStale"/>).</summary>
    public IAsyncEnumerable<UploadEntity> ListStaleResultsAsync(CancellationToken cancellationToken) =>
        Query(TableClient.CreateQueryFilter($"ResultStale eq {true}"), cancellationToken);

    /// <summary>
    /// The result was written again from the row as <paramref name="read"/>: clears the mark unless the row changed
    /// since (another recount, a new version), in which case the mark stays for the next refresh. True when cleared.
    /// </summary>
    public async Task<bool> ClearStaleResultAsync(UploadEntity read, DateTimeOffset refreshedAt, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(read.PartitionKey, read.RowKey) { ["ResultStale"] = false, ["ResultRefreshedAt"] = refreshedAt };
        try
        {
            await Uploads.UpdateEntityAsync(entity, read.ETag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Uploads left at <c>processing</c> by an attempt that died (older than <paramref name="attemptTimeout"/>): for
    /// administrators and reports, which show them as stalled rather than as work in progress.
    /// </summary>
    public async IAsyncEnumerable<UploadEntity> ListStalledAsync(
        DateTimeOffset now, TimeSpan attemptTimeout, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var startedBefore = now - attemptTimeout;
        await foreach (var upload in Query(TableClient.CreateQueryFilter($"Status eq {IngestOutcome.Processing} and StartedAt lt {startedBefore}"), cancellationToken))
        {
            yield return upload;
        }
    }

    /// <summary>The attempt is over: processed (records and result written) or failed (with the problem).</summary>
    public Task CompleteAsync(UploadIdentity upload, string status, IssueDefinition? problem, DateTimeOffset completedAt, UploadTimings timings, CancellationToken cancellationToken)
    {
        var entity = Merge(upload);
        entity["Status"] = status;
        entity["IssueCode"] = problem?.Code;
        entity["Message"] = problem?.MessageId;
        entity["MessageEn"] = problem?.MessageEn;
        entity["CompletedAt"] = completedAt;
        entity["DurationMs"] = timings.DurationMs;
        entity["LockedMs"] = timings.LockedMs;
        entity["MatchMs"] = timings.MatchMs;
        return Uploads.UpsertEntityAsync(entity, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>
    /// Every upload with only the named columns (a report's projection: the large ones never travel); name
    /// <see cref="StatusColumns.Names"/> among them for the counts.
    /// </summary>
    public IAsyncEnumerable<UploadEntity> ListAllAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken) =>
        Query(null, cancellationToken, columns);

    /// <summary>Every upload, in key order (kecamatan folder, then path).</summary>
    public IAsyncEnumerable<UploadEntity> ListAllAsync(CancellationToken cancellationToken) => Query(null, cancellationToken);

    /// <summary>
    /// Uploads whose path begins with <paramref name="folder"/> (e.g. <c>kualuh-hulu/aek-kanopan/</c>, with its trailing
    /// slash): one partition, a row-key range, so a desa's page costs what the desa uploaded, not what the regency did.
    /// </summary>
    public IAsyncEnumerable<UploadEntity> ListUnderAsync(string folder, CancellationToken cancellationToken)
    {
        var slash = folder.IndexOf('/');
        if (slash <= 0 || !folder.EndsWith('/'))
        {
            throw new ArgumentException("A folder has a kecamatan part and ends in '/'.", nameof(folder));
        }

        // The encoding is character by character (TableKey), so the keys of paths under the folder begin with the folder's key.
        var partition = TableKey.Encode(folder[..slash]);
        var from = TableKey.Encode(folder[(slash + 1)..], 400);
        return Query(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {from + "\uffff"}"), cancellationToken);
    }

    /// <summary>Uploads whose rows are mostly in this kecamatan (Kemendagri code, 6 digits), whatever their folder is called.</summary>
    public IAsyncEnumerable<UploadEntity> ListByKecamatanAsync(string kecamatanCode, CancellationToken cancellationToken) =>
        Query(TableClient.CreateQueryFilter($"KecamatanCode eq {kecamatanCode}"), cancellationToken);

    /// <summary>One page of uploads, optionally of one kecamatan; pass the returned token back for the next page.</summary>
    public async Task<UploadPage> ListPageAsync(string? kecamatanCode, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var filter = kecamatanCode is null ? null : TableClient.CreateQueryFilter($"KecamatanCode eq {kecamatanCode}");
        var query = Uploads.QueryAsync<TableEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages(continuationToken, pageSize).WithCancellation(cancellationToken))
        {
            return new UploadPage(page.Values.Select(UploadEntity.From).ToList(), page.ContinuationToken);
        }

        return new UploadPage([], null);
    }

    private async IAsyncEnumerable<UploadEntity> Query(
        string? filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken,
        IReadOnlyList<string>? select = null, int? maxPerPage = null)
    {
        await foreach (var row in Uploads.QueryAsync<TableEntity>(filter, maxPerPage, select, cancellationToken))
        {
            yield return UploadEntity.From(row);
        }
    }

    private static TableEntity Merge(UploadIdentity upload) => new(upload.UploadsPartitionKey, upload.UploadsRowKey) { ETag = ETag.All };
}

/// <summary>Where an upload's time went: in all, holding the matching lease, and matching within that.</summary>
public sealed record UploadTimings(long DurationMs, long LockedMs, long MatchMs);

/// <summary>A page of <see cref="UploadStore.ListPageAsync"/>; <paramref name="ContinuationToken"/> is null on the last page.</summary>
public sealed record UploadPage(IReadOnlyList<UploadEntity> Items, string? ContinuationToken);
