using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// The reads and writes of <c>Records</c>, <c>Reviews</c> and <c>Participants</c> that review needs and
/// <see cref="RecordStore"/> / <see cref="Participants.ParticipantStore"/> do not offer (a record by id, the
/// queue, a decision's changes, searches), in one class. Upload rows are read and counted through
/// <see cref="UploadStore"/>, their one owner.
/// </summary>
public sealed class StoredRecords(PipelineStorage storage)
{
    private TableClient Records => storage.Table(StorageNames.RecordsTable);
    private TableClient Reviews => storage.Table(StorageNames.ReviewsTable);

    // ---- Records ----

    /// <summary>A record by its id (<see cref="RecordId"/>'s text form, as review items name it).</summary>
    public async Task<RecordEntity?> GetRecordAsync(string recordId, CancellationToken cancellationToken) =>
        RecordId.TryParse(recordId, out var id) ? await GetRecordAsync(id, cancellationToken) : null;

    public async Task<RecordEntity?> GetRecordAsync(RecordId id, CancellationToken cancellationToken)
    {
        var response = await Records.GetEntityIfExistsAsync<RecordEntity>(id.UploadKey, id.PaddedRow, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Every listing of these people (a filtered scan: Records has no index by person).</summary>
    public async Task<IReadOnlyList<RecordEntity>> ListingsOfAsync(IEnumerable<string?> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var filter = string.Join(" or ", ids.Select(id => TableClient.CreateQueryFilter($"PersonId eq {id}")));
        var list = new List<RecordEntity>();
        await foreach (var entity in Records.QueryAsync<RecordEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(entity);
        }

        return list;
    }

    /// <summary>The person id a register participant's listings carry, if any upload lists them as enrolled.</summary>
    public async Task<string?> PersonIdOfParticipantAsync(string kpj, CancellationToken cancellationToken)
    {
        await foreach (var entity in Records.QueryAsync<RecordEntity>(TableClient.CreateQueryFilter($"Kpj eq {kpj}"), select: ["PersonId"], cancellationToken: cancellationToken))
        {
            if (!string.IsNullOrEmpty(entity.PersonId))
            {
                return entity.PersonId;
            }
        }

        return null;
    }

    /// <summary>
    /// Writes back what a decision changed: the stored row is mapped to a domain record, takes the listing's status,
    /// person id, KPJ and issues, and is written again whole (as ingest's promotions are), only if nobody changed
    /// it since it was read.
    /// </summary>
    public async Task WriteListingsAsync(IEnumerable<Listing> listings, CancellationToken cancellationToken)
    {
        foreach (var listing in listings)
        {
            if (await GetRecordAsync(listing.RecordId, cancellationToken) is not { } entity)
            {
                continue;
            }

            var record = RecordMapper.ToRecord(entity);
            record.Status = listing.Status;
            record.PersonId = listing.PersonId;
            record.Kpj = listing.Kpj;
            record.Issues.Clear();
            record.Issues.AddRange(listing.Issues);
            var changed = RecordMapper.ToEntity(entity.Scope, entity.PartitionKey, entity.UploadPath, record);
            await Records.UpdateEntityAsync(changed, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The domain's view of a stored record (its issues as stored, with their messages).</summary>
    public static Listing ToListing(RecordEntity entity)
    {
        var record = RecordMapper.ToRecord(entity);
        return new Listing
        {
            RecordId = RecordMapper.IdOf(entity).ToString(),
            UploadPath = entity.UploadPath,
            SourceRow = entity.SourceRow,
            Identity = IdentityOf(entity),
            Status = record.Status,
            PersonId = string.IsNullOrEmpty(entity.PersonId) ? null : entity.PersonId,
            Kpj = string.IsNullOrEmpty(entity.Kpj) ? null : entity.Kpj,
            Issues = record.Issues,
        };
    }

    public static PersonIdentity IdentityOf(RecordEntity entity) => PersonIdentity.Of(RecordMapper.MatchFieldsOf(entity));

    /// <summary>
    /// An upload's rows per status, counted from the rows themselves (one projected partition scan: a transaction
    /// per 1,000 rows), after a decision changed some of them. Counting, not adjusting, so a decision repeated
    /// after a fault still ends with the right counts.
    /// </summary>
    public async Task<StatusCounts> CountStatusesAsync(string uploadKey, CancellationToken cancellationToken)
    {
        var counts = new StatusCounts();
        await foreach (var r in Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, select: ["Status"], cancellationToken: cancellationToken))
        {
            counts.Add(RecordStatuses.Parse(r.Status));
        }

        return counts;
    }

    /// <summary>
    /// Records matching a search, one page at a time (a server-side filter; the continuation token pages).
    /// </summary>
    public async Task<(IReadOnlyList<RecordEntity> Items, string? Next)> SearchAsync(string? filter, int pageSize, string? continuation, CancellationToken cancellationToken)
    {
        await foreach (var page in Records.QueryAsync<RecordEntity>(filter, maxPerPage: pageSize, cancellationToken: cancellationToken).AsPages(continuation, pageSize))
        {
            return (page.Values, page.ContinuationToken);
        }

        return ([], null);
    }

    /// <summary>
    /// Who every listed record belongs to, by record id and by identity (NIK, name key, birth date): one projected
    /// scan. The maker-checker rule finds through it the people that review items and decisions touched.
    /// </summary>
    public async Task<ListedPeople> ListedPeopleAsync(CancellationToken cancellationToken)
    {
        var byRecord = new Dictionary<string, string>(StringComparer.Ordinal);
        var byIdentity = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await foreach (var entity in Records.QueryAsync<RecordEntity>(
                           select: ["PartitionKey", "RowKey", "SourceRow", "PersonId", "Nik", "Name", "NameKey", "BirthDate"], cancellationToken: cancellationToken))
        {
            if (string.IsNullOrEmpty(entity.PersonId))
            {
                continue;
            }

            byRecord[RecordMapper.IdOf(entity).ToString()] = entity.PersonId;
            var identity = IdentityOf(entity).Key;
            if (!byIdentity.TryGetValue(identity, out var people))
            {
                byIdentity[identity] = people = new HashSet<string>(StringComparer.Ordinal);
            }

            people.Add(entity.PersonId);
        }

        return new ListedPeople(byRecord, byIdentity);
    }

    /// <summary>Every record with the given status (e.g. all <c>new</c>), with the columns the BPJS list needs.</summary>
    public IAsyncEnumerable<RecordEntity> WithStatusAsync(RecordStatus status, CancellationToken cancellationToken) =>
        Records.QueryAsync<RecordEntity>(TableClient.CreateQueryFilter($"Status eq {status.ToCode()}"), select: ExportColumns, cancellationToken: cancellationToken);

    /// <summary>What the BPJS list reads of a record: not the issues, the bulk of a row; the typed values for the address.</summary>
    private static readonly IReadOnlyList<string> ExportColumns =
    [
        "PartitionKey", "RowKey", "SourceRow", "Status", "PersonId", "Nik", "Name", "BirthPlace", "BirthDate", "Sex",
        "DesaCode", "KecamatanCode", "Phone", "Occupation", "NoKk", "Age", "Raw",
    ];

    // ---- Reviews ----

    public async Task<ReviewItemEntity?> GetItemAsync(string partition, string row, CancellationToken cancellationToken)
    {
        var response = await Reviews.GetEntityIfExistsAsync<ReviewItemEntity>(partition, row, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Every undecided item (the queue is small: about 2 % of valid rows).</summary>
    public async Task<IReadOnlyList<ReviewItemEntity>> PendingItemsAsync(CancellationToken cancellationToken)
    {
        var list = new List<ReviewItemEntity>();
        await foreach (var item in Reviews.QueryAsync<ReviewItemEntity>(TableClient.CreateQueryFilter($"Decision eq {ReviewItemEntity.Pending}"), cancellationToken: cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>All items of one record (its partition, row keys starting with the record's row).</summary>
    public async Task<IReadOnlyList<ReviewItemEntity>> ItemsOfRecordAsync(string recordId, CancellationToken cancellationToken)
    {
        if (!RecordId.TryParse(recordId, out var id))
        {
            return [];
        }

        var (partition, prefix) = (id.UploadKey, id.PaddedRow + "-");
        var list = new List<ReviewItemEntity>();
        await foreach (var item in Reviews.QueryAsync<ReviewItemEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}"), cancellationToken: cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Every item decided by anyone, for the maker-checker rule (who decided which record).</summary>
    public async Task<IReadOnlyList<ReviewItemEntity>> DecidedItemsAsync(CancellationToken cancellationToken)
    {
        var list = new List<ReviewItemEntity>();
        await foreach (var item in Reviews.QueryAsync<ReviewItemEntity>(
                           TableClient.CreateQueryFilter($"Decision ne {ReviewItemEntity.Pending}"), select: ["PartitionKey", "RowKey", "RecordId", "CandidateId", "Decision", "DecidedBy"], cancellationToken: cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Conditional on the ETag the item was read with: a concurrent decision makes this throw 412.</summary>
    public Task<Response> UpdateItemAsync(ReviewItemEntity item, ETag ifMatch, CancellationToken cancellationToken) =>
        Reviews.UpdateEntityAsync(item, ifMatch, TableUpdateMode.Replace, cancellationToken);

    // ---- Participants ----

    /// <summary>A participant of the current register snapshot by KPJ.</summary>
    public async Task<ParticipantEntity?> FindParticipantAsync(string kpj, CancellationToken cancellationToken)
    {
        var pointer = await storage.Table(StorageNames.StateTable).GetEntityIfExistsAsync<RegisterPointerEntity>(
            RegisterPointerEntity.Partition, RegisterPointerEntity.Row, cancellationToken: cancellationToken);
        if (!pointer.HasValue || pointer.Value is null)
        {
            return null;
        }

        await foreach (var entity in storage.Table(StorageNames.ParticipantsTable).QueryAsync<ParticipantEntity>(
                           TableClient.CreateQueryFilter($"PartitionKey eq {pointer.Value.SnapshotId} and Kpj eq {kpj}"), cancellationToken: cancellationToken))
        {
            return entity;
        }

        return null;
    }

    public static PersonIdentity IdentityOf(ParticipantEntity entity) => PersonIdentity.Of(new MatchFields(
        entity.Nik, entity.Name, entity.NameKey, RecordMapper.ParseDate(entity.BirthDate), RecordMapper.ParseSex(entity.Sex), null, null));
}

/// <summary>Listed records' person ids by record id and by identity key (<see cref="PersonIdentity.Key"/>).</summary>
public sealed record ListedPeople(IReadOnlyDictionary<string, string> ByRecord, IReadOnlyDictionary<string, HashSet<string>> ByIdentity);
