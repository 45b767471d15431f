using Azure;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Door;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Door;

/// <summary>
/// The village door's work on storage: take one list into the desa's folder of <c>uploads</c> (with the app's
/// identity), and tell the desa what became of its lists. Everything is scoped by a <see cref="DesaFolder"/>: no
/// method can reach a path outside it.
/// </summary>
/// <remarks>
/// A list is refused before anything is stored when it is over <see cref="ReadingOptions.MaxUploadBytes"/> (the body is
/// spooled to a temporary file and the copy stops one buffer past the limit: never the whole body in memory) or when
/// its bytes are not a spreadsheet the reader can open (<see cref="SpreadsheetReader.Recognise"/>). The blob carries
/// the SHA-256 of its content as metadata, the same hash ingest records, so "is the row about this version?" is a
/// comparison of two strings.
/// </remarks>
public sealed class DoorUploadService(
    PipelineStorage storage, UploadStore uploads, RecordStore records, IUploadArrivals arrivals, ReadingOptions reading,
    IOptions<IngestOptions> ingest, TimeProvider time, ILogger<DoorUploadService> logger)
{
    /// <summary>Blob metadata: lower-case hex SHA-256 of the content, as <see cref="UploadEntity.ContentHash"/>.</summary>
    public const string HashMetadata = "sha256";

    public long MaxUploadBytes => reading.MaxUploadBytes;

    /// <summary>Stores one list in the desa's folder under its safe name, or says why not.</summary>
    /// <param name="linkId">For the log only (its first 12 characters): which link sent it.</param>
    public async Task<DoorAcceptance> AcceptAsync(DesaFolder folder, string? sentName, Stream content, string linkId, CancellationToken cancellationToken)
    {
        var name = UploadFileName.MakeSafe(sentName);
        using var spool = await SpooledContent.CopyAsync(content, reading.MaxUploadBytes, cancellationToken);
        if (spool is null)
        {
            logger.LogInformation("Door upload through link {LinkId} refused: {IssueCode}", linkId[..12], IssueCatalog.FileTooLarge.Code);
            return DoorAcceptance.Refused(IssueCatalog.FileTooLarge);
        }

        if (SpreadsheetReader.Recognise(spool.OpenRead(), name, reading) is { } problem)
        {
            logger.LogInformation("Door upload through link {LinkId} refused: {IssueCode}", linkId[..12], problem.Code);
            return DoorAcceptance.Refused(problem);
        }

        var upload = UploadIdentity.Of(folder.PathOf(name));
        await storage.Uploads.GetBlobClient(upload.Path).UploadAsync(spool.OpenRead(), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [HashMetadata] = spool.Hash },
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/octet-stream" },
        }, cancellationToken);
        logger.LogInformation("Door upload {UploadKey} stored ({Bytes} bytes) through link {LinkId}", upload.Key, spool.Length, linkId[..12]);
        await arrivals.ArrivedAsync(upload.Path, cancellationToken);
        return DoorAcceptance.Accepted(upload.Key, name);
    }

    /// <summary>The desa's lists, newest first: every blob in its folder and every row recorded for it.</summary>
    public async Task<IReadOnlyList<DoorUpload>> ListAsync(DesaFolder folder, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, UploadEntity>(StringComparer.Ordinal);
        await foreach (var row in uploads.ListUnderAsync(folder.Prefix, cancellationToken))
        {
            rows[row.Path] = row;
        }

        var blobs = new Dictionary<string, BlobItem>(StringComparer.Ordinal);
        await foreach (var blob in storage.Uploads.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, folder.Prefix, cancellationToken))
        {
            blobs[blob.Name] = blob;
        }

        return rows.Keys.Union(blobs.Keys).Where(folder.Holds)
            .Select(path => View(folder, path, rows.GetValueOrDefault(path), blobs.GetValueOrDefault(path) is { } b ? (HashOf(b.Metadata), b.Properties.LastModified) : null))
            .OrderByDescending(u => u.SentAt ?? u.CompletedAt).ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One list of the desa by its id; null when the id names nothing in the desa's folder.</summary>
    public async Task<DoorUpload?> GetAsync(DesaFolder folder, string id, CancellationToken cancellationToken)
    {
        var path = await PathOfAsync(id, cancellationToken);
        if (path is null || !folder.Holds(path))
        {
            return null;
        }

        var row = await uploads.GetAsync(path, cancellationToken);
        (string?, DateTimeOffset?)? blob = null;
        try
        {
            var properties = await storage.Uploads.GetBlobClient(path).GetPropertiesAsync(cancellationToken: cancellationToken);
            blob = (HashOf(properties.Value.Metadata), properties.Value.LastModified);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Only the row is left (the blob was removed by an administrator): its result still stands.
        }

        return row is null && blob is null ? null : View(folder, path, row, blob);
    }

    /// <summary>The problems of a processed list's rows (for its page), read from its records.</summary>
    public Task<UploadProblems> ProblemsAsync(DoorUpload upload, CancellationToken cancellationToken) =>
        records.ReadProblemsAsync(upload.Id, cancellationToken);

    /// <summary>The result workbook of a list that is done (never the previous version's while a new one is checked); null when there is none.</summary>
    public async Task<Stream?> OpenResultAsync(DoorUpload upload, CancellationToken cancellationToken)
    {
        if (upload.Status == IngestOutcome.Processing || upload.ResultPath is null)
        {
            return null;
        }

        try
        {
            var download = await storage.Results.GetBlobClient(upload.ResultPath).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// The path an id (an upload key) stands for: decoded when readable, looked up when it ends in a hash; null when it
    /// is not the canonical key of any path.
    /// </summary>
    private async Task<string?> PathOfAsync(string id, CancellationToken cancellationToken)
    {
        if (TableKey.IsShortened(id))
        {
            return (await uploads.GetByKeyAsync(id, cancellationToken))?.Path;
        }

        try
        {
            var path = TableKey.Decode(id);
            return path.Length > 0 && UploadIdentity.Of(path).Key == id ? path : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// What the desa sees of one path. A blob whose hash differs from the row's is a new version not yet ingested:
    /// <c>processing</c>, with none of the old version's figures.
    /// </summary>
    private DoorUpload View(DesaFolder folder, string path, UploadEntity? row, (string? Hash, DateTimeOffset? SentAt)? blob)
    {
        var current = row is not null && (blob?.Hash is null || blob.Value.Hash == row.ContentHash);
        var status = !current ? IngestOutcome.Processing : row!.Status;
        var stalled = current && row!.IsStalled(time.GetUtcNow(), ingest.Value.AttemptTimeout);
        var done = current && status != IngestOutcome.Processing;
        return new DoorUpload(
            UploadIdentity.Of(path).Key, path[folder.Prefix.Length..], stalled ? IngestOutcome.Failed : status, blob?.SentAt ?? row?.StartedAt,
            done ? row!.CompletedAt : null,
            done && status == IngestOutcome.Processed ? row!.Counts : new StatusCounts(),
            done ? row!.Rows : 0,
            stalled ? IssueCatalog.FileRetriesExhausted.Code : done ? row!.IssueCode : null,
            stalled ? IssueCatalog.FileRetriesExhausted.MessageId : done ? row!.Message : null,
            done ? row!.ResultPath : null);
    }

    private static string? HashOf(IDictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(HashMetadata, out var hash) ? hash : null;
}

/// <summary>What became of a list sent through the door: stored under an id, or refused with an issue.</summary>
public sealed record DoorAcceptance(string? Id, string? Name, IssueDefinition? Problem)
{
    public static DoorAcceptance Accepted(string id, string name) => new(id, name, null);

    public static DoorAcceptance Refused(IssueDefinition problem) => new(null, null, problem);
}
