using Azure;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Writes result workbooks to the <c>results</c> container: spooled to a temporary file first (a 50,000-row
/// result is tens of megabytes, never held in memory), then uploaded in one call, optionally only if the blob is
/// still the one a refresher read (so a late refresh never overwrites the result of a newer version).
/// </summary>
public sealed class ResultBlobs(PipelineStorage storage)
{
    /// <summary>The result's current version, or null when there is none yet.</summary>
    public async Task<ETag?> VersionAsync(string resultPath, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await storage.Results.GetBlobClient(resultPath).GetPropertiesAsync(cancellationToken: cancellationToken);
            return properties.Value.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes the result unconditionally (the upload's own attempt: the latest word on it).</summary>
    public Task WriteAsync(string resultPath, Action<Stream> write, CancellationToken cancellationToken) =>
        UploadAsync(resultPath, write, conditions: null, cancellationToken);

    /// <summary>
    /// Writes the result only if it is still at <paramref name="expected"/> (or still absent when null).
    /// False when someone wrote it meanwhile: theirs is newer, and it stays.
    /// </summary>
    public async Task<bool> ReplaceAsync(string resultPath, ETag? expected, Action<Stream> write, CancellationToken cancellationToken)
    {
        var conditions = expected is { } etag ? new BlobRequestConditions { IfMatch = etag } : new BlobRequestConditions { IfNoneMatch = ETag.All };
        try
        {
            await UploadAsync(resultPath, write, conditions, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 409)
        {
            return false;
        }
    }

    private async Task UploadAsync(string resultPath, Action<Stream> write, BlobRequestConditions? conditions, CancellationToken cancellationToken)
    {
        await using var buffer = TemporaryFile.Create("result");
        write(buffer);
        await storage.Results.GetBlobClient(resultPath).UploadWholeAsync(buffer, ContentTypes.Xlsx, cancellationToken, conditions);
    }
}
