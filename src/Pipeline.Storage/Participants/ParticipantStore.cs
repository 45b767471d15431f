using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Core.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Participants;

/// <summary>
/// The one owner of the <c>Participants</c> table and its state rows: the current BPJS register snapshot, swapped in
/// whole, read whole, and a participant by KPJ for review. The loaded index is kept in memory per snapshot id, because
/// a Functions instance ingests many uploads against the same register: an upload costs one point read of the
/// pointer, and the register is read again only when a new export replaced it.
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

    /// <summary>Writes a snapshot, points to it, then deletes the previous one. Repeating it is harmless.</summary>
    public async Task ReplaceAsync(RegisterPointerEntity pointer, IReadOnlyList<ParticipantEntity> participants, CancellationToken cancellationToken)
    {
        var previous = await GetCurrentAsync(cancellationToken);
        await BatchWriter.SubmitAsync(Participants, participants, TableTransactionActionType.UpsertReplace, cancellationToken);
        await State.UpsertEntityAsync(pointer, TableUpdateMode.Replace, cancellationToken);

        // The process that loaded the export already holds every participant: no need to read them back.
        await Cache(pointer.SnapshotId, IndexOf(participants), cancellationToken);
        if (previous is not null && previous.SnapshotId != pointer.SnapshotId)
        {
            await BatchWriter.DeleteOthersAsync(Participants, previous.SnapshotId, new HashSet<string>(), cancellationToken);
        }
    }

    /// <summary>Records what happened to the latest export, so a rejected one is visible, not just logged.</summary>
    public Task RecordAttemptAsync(RegisterPointerEntity attempt, CancellationToken cancellationToken)
    {
        attempt.RowKey = RegisterPointerEntity.LastAttemptRow;
        return State.UpsertEntityAsync(attempt, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>A participant of the current register snapshot by KPJ (a review item's candidate), or null.</summary>
    public async Task<ParticipantEntity?> FindAsync(string kpj, CancellationToken cancellationToken)
    {
        if (await GetCurrentAsync(cancellationToken) is not { } pointer)
        {
            return null;
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
                Add(index, entity);
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

    private ParticipantIndex IndexOf(IEnumerable<ParticipantEntity> participants)
    {
        var index = new ParticipantIndex(matching.Value);
        foreach (var entity in participants)
        {
            Add(index, entity);
        }

        return index;
    }

    private static void Add(ParticipantIndex index, ParticipantEntity entity) =>
        index.Add(new Participant(entity.Kpj, entity.MembershipStatus, FieldsOf(entity)));
}
