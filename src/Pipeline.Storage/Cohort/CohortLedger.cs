using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// The funded cohort as every holder of the matching lease sees and changes it: a compact view per process, kept
/// current from durable state, and the write-ahead protocol by which every change (rows and audit entries alike)
/// lands whole or is redone.
/// </summary>
/// <remarks>
/// <para>Durable state: the <c>Cohort</c> table (<see cref="CohortStore"/>), a journal entry per change
/// (<see cref="CohortJournalEntry"/>), and a versioned state row (<see cref="CohortStateEntity"/>). <see cref="CatchUpAsync"/>
/// costs one point read when nothing changed, one blob read per change another process committed, and reads the
/// table (projected, without the details) only when its process starts: the cost of an upload does not grow with the
/// cohort.</para>
/// <para><see cref="ApplyAsync"/>: write the entry, mark it pending, write the rows (new partition first, then delete
/// from the old) and the audit entries, then commit. A crash in between leaves the mark; whoever comes next redoes
/// the entry (every write is an upsert, a delete of what may be gone, or an insert of an audit entry by its key), so a
/// change is never half written and never unaudited. Callers hold the matching lease and call
/// <see cref="CatchUpAsync"/> first; nothing here is thread-safe beyond that.</para>
/// <para>When the state row does not exist yet (a new deployment, or data from before the cohort), the candidates
/// are taken once from the records' <c>new</c> and <c>reactivate</c> listings.</para>
/// </remarks>
public sealed class CohortLedger(
    CohortStore store,
    CohortCountStore counts,
    RecordStore records,
    PipelineStorage storage,
    AuditLog audit,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<CohortLedger> logger)
{
    /// <summary>Journal entries kept behind the newest (a process further behind reloads the table).</summary>
    private const int JournalKept = 500;

    private static readonly CohortActor Backfill = new("system:backfill", "Pemindahan data sebelum kohort");

    /// <summary>Most point reads in flight when a change's stored rows are read for their details.</summary>
    private const int ReadsInFlight = 8;

    private CohortView? _view;
    private CohortStateEntity? _state;

    /// <summary>The kept counts at the view's version (<see cref="CohortCountStore"/>); null until read or built.</summary>
    private CohortTally? _tally;

    private TableClient State => storage.Table(StorageNames.StateTable);

    private string Scope => options.Value.Scope;

    /// <summary>What the ledger did since the process started, for tests and benchmarks.</summary>
    public CohortLedgerStatistics Statistics { get; } = new();

    /// <summary>The cohort at its latest committed change, an interrupted change redone first.</summary>
    public async Task<CohortView> CatchUpAsync(CancellationToken cancellationToken)
    {
        _state = await ReadStateAsync(cancellationToken);
        if (_state is null)
        {
            return await StartAsync(cancellationToken);
        }

        if (_view is null || _view.Version > _state.Version || !await ReplayAsync(_state.Version, cancellationToken))
        {
            await LoadAsync(_state.Version, cancellationToken);
        }

        if (_state.Pending != 0)
        {
            await RedoPendingAsync(cancellationToken);
        }

        await EnsureCountedAsync(cancellationToken);
        return _view!;
    }

    /// <summary>Writes these changes (and any further audit entries, e.g. a release's) as one journalled change.</summary>
    public async Task ApplyAsync(IReadOnlyList<CohortChange> changes, IReadOnlyList<AuditLog.Entry> extraAudit, CancellationToken cancellationToken)
    {
        if (changes.Count == 0 && extraAudit.Count == 0)
        {
            return;
        }

        var state = _state ?? throw new InvalidOperationException("CatchUpAsync first.");
        var tally = _tally ?? throw new InvalidOperationException("CatchUpAsync first.");
        changes = await WithDetailsAsync(changes, cancellationToken);
        var counted = tally.After(changes);
        var entry = new CohortJournalEntry
        {
            Upserts = changes.Select(c => store.ToEntity(c.After)).ToList(),
            Deletes = changes.Where(c => c.Before is { } before && before.State != c.After.State)
                .Select(c => new[] { store.PartitionOf(c.Before!.State), c.After.PersonId }).ToList(),
            Audit = [.. changes.Select(AuditOf), .. extraAudit],
            Counts = CohortCountStore.ToEntities(counted),
        };
        var version = state.Version + 1;
        try
        {
            await Journal(version).UploadAsync(entry.ToBytes(), overwrite: true, cancellationToken);
            state.Pending = version;
            _state = await SaveStateAsync(state, cancellationToken);
            await RedoAsync(entry, cancellationToken);
            state.Version = version;
            state.Pending = 0;
            _state = await SaveStateAsync(state, cancellationToken);
        }
        catch
        {
            // Durable state may be pending: the next catch-up redoes it, from a fresh read.
            Invalidate();
            throw;
        }

        _view!.Apply(changes);
        _view.Version = version;
        tally.Set(counted);
        Statistics.Commits++;
        await PruneAsync(version, cancellationToken);
    }

    /// <summary>
    /// A change made from the compact view carries no details; the row keeps them: they are read from where the
    /// person is now, for the row to write and for the counts (the desa the person leaves is the stored row's). One
    /// point read per such change, eight in flight: a few per ingest, none for a release, which reads its partition whole.
    /// </summary>
    private async Task<IReadOnlyList<CohortChange>> WithDetailsAsync(IReadOnlyList<CohortChange> changes, CancellationToken cancellationToken)
    {
        var compact = Enumerable.Range(0, changes.Count).Where(i => changes[i].Before is { Details: null }).ToList();
        if (compact.Count == 0)
        {
            return changes;
        }

        var stored = new CohortDetails?[changes.Count];
        await Parallel.ForEachAsync(compact, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var before = changes[i].Before!;
            stored[i] = (await store.GetAsync(before.State, before.PersonId, token))?.Details;
        });

        return changes.Select((change, i) => stored[i] is { } details
            ? change with { Before = change.Before! with { Details = details }, After = change.After.Details is null ? change.After with { Details = details } : change.After }
            : change).ToList();
    }

    /// <summary>Forgets the view; the next catch-up reads durable state again.</summary>
    public void Invalidate()
    {
        _view = null;
        _state = null;
        _tally = null;
    }

    private static AuditLog.Entry AuditOf(CohortChange change) => AuditLog.Entry.Of(
        new AuditLog.Actor(change.After.ChangedBy, change.After.ChangedByName), change.After.ChangedAt, change.Action, change.After.PersonId,
        CohortMapper.AuditState(change.Before), CohortMapper.AuditState(change.After), change.Why, $"{change.Action}:{change.After.PersonId}");

    private async Task RedoAsync(CohortJournalEntry entry, CancellationToken cancellationToken)
    {
        await store.WriteAsync(entry.Upserts, entry.Deletes.Select(d => (d[0], d[1])).ToList(), cancellationToken);
        if (entry.Counts is { } counted)
        {
            await counts.WriteAsync(counted, cancellationToken);
        }

        await audit.AppendAsync(entry.Audit, cancellationToken);
    }

    /// <summary>Takes a journalled change's counts; one written without them (before they were kept) leaves the counts to be rebuilt.</summary>
    private void Count(CohortJournalEntry entry)
    {
        if (entry.Counts is { } counted)
        {
            _tally?.Set(counted.Where(c => CohortCountStore.ToKey(c) is not null).Select(c => KeyValuePair.Create(CohortCountStore.ToKey(c)!.Value, c.People)));
        }
        else if (entry.MovesPeople)
        {
            _tally = null;
        }
    }

    /// <summary>
    /// Counts kept from the start of this scope, or since the first catch-up that found none: built from one recount of
    /// the table (the ledger holds the lease, so nothing moves meanwhile), written with the mark that they are built.
    /// </summary>
    private async Task EnsureCountedAsync(CancellationToken cancellationToken)
    {
        if (_tally is not null)
        {
            return;
        }

        var tally = await store.RecountAsync(cancellationToken);
        await counts.ReplaceAsync(tally, cancellationToken);
        _tally = tally;
        Statistics.Recounts++;
        logger.LogInformation("Cohort counts of scope {Scope} built from a recount: {Keys} counts", Scope, tally.People.Count);
    }

    private async Task RedoPendingAsync(CancellationToken cancellationToken)
    {
        var pending = _state!.Pending;
        var entry = await ReadJournalAsync(pending, cancellationToken);
        if (entry is not null)
        {
            await RedoAsync(entry, cancellationToken);
            _view!.Apply(entry.Upserts.Select(e => CohortMapper.ToMember(e)));
            Count(entry);
        }

        _state.Version = pending;
        _state.Pending = 0;
        _state = await SaveStateAsync(_state, cancellationToken);
        _view!.Version = pending;
        Statistics.Redone++;
        logger.LogWarning("Cohort change {Version} of scope {Scope} redone after an interrupted write", pending, Scope);
    }

    private async Task<bool> ReplayAsync(long target, CancellationToken cancellationToken)
    {
        while (_view!.Version < target)
        {
            var entry = await ReadJournalAsync(_view.Version + 1, cancellationToken);
            if (entry is null)
            {
                return false;
            }

            _view.Apply(entry.Upserts.Select(e => CohortMapper.ToMember(e)));
            Count(entry);
            _view.Version++;
            Statistics.JournalEntriesRead++;
        }

        return true;
    }

    private async Task LoadAsync(long version, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, (CohortMember Member, string? Nik, DateOnly? BirthDate)>(StringComparer.Ordinal);
        await foreach (var read in store.ReadViewAsync(cancellationToken))
        {
            // A person in two partitions is a move a crash interrupted (redone below): the later write is theirs.
            if (!latest.TryGetValue(read.Member.PersonId, out var other) || read.Member.ChangedAt > other.Member.ChangedAt)
            {
                latest[read.Member.PersonId] = read;
            }
        }

        _view = CohortView.Of(latest.Values, version);
        _tally = await counts.ReadAsync(cancellationToken);
        Statistics.Loads++;
    }

    /// <summary>The first use in this scope: the state row is made, and the candidates taken from the records once.</summary>
    private async Task<CohortView> StartAsync(CancellationToken cancellationToken)
    {
        _state = await SaveStateAsync(new CohortStateEntity { RowKey = Scope }, cancellationToken);
        await LoadAsync(0, cancellationToken);
        await EnsureCountedAsync(cancellationToken);
        if (_view!.Count > 0)
        {
            return _view;
        }

        var now = time.GetUtcNow();
        var firstListing = new Dictionary<string, (RecordId Id, RecordEntity Entity)>(StringComparer.Ordinal);
        await foreach (var entity in records.ReadCandidatesAsync(cancellationToken))
        {
            var id = RecordMapper.IdOf(entity);
            if (!string.IsNullOrEmpty(entity.PersonId) && (!firstListing.TryGetValue(entity.PersonId, out var known) || id.CompareTo(known.Id) < 0))
            {
                firstListing[entity.PersonId] = (id, entity);
            }
        }

        var changes = firstListing.Values
            .Select(l => CohortListing.Of(l.Id, RecordMapper.ToRecord(l.Entity)))
            .OfType<CohortListing>()
            .Select(l => CohortMember.Propose(l, Backfill, now, "tercantum untuk dibiayai sebelum kohort dicatat"))
            .ToList();
        await ApplyAsync(changes, [], cancellationToken);
        if (changes.Count > 0)
        {
            logger.LogInformation("Cohort of scope {Scope} started from the records: {Candidates} candidates", Scope, changes.Count);
        }

        return _view;
    }

    private async Task PruneAsync(long version, CancellationToken cancellationToken)
    {
        if (version > JournalKept)
        {
            try
            {
                await Journal(version - JournalKept).DeleteIfExistsAsync(cancellationToken: cancellationToken);
            }
            catch (RequestFailedException e)
            {
                logger.LogWarning("Cohort journal entry {Version} not pruned: {Status}", version - JournalKept, e.Status);
            }
        }
    }

    private async Task<CohortStateEntity?> ReadStateAsync(CancellationToken cancellationToken)
    {
        var lookup = await State.GetEntityIfExistsAsync<CohortStateEntity>(CohortStateEntity.Partition, Scope, cancellationToken: cancellationToken);
        return lookup.HasValue ? lookup.Value : null;
    }

    /// <exception cref="RequestFailedException">412/409: another holder changed the cohort; this one lost its lease.</exception>
    private async Task<CohortStateEntity> SaveStateAsync(CohortStateEntity state, CancellationToken cancellationToken)
    {
        state.RowKey = Scope;
        return await State.SaveAsync(state, cancellationToken);
    }

    private async Task<CohortJournalEntry?> ReadJournalAsync(long version, CancellationToken cancellationToken)
    {
        try
        {
            return CohortJournalEntry.FromBytes((await Journal(version).DownloadContentAsync(cancellationToken)).Value.Content);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private Azure.Storage.Blobs.BlobClient Journal(long version) =>
        storage.Reference.GetBlobClient($"cohort/{Scope}/journal/{version:D19}.json");
}

/// <summary>Counts of what <see cref="CohortLedger"/> did, for tests and benchmarks.</summary>
public sealed class CohortLedgerStatistics
{
    public int Loads { get; set; }
    public int JournalEntriesRead { get; set; }
    public int Commits { get; set; }
    public int Redone { get; set; }

    /// <summary>Times the kept counts were built from a recount of the table (once per scope, or after an entry without counts).</summary>
    public int Recounts { get; set; }
}
