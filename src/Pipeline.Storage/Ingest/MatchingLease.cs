using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.Logging;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// A blob lease that lets one ingest of a scope at a time match and write. Without it, two villages uploading
/// the same person at the same moment would each see the other's row as not yet stored, and both would be
/// "new": the regency would pay twice. The lease lasts 60 s and is renewed while held, so a crashed holder
/// frees it within a minute. Same-process contenders queue on <see cref="MatchingGate"/> instead of polling here.
/// </summary>
public sealed class MatchingLease : IAsyncDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan ReleaseTimeout = TimeSpan.FromSeconds(3);
    private readonly BlobLeaseClient _lease;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _renewing = new();
    private readonly Task _renewal;
    private readonly long _acquired = System.Diagnostics.Stopwatch.GetTimestamp();

    private MatchingLease(BlobLeaseClient lease, ILogger logger)
    {
        this._lease = lease;
        this._logger = logger;
        _renewal = RenewAsync(_renewing.Token);
    }

    /// <summary>True once a renewal failed: another process may hold the lease now.</summary>
    public bool Lost { get; private set; }

    /// <summary>How long this process has held the lease without letting go of it.</summary>
    public TimeSpan Held => System.Diagnostics.Stopwatch.GetElapsedTime(_acquired);

    /// <param name="onHeldElsewhere">Called once, the first time the lease is found held by another process (to show
    /// the wait: after a holder was killed it lasts until its 60 s run out).</param>
    public static async Task<MatchingLease> AcquireAsync(BlobClient blob, TimeSpan wait, ILogger logger, CancellationToken cancellationToken, Action? onHeldElsewhere = null)
    {
        var leaseClient = blob.GetBlobLeaseClient();
        var deadline = DateTimeOffset.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                await leaseClient.AcquireAsync(Duration, cancellationToken: cancellationToken);
                return new MatchingLease(leaseClient, logger);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                await CreateAsync(blob, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 409 && DateTimeOffset.UtcNow < deadline)
            {
                if (!told)
                {
                    told = true;
                    onHeldElsewhere?.Invoke();
                }

                await Task.Delay(Poll, cancellationToken);
            }
        }
    }

    private static async Task CreateAsync(BlobClient blob, CancellationToken cancellationToken)
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

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(Duration / 3, cancellationToken);
                await _lease.RenewAsync(cancellationToken: cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            // The lease could not be renewed; it expires by itself. The index commit checks its version, so a
            // holder that lost the lease cannot overwrite a newer index.
            Lost = true;
            _logger.LogWarning("Matching lease renewal failed: {ExceptionType}", e.GetType().Name);
        }
    }

    /// <summary>Never throws: a failure to release must not hide the error that ended the work (the lease expires anyway).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _renewing.CancelAsync();
            await _renewal;
            // Bounded: when storage is down, the SDK's retries would otherwise hold up the error in flight for ~20 s.
            using var timeout = new CancellationTokenSource(ReleaseTimeout);
            await _lease.ReleaseAsync(cancellationToken: timeout.Token);
        }
        catch (Exception e)
        {
            _logger.LogWarning("Matching lease not released ({ExceptionType}); it expires within a minute", e.GetType().Name);
        }
        finally
        {
            _renewing.Dispose();
        }
    }
}
