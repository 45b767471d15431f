using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Core.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Participants;

/// <summary>
/// The one owner of the <c>Participants</c> table and its state rows: the current BPJS register snapshot, swapped in
/// whole, read whole, and a participant by KPJ for review (a point read: the snapshot's rows are keyed by KPJ). The
/// loaded index is kept in memory per snapshot id, because a Functions instance ingests many uploads against the same
/// register: an upload costs one point read of the pointer, and the register is read again only when a new export
/// replaced it.
/// </summary>
public sealed class ParticipantStore(PipelineStorage storage, IOptions<MatchOptions> matching)
{
    private readonly SemaphoreSlim _cacheLock = new(1, 1);
    private (string SnapshotId, ParticipantIndex Index)? _cache;

    private TableClient Participants => storage.Table(StorageNames.ParticipantsTable);
    private TableClient State => storage.Table(StorageNames.StateTable);

    public async Task<RegisterPointerEntity?> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var response = await State.GetEntityIfExistsAsync<RegisterPointerEntity>(
            RegisterPointerEntity.Partition, RegisterPointerEntity.Row, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Prefix of a snapshot keyed by KPJ (row key = the KPJ).</summary>
    private const string KpjKeyedPrefix = "k";

    /// <summary>
    /// The snapshot id of an export: <c>k</c> + the first 20 characters of its content hash. Snapshots written before
    /// the rows were keyed by KPJ start with <c>s</c> (row key = the export row): they are still read, by a filtered
    /// scan, until the next load replaces them, and an export loaded again under the new form is a new snapshot, so
    /// it is not skipped as unchanged.
    /// </summary>
    public static string SnapshotIdOf(string contentHash) => KpjKeyedPrefix + contentHash[..20];

    /// <summary>An empty index with the matching options in force, to fill while an export streams in.</summary>
    public ParticipantIndex NewIndex() => new(matching.Value);

    /// <summary>Writes a batch of a snapshot being loaded (upserts: a retried load writes the same rows again).</summary>
    public Task WriteAsync(IReadOnlyList<ParticipantEntity> participants, CancellationToken cancellationToken) =>
        participants.Count == 0
            ? Task.CompletedTask
            : BatchWriter.SubmitAsync(Participants, participants, TableTransactionActionType.UpsertReplace, cancellationToken);

    /// <summary>Deletes KPJs of a snapshot being loaded (those whose row lost to a more recent row of its NIK).</summary>
    public Task DeleteAsync(string snapshotId, IEnumerable<string> kpjs, CancellationToken cancellationToken) =>
        BatchWriter.SubmitAsync(
            Participants,
            kpjs.Order(StringComparer.Ordinal).Select(kpj => new TableEntity(snapshotId, kpj) { ETag = ETag.All }),
            TableTransactionActionType.Delete,
            cancellationToken);

    /// <summary>
    /// Points to the loaded snapshot in one write, keeps its index for this process, then deletes the previous
    /// snapshot page by page (a register of millions of rows is never held, here either). Repeating it is harmless.
    /// </summary>
    public async Task SwitchAsync(RegisterPointerEntity pointer, ParticipantIndex index, CancellationToken cancellationToken)
    {
        var previous = await GetCurrentAsync(cancellationToken);
        await State.UpsertEntityAsync(pointer, TableUpdateMode.Replace, cancellationToken);

        // The process that loaded the export already holds every participant: no need to read them back.
        await Cache(pointer.SnapshotId, index, cancellationToken);
        if (previous is not null && previous.SnapshotId != pointer.SnapshotId)
        {
            await DeleteSnapshotAsync(previous.SnapshotId, cancellationToken);
        }
    }

    /// <summary>Deletes a snapshot's partition as it pages through it (a refused export's rows, or the one replaced).</summary>
    public async Task DeleteSnapshotAsync(string snapshotId, CancellationToken cancellationToken)
    {
        var page = new List<ITableEntity>(1000);
        await foreach (var entity in Participants.QueryAsync<TableEntity>(
                           e => e.PartitionKey == snapshotId, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            entity.ETag = ETag.All;
            page.Add(entity);
            if (page.Count == page.Capacity)
            {
                await BatchWriter.SubmitAsync(Participants, page, TableTransactionActionType.Delete, cancellationToken);
                page.Clear();
            }
        }

        await BatchWriter.SubmitAsync(Participants, page, TableTransactionActionType.Delete, cancellationToken);
    }

    /// <summary>Records what happened to the latest export, so a rejected one is visible, not just logged.</summary>
    public Task RecordAttemptAsync(RegisterPointerEntity attempt, CancellationToken cancellationToken)
    {
        attempt.RowKey = RegisterPointerEntity.LastAttemptRow;
        return State.UpsertEntityAsync(attempt, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// A participant of the current register snapshot by KPJ (a review item's candidate), or null: the pointer and one
    /// point read. A snapshot loaded before the rows were keyed by KPJ is filter-scanned, as it was, until the next load.
    /// </summary>
    public async Task<ParticipantEntity?> FindAsync(string kpj, CancellationToken cancellationToken)
    {
        if (await GetCurrentAsync(cancellationToken) is not { } pointer)
        {
            return null;
        }

        if (pointer.SnapshotId.StartsWith(KpjKeyedPrefix, StringComparison.Ordinal))
        {
            // Only digits are ever stored (KpjRule); anything else is not a row key to ask for.
            if (kpj.Length == 0 || !kpj.All(char.IsAsciiDigit))
            {
                return null;
            }

            var response = await Participants.GetEntityIfExistsAsync<ParticipantEntity>(pointer.SnapshotId, kpj, cancellationToken: cancellationToken);
            return response.HasValue ? response.Value : null;
        }

        await foreach (var entity in Participants.QueryAsync<ParticipantEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {pointer.SnapshotId} and Kpj eq {kpj}"), cancellationToken: cancellationToken))
        {
            return entity;
        }

        return null;
    }

    /// <summary>The fields matching compares, as the register holds them.</summary>
    public static MatchFields FieldsOf(ParticipantEntity entity) =>
        new(entity.Nik, entity.Name, entity.NameKey, RecordMapper.ParseDate(entity.BirthDate), RecordMapper.ParseSex(entity.Sex), null, null);

    /// <summary>The particulars a review item shows beside the listings (the register has no birth place).</summary>
    public static PersonDetails DetailsOf(ParticipantEntity entity) =>
        new(entity.Nik, entity.Name, RecordMapper.ParseDate(entity.BirthDate), RecordMapper.ParseSex(entity.Sex), null);

    public async Task<ParticipantIndex> LoadIndexAsync(CancellationToken cancellationToken)
    {
        var pointer = await GetCurrentAsync(cancellationToken);
        if (pointer is null)
        {
            return new ParticipantIndex(matching.Value);
        }

        await _cacheLock.WaitAsync(cancellationToken);
        try
        {
            if (_cache is { } cached && cached.SnapshotId == pointer.SnapshotId)
            {
                return cached.Index;
            }

            var index = new ParticipantIndex(matching.Value);
            await foreach (var entity in Participants.QueryAsync<ParticipantEntity>(e => e.PartitionKey == pointer.SnapshotId, cancellationToken: cancellationToken))
            {
                index.Add(ToParticipant(entity));
            }

            _cache = (pointer.SnapshotId, index);
            return index;
        }
        finally
        {
            _cacheLock.Release();
        }
    }

    private async Task Cache(string snapshotId, ParticipantIndex index, CancellationToken cancellationToken)
    {
        await _cacheLock.WaitAsync(cancellationToken);
        _cache = (snapshotId, index);
        _cacheLock.Release();
    }

    /// <summary>A stored participant as matching sees it.</summary>
    public static Participant ToParticipant(ParticipantEntity entity) => new(entity.Kpj, entity.MembershipStatus, FieldsOf(entity));
}
