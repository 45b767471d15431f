using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Review;

namespace Pipeline.Storage.Review;

/// <summary>
/// The decision book as every holder of the matching lease sees and changes it: read whole once per process, then
/// kept current from the decision log, so the cost of an upload does not grow with the decisions stored.
/// </summary>
/// <remarks>
/// <para>Every change of the <c>Decisions</c> table goes through <see cref="SaveAsync"/>: it inserts the log entry of
/// the next version (<see cref="DecisionLogEntity"/>: the keys it writes) and only then writes the rows. The insert
/// is the conditional write (409 for a second writer of the same version), and the order means a decision row never
/// exists without an entry naming it: a fault after the entry leaves an entry whose rows may be missing or half
/// written, and whoever reads it re-reads those keys as they are now; the decision asked again writes a new entry.</para>
/// <para><see cref="CatchUpAsync"/>: one request for the newest entry. Nothing new: the book held is returned. Newer
/// entries: one range read of them and a point read per key they name (another process's decisions). The book is
/// read whole when the process starts, when the entries it needs were pruned, or when the log is not the one it
/// followed (cleared, another epoch). Callers hold the matching lease; nothing here is thread-safe beyond that.</para>
/// <para>A holder that lost its lease while writing rows (stalled past the lease, then resumed) can still write rows
/// after another process re-read their keys: that process's book misses them until the item is decided again or the
/// process restarts. The decision's own request fails in that case (its later conditional writes answer 412), and
/// asking again writes a new entry.</para>
/// </remarks>
public sealed class DecisionBookCache(DecisionStore store, PipelineStorage storage, ILogger<DecisionBookCache> logger)
{
    /// <summary>Log entries kept behind the newest (a process further behind reads the book whole).</summary>
    private const int LogKept = 500;

    /// <summary>Point reads of changed rows in flight at once.</summary>
    private const int ReadsInFlight = 8;

    private DecisionBook? _book;
    private long _version;
    private string? _epoch;

    private TableClient State => storage.Table(StorageNames.StateTable);

    /// <summary>What the cache did since the process started, for tests and benchmarks.</summary>
    public DecisionBookCacheStatistics Statistics { get; } = new();

    /// <summary>Every decision as stored now, at the newest logged change.</summary>
    public async Task<DecisionBook> CatchUpAsync(CancellationToken cancellationToken)
    {
        var newest = await NewestAsync(cancellationToken);
        var version = newest?.Version ?? 0;
        if (_book is not null && _version == version && (newest is null || _epoch == newest.Epoch))
        {
            Statistics.Current++;
            return _book;
        }

        var follows = _book is not null && _version < version && (_epoch is null || _epoch == newest!.Epoch);
        if (!follows || !await ReplayAsync(version, cancellationToken))
        {
            await LoadAsync(cancellationToken);
        }

        _version = version;
        _epoch = newest?.Epoch;
        return _book!;
    }

    /// <summary>
    /// Writes these decisions as the next logged change (nothing when there are none); the caller holds the matching
    /// lease. The book held follows at once.
    /// </summary>
    /// <exception cref="RequestFailedException">409: another holder logged a change meanwhile; this one lost its lease.</exception>
    public async Task SaveAsync(IReadOnlyList<Decision> decisions, string reviewItem, CancellationToken cancellationToken)
    {
        if (decisions.Count == 0)
        {
            return;
        }

        var book = await CatchUpAsync(cancellationToken);
        var entry = new DecisionLogEntity
        {
            RowKey = DecisionLogEntity.KeyOf(_version + 1),
            Version = _version + 1,
            Epoch = _epoch ?? Guid.NewGuid().ToString("N"),
            Writer = Guid.NewGuid().ToString("N"),
            Pairs = Lines(decisions.Where(d => d.Kind != DecisionKind.Reject)),
            Rejects = Lines(decisions.Where(d => d.Kind == DecisionKind.Reject)),
        };
        await InsertAsync(entry, cancellationToken);

        // A fault from here leaves the book one entry behind: the next catch-up reads the entry's keys as they are.
        await store.SaveAsync(decisions, reviewItem, cancellationToken);
        foreach (var decision in decisions)
        {
            book.Update(decision.Kind == DecisionKind.Reject, decision.Key, decision);
        }

        (_version, _epoch) = (entry.Version, entry.Epoch);
        Statistics.Writes++;
        await PruneAsync(entry.Version, cancellationToken);
    }

