using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Index;

/// <summary>
/// The scope's person index, held in the process across uploads (a Functions worker and the CLI ingest many)
/// and kept current from durable state instead of being rebuilt per upload.
/// </summary>
/// <remarks>
/// <para>Durable state (<see cref="PersonIndexStore"/>): a snapshot blob, a journal of one entry per ingest after
/// it, and a state row with the version. <c>CatchUpAsync</c> costs one point read when nothing moved,
/// plus one blob read per entry another process committed; a process starts from the snapshot. The Records
/// table stays the source of truth: with no state, or a snapshot that cannot be read, the index is rebuilt from
/// it and a snapshot written.</para>
/// <para>An ingest writes its entry and marks it pending (<see cref="BeginAsync"/>) before it touches Records,
/// and clears the mark (<see cref="CommitAsync"/>) after. A crash in between leaves the mark; whoever comes next
/// re-reads the uploads and records that entry names from Records and journals what it finds, so the index
/// converges on the tables whatever was half written. Every holder of the matching lease calls these in order;
/// nothing here is thread-safe beyond that.</para>
/// </remarks>
public sealed class PersonIndexCache(
    PersonIndexStore store,
    RecordStore records,
    IOptions<MatchOptions> matching,
    IOptions<IngestOptions> options,
    ILogger<PersonIndexCache> logger)
{
    private PersonIndex? _index;
    private long _version;
    private PersonIndexStateEntity? _state;

    /// <summary>What the cache did since the process started: proof that it reads once and then keeps current.</summary>
    public PersonIndexCacheStatistics Statistics { get; } = new();

    /// <summary>The index at the latest committed version (repairing an interrupted write first).</summary>
    public Task<PersonIndex> CatchUpAsync(CancellationToken cancellationToken) => CatchUpAsync(continued: false, cancellationToken);

    /// <param name="continued">
    /// The caller's lease was handed over within this process (<see cref="MatchingGate.Held.Continued"/>): nobody else
    /// can have moved the state since this cache last wrote it, so the index held is current without a read. Every
    /// state write stays conditional on its ETag all the same.
    /// </param>
    public async Task<PersonIndex> CatchUpAsync(bool continued, CancellationToken cancellationToken)
    {
        if (continued && _index is not null && _state is { Pending: 0 } && _state.Version == _version)
        {
            Statistics.ReadsSkipped++;
            return _index;
        }

        _state = await store.ReadStateAsync(cancellationToken);
        if (_state is null)
        {
            return await RebuildAsync(cancellationToken);
        }

        if ((_index is null || _version > _state.Version) && !await LoadAsync(_state, cancellationToken))
        {
            return await RebuildAsync(cancellationToken);
        }

        // A missing entry means a snapshot replaced it meanwhile: start again from that snapshot.
        if (!await ReplayAsync(_state.Version, cancellationToken)
            && !(await LoadAsync(_state, cancellationToken) && await ReplayAsync(_state.Version, cancellationToken)))
        {
            return await RebuildAsync(cancellationToken);
        }

        if (_state.Pending != 0)
        {
            await RepairAsync(_state.Pending, cancellationToken);
        }

        return _index!;
    }

    /// <summary>Journals the change and marks it pending: from here on, a crash is repaired from Records.</summary>
    public async Task BeginAsync(IndexDelta delta, CancellationToken cancellationToken)
    {
        var current = _state ?? throw new InvalidOperationException("CatchUpAsync first.");
        await store.WriteJournalAsync(_version + 1, delta, cancellationToken);
        current.Pending = _version + 1;
        _state = await store.SaveStateAsync(current, cancellationToken);
    }

    /// <summary>The Records writes are done: the entry becomes part of the index; now and then a snapshot follows.</summary>
    public async Task CommitAsync(IndexDelta delta, CancellationToken cancellationToken)
    {
        var current = _state ?? throw new InvalidOperationException("CatchUpAsync first.");
        current.Version = _version + 1;
        current.Pending = 0;
        _state = await store.SaveStateAsync(current, cancellationToken);
        _version++;
        Statistics.Commits++;
        if (_version - current.SnapshotVersion >= options.Value.SnapshotEvery)
        {
            await SnapshotAsync(cancellationToken);
        }
    }

    /// <summary>Puts the in-memory index back as it was before matching (the writes failed).</summary>
    public void Revert(IndexDelta undo)
    {
        try
        {
            _index?.Apply(undo);
        }
        catch (Exception e)
        {
            logger.LogWarning("Person index could not be reverted ({ExceptionType}); it is reloaded next time", e.GetType().Name);
            Invalidate();
        }

        // Durable state may have moved (a pending mark): read it again next time.
        _state = null;
    }

    /// <summary>Forgets the in-memory index; the next catch-up loads it from durable state.</summary>
    public void Invalidate()
    {
        _index = null;
        _state = null;
        _version = 0;
    }

    private async Task<PersonIndex> RebuildAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        _index = await records.ReadPersonIndexAsync(matching.Value, cancellationToken);
        var previous = await store.ReadStateAsync(cancellationToken);
        _version = (previous?.Version ?? 0) + 1;
        var bytes = await store.WriteSnapshotAsync(_version, _index, cancellationToken);
        _state = await store.SaveStateAsync(
            new PersonIndexStateEntity
            {
                Version = _version, SnapshotVersion = _version, SnapshotBytes = bytes, SnapshotRecords = _index.Count,
                SnapshotAt = DateTimeOffset.UtcNow, ETag = previous?.ETag ?? default,
            },
            cancellationToken);
        Statistics.Rebuilds++;
        // A rebuild over stored records means durable state was lost or never written: worth a warning. The first
        // ingest into an empty store also "rebuilds" (nothing), which is routine and must not alarm a new user.
        logger.Log(
            _index.Count == 0 && previous is null ? LogLevel.Information : LogLevel.Warning,
            "Person index of scope {Scope} rebuilt from the Records table: {Records} records, {Uploads} uploads in {ElapsedMs} ms",
            options.Value.Scope, _index.Count, _index.UploadCount, watch.ElapsedMilliseconds);
        await store.PruneAsync(_version, cancellationToken);
        return _index;
    }

    private async Task<bool> LoadAsync(PersonIndexStateEntity current, CancellationToken cancellationToken)
    {
        var loaded = new PersonIndex(matching.Value);
        try
        {
            if (!await store.ReadSnapshotAsync(current.SnapshotVersion, loaded, cancellationToken))
            {
                return false;
            }
        }
        catch (InvalidDataException)
        {
            return false;
        }

        _index = loaded;
        _version = current.SnapshotVersion;
        Statistics.SnapshotLoads++;
        return true;
    }

    /// <summary>Applies committed entries up to <paramref name="target"/>; false when one is missing.</summary>
    private async Task<bool> ReplayAsync(long target, CancellationToken cancellationToken)
    {
        while (_version < target)
        {
            var delta = await store.ReadJournalAsync(_version + 1, cancellationToken);
            if (delta is null)
            {
                return false;
            }

            _index!.Apply(delta);
            _version++;
            Statistics.JournalEntriesRead++;
        }

        return true;
    }

    /// <summary>
    /// An ingest stopped between marking entry <paramref name="pending"/> and committing it. The uploads and records
    /// it names are read back from Records, as they really are now, and journalled under that version instead.
    /// </summary>
    private async Task RepairAsync(long pending, CancellationToken cancellationToken)
    {
        var intended = await store.ReadJournalAsync(pending, cancellationToken);
        if (intended is null)
        {
            logger.LogWarning("Pending person index entry {Version} is missing; rebuilding from Records", pending);
            await RebuildAsync(cancellationToken);
            return;
        }

        var uploads = new List<UploadReplacement>();
        foreach (var upload in intended.Uploads)
        {
            uploads.Add(await records.ReadIndexedUploadAsync(upload.UploadKey, cancellationToken)
                        ?? new UploadReplacement(upload.UploadKey, upload.UploadPath, null));
        }

        var statuses = new List<StatusChange>();
        foreach (var change in intended.StatusChanges)
        {
            if (await records.ReadStatusAsync(change.RecordId, cancellationToken) is { } status)
            {
                statuses.Add(new StatusChange(change.RecordId, status));
            }
        }

        var actual = new IndexDelta(uploads, statuses);
        await store.WriteJournalAsync(pending, actual, cancellationToken);
        _index!.Apply(actual);
        _state!.Version = pending;
        _state.Pending = 0;
        _state = await store.SaveStateAsync(_state, cancellationToken);
        _version = pending;
        Statistics.Repairs++;
        logger.LogWarning("Person index entry {Version} of scope {Scope} repaired from the Records table after an interrupted ingest", pending, options.Value.Scope);
    }

    private async Task SnapshotAsync(CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await store.WriteSnapshotAsync(_version, _index!, cancellationToken);
            var current = _state!;
            current.SnapshotVersion = _version;
            current.SnapshotBytes = bytes;
            current.SnapshotRecords = _index!.Count;
            current.SnapshotAt = DateTimeOffset.UtcNow;
            _state = await store.SaveStateAsync(current, cancellationToken);
            Statistics.Snapshots++;
            await store.PruneAsync(_version, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The commit is done; a missed snapshot only means a longer journal to replay. Next commit tries again.
            logger.LogWarning("Person index snapshot at version {Version} not written: {ExceptionType}", _version, e.GetType().Name);
            _state = null;
        }
    }
}

/// <summary>Counts of what <see cref="PersonIndexCache"/> did, for tests and the benchmark.</summary>
public sealed class PersonIndexCacheStatistics
{
    public int Rebuilds { get; set; }
    public int SnapshotLoads { get; set; }
    public int JournalEntriesRead { get; set; }
    public int Repairs { get; set; }
    public int Commits { get; set; }
    public int Snapshots { get; set; }

    /// <summary>Catch-ups that needed no state read: the lease had not left this process.</summary>
    public int ReadsSkipped { get; set; }
}
