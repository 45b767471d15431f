using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The way into a scope's matching: first an in-process gate, so uploads of the same process queue in memory
/// rather than polling the blob lease, then the blob lease (<c>reference/locks/{scope}/matching.lock</c>) that
/// excludes other processes. Held only around matching and writing the rows.
/// </summary>
public sealed class MatchingGate(PipelineStorage storage, IOptions<IngestOptions> options, ILogger<MatchingGate> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Scope => options.Value.Scope;

    /// <summary>
    /// Raised when an ingest of this process finds the scope's lease held by another process and starts waiting for
    /// it: another instance matching, or one killed while it held the lease, which frees itself within 60 s. The CLI
    /// shows it in its progress, so a wait is not mistaken for a hang.
    /// </summary>
    public event EventHandler? WaitingForLease;

    public async Task<Held> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var blob = storage.Reference.GetBlobClient($"locks/{Scope}/matching.lock");
            return new Held(await MatchingLease.AcquireAsync(blob, options.Value.LeaseWait, logger, cancellationToken, () => WaitingForLease?.Invoke(this, EventArgs.Empty)), _gate);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    /// <summary>The gate and the lease, released together; disposing never throws.</summary>
    public sealed class Held(MatchingLease lease, SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public bool Lost => lease.Lost;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1)
            {
                return;
            }

            try
            {
                await lease.DisposeAsync();
            }
            finally
            {
                gate.Release();
            }
        }
    }
}
