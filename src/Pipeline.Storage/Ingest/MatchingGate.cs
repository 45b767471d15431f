using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The way into a scope's matching: first an in-process gate, so uploads of the same process queue in memory
/// rather than polling the blob lease, then the blob lease (<c>reference/locks/{scope}/matching.lock</c>) that
/// excludes other processes. Held only around matching and writing the rows.
/// </summary>
/// <remarks>
/// When another upload of this process is already waiting at the gate, the lease is handed over to it instead of
/// being released and acquired again: two requests fewer per upload, and the next holder knows that no other
/// process can have moved the scope's state meanwhile (<see cref="Held.Continued"/>), so the person index needs no
/// catch-up read. With nobody waiting, the lease is released at once, as before, and other processes get their turn;
/// a lease held longer than <see cref="HandOverFor"/> is released too, so a steady stream here cannot starve them.
/// </remarks>
public sealed class MatchingGate(PipelineStorage storage, IOptions<IngestOptions> options, ILogger<MatchingGate> logger)
{
    /// <summary>How long a lease may pass from holder to holder in this process before it is let go once.</summary>
    public static readonly TimeSpan HandOverFor = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _waiting;

    /// <summary>A lease handed over by the last holder to a waiter; only touched while the gate is held.</summary>
    private MatchingLease? _kept;

    public string Scope => options.Value.Scope;

    /// <summary>
    /// Raised when an ingest of this process finds the scope's lease held by another process and starts waiting for
    /// it: another instance matching, or one killed while it held the lease, which frees itself within 60 s. The CLI
    /// shows it in its progress, so a wait is not mistaken for a hang.
    /// </summary>
    public event EventHandler? WaitingForLease;

    public async Task<Held> EnterAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _gate.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _waiting);
            await ReleaseOrphanedLeaseAsync();
            throw;
        }

        Interlocked.Decrement(ref _waiting);
        try
        {
            if (_kept is { } kept)
            {
                _kept = null;
                if (!kept.Lost)
                {
                    return new Held(this, kept, continued: true);
                }

                await kept.DisposeAsync();
            }

            var blob = storage.Reference.GetBlobClient($"locks/{Scope}/matching.lock");
            return new Held(this, await MatchingLease.AcquireAsync(blob, options.Value.LeaseWait, logger, cancellationToken, () => WaitingForLease?.Invoke(this, EventArgs.Empty)), continued: false);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>Hands the lease to the next waiter of this process, or releases it when nobody waits.</summary>
    private async ValueTask LeaveAsync(MatchingLease lease)
    {
        try
        {
            if (Volatile.Read(ref _waiting) > 0 && !lease.Lost && lease.Held < HandOverFor)
            {
                _kept = lease;
            }
            else
            {
                await lease.DisposeAsync();
            }
        }
        finally
        {
            _gate.Release();
        }

        // A waiter that gave up just now would leave the lease kept with nobody to take it.
        if (Volatile.Read(ref _waiting) == 0)
        {
            await ReleaseOrphanedLeaseAsync();
        }
    }

    /// <summary>Releases a kept lease when no one is waiting for it any more (and the gate is free to check).</summary>
    private async ValueTask ReleaseOrphanedLeaseAsync()
    {
        if (Volatile.Read(ref _waiting) > 0 || !_gate.Wait(0))
        {
            return;
        }

        try
        {
            if (_kept is { } kept && Volatile.Read(ref _waiting) == 0)
            {
                _kept = null;
                await kept.DisposeAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The gate and the lease, left together; disposing never throws.</summary>
    public sealed class Held : IAsyncDisposable
    {
        private readonly MatchingGate _owner;
        private readonly MatchingLease _lease;
        private int _released;

        internal Held(MatchingGate owner, MatchingLease lease, bool continued)
        {
            _owner = owner;
            _lease = lease;
            Continued = continued;
        }

        public bool Lost => _lease.Lost;

        /// <summary>
        /// True when the lease came straight from the previous holder in this process, never released in between:
        /// no other process can have written the scope's state since that holder left it.
        /// </summary>
        public bool Continued { get; }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
            {
                return;
            }

            await _owner.LeaveAsync(_lease);
        }
    }
}
