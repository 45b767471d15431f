using Azure;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// A blob lease that lets one ingest at a time match and write. Without it, two villages uploading the same
/// person at the same moment would each see the other's row as not yet stored, and both would be "new":
/// the regency would pay twice. The lease lasts 60 s and is renewed while held, so a crashed holder frees
/// it within a minute.
/// </summary>
public sealed class MatchingLease : IAsyncDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private readonly BlobLeaseClient lease;
    private readonly CancellationTokenSource renewing = new();
    private readonly Task renewal;

    private MatchingLease(BlobLeaseClient lease)
    {
        this.lease = lease;
        renewal = RenewAsync(renewing.Token);
    }

    public static async Task<MatchingLease> AcquireAsync(PipelineStorage storage, TimeSpan wait, CancellationToken cancellationToken)
    {
        var blob = storage.Reference.GetBlobClient("locks/matching.lock");
        if (!await blob.ExistsAsync(cancellationToken))
        {
            try
            {
                await blob.UploadAsync(BinaryData.FromString("lock"), overwrite: false, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another instance created it first; or it is leased right now. Either way it exists.
            }
        }

        var leaseClient = blob.GetBlobLeaseClient();
        var deadline = DateTimeOffset.UtcNow + wait;
        while (true)
        {
            try
            {
                await leaseClient.AcquireAsync(Duration, cancellationToken: cancellationToken);
                return new MatchingLease(leaseClient);
            }
            catch (RequestFailedException e) when (e.Status == 409 && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Duration / 3, cancellationToken);
                await lease.RenewAsync(cancellationToken: cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (RequestFailedException)
        {
            // The lease could not be renewed (storage hiccup); it expires by itself.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await renewing.CancelAsync();
        await renewal;
        try
        {
            await lease.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Already expired or broken: nothing to release.
        }

        renewing.Dispose();
    }
}