    /// <summary>Forgets the book; the next catch-up reads it whole.</summary>
    public void Invalidate()
    {
        _book = null;
        _version = 0;
        _epoch = null;
    }

    private async Task InsertAsync(DecisionLogEntity entry, CancellationToken cancellationToken)
    {
        try
        {
            await State.AddEntityAsync(entry, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A retried insert whose first answer was lost finds its own row; anything else is another writer's.
            var stored = await State.GetEntityIfExistsAsync<DecisionLogEntity>(DecisionLogEntity.Partition, entry.RowKey, [nameof(DecisionLogEntity.Writer)], cancellationToken);
            if (!stored.HasValue || stored.Value!.Writer != entry.Writer)
            {
                Invalidate();
                throw;
            }
        }
    }

    /// <summary>The newest entry (its version and epoch only), or null when nothing was logged.</summary>
    private async Task<DecisionLogEntity?> NewestAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {DecisionLogEntity.Partition}");
        var select = new[] { nameof(DecisionLogEntity.Version), nameof(DecisionLogEntity.Epoch) };
        await foreach (var page in State.QueryAsync<DecisionLogEntity>(filter, maxPerPage: 1, select: select, cancellationToken: cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return page.Values[0];
            }

            if (page.ContinuationToken is null)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// Applies the entries after the book's version up to <paramref name="target"/>: the rows they name, read again.
    /// False when an entry is missing (pruned): the book is then read whole.
    /// </summary>
    private async Task<bool> ReplayAsync(long target, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {DecisionLogEntity.Partition} and RowKey ge {DecisionLogEntity.KeyOf(target)} and RowKey lt {DecisionLogEntity.KeyOf(_version)}");
        var entries = await State.QueryAsync<DecisionLogEntity>(filter, cancellationToken: cancellationToken).ToListAsync(cancellationToken);
        if (entries.Count != target - _version || entries.Select(e => e.Version).Distinct().Count() != entries.Count)
        {
            return false;
        }

        var keys = entries.SelectMany(e => Keys(e.Pairs).Select(k => (Rejection: false, Key: k)).Concat(Keys(e.Rejects).Select(k => (Rejection: true, Key: k)))).Distinct().ToList();
        var read = new Decision?[keys.Count];
        await Parallel.ForAsync(0, keys.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken },
            async (i, token) => read[i] = await store.GetAsync(keys[i].Rejection, keys[i].Key, token));
        for (var i = 0; i < keys.Count; i++)
        {
            _book!.Update(keys[i].Rejection, keys[i].Key, read[i]);
        }

        Statistics.EntriesRead += entries.Count;
        Statistics.RowsRead += keys.Count;
        return true;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _book = new DecisionBook(await store.ListAsync(cancellationToken));
        Statistics.Loads++;
        logger.LogInformation("Decision book read whole: {Decisions} decisions", _book.Count);
    }

    private async Task PruneAsync(long version, CancellationToken cancellationToken)
    {
        if (version > LogKept)
        {
            try
            {
                await State.DeleteEntityAsync(DecisionLogEntity.Partition, DecisionLogEntity.KeyOf(version - LogKept), ETag.All, cancellationToken);
            }
            catch (RequestFailedException e)
            {
                logger.LogWarning("Decision log entry {Version} not pruned: {Status}", version - LogKept, e.Status);
            }
        }
    }

    private static string Lines(IEnumerable<Decision> decisions) => string.Join('\n', decisions.Select(d => d.Key).Distinct(StringComparer.Ordinal));

    private static string[] Keys(string? lines) => string.IsNullOrEmpty(lines) ? [] : lines.Split('\n');
}

/// <summary>Counts of what <see cref="DecisionBookCache"/> did, for tests and benchmarks.</summary>
public sealed class DecisionBookCacheStatistics
{
    /// <summary>Catch-ups that found nothing new: one request each.</summary>
    public int Current { get; set; }

    /// <summary>Times the whole table was read.</summary>
    public int Loads { get; set; }

    public int EntriesRead { get; set; }

    public int RowsRead { get; set; }

    public int Writes { get; set; }
}
