using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Pipeline.Core.Door;

namespace Pipeline.Api.Door;

/// <summary>
/// Per-link limits of the village door (System.Threading.RateLimiting, fixed windows keyed by the link's id): requests
/// of any kind per minute, and uploads per hour. A link that leaked cannot be used to flood storage or the ingest.
/// </summary>
/// <remarks>
/// In memory, per instance: on Flex Consumption the app scales out, so a determined sender spread over instances gets
/// a multiple of the limit. That is still bounded, and the limits exist to stop a loop or a leaked link, not a
/// distributed attack (which the platform's front end is for). Unknown tokens are never limited per token (there is
/// no link to key them by); they cost one point read each and learn nothing.
/// </remarks>
public sealed class DoorRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _requests;
    private readonly PartitionedRateLimiter<string> _uploads;

    public DoorRateLimits(IOptions<UploadLinkOptions> options)
    {
        var o = options.Value;
        _requests = PerLink(o.RequestsPerMinute, TimeSpan.FromMinutes(1));
        _uploads = PerLink(o.UploadsPerHour, TimeSpan.FromHours(1));
    }

    /// <summary>Null when the request may go on; otherwise how long to wait.</summary>
    public TimeSpan? TryRequest(string linkId) => Acquire(_requests, linkId);

    /// <summary>Null when the upload may go on; otherwise how long to wait.</summary>
    public TimeSpan? TryUpload(string linkId) => Acquire(_uploads, linkId);

    public void Dispose()
    {
        _requests.Dispose();
        _uploads.Dispose();
    }

    private static TimeSpan? Acquire(PartitionedRateLimiter<string> limiter, string linkId)
    {
        using var lease = limiter.AttemptAcquire(linkId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    private static PartitionedRateLimiter<string> PerLink(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(linkId => RateLimitPartition.GetFixedWindowLimiter(linkId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
