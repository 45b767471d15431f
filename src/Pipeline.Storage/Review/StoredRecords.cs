using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Review;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// Every read and write the review side makes of the tables ingest owns (<c>Records</c>, <c>Reviews</c>,
/// <c>Uploads</c>, <c>Participants</c>), in one class, so the move to the reworked ingest (its record id type,
/// its upload store, its person index) is a change here only.
/// </summary>
public sealed class StoredRecords(PipelineStorage storage)
{
    private TableClient Records => storage.Table(StorageNames.RecordsTable);
    private TableClient Reviews => storage.Table(StorageNames.ReviewsTable);
    private TableClient Uploads => storage.Table(StorageNames.UploadsTable);

    // ---- Records ----

    /// <summary>A record by its id ("uploadKey:000123", as matching names it).</summary>
    public async Task<RecordEntity?> GetRecordAsync(string recordId, CancellationToken cancellationToken)
    {
        if (!TryParseRecordId(recordId, out var partition, out var row))
        {
            return null;
        }

        var response = await Records.GetEntityIfExistsAsync<RecordEntity>(partition, TableKeys.RowKey(row), cancellationToken: cancellationToken);
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
    /// Writes back what a decision changed: status, person id, KPJ, issues; the row's other columns are kept.
    /// (A replace of the read entity, not a merge: a merge cannot clear a column, and a rejected row has no person id.)
    /// </summary>
    public async Task WriteListingsAsync(IEnumerable<Listing> listings, CancellationToken cancellationToken)
    {
        foreach (var listing in listings)
        {
            if (await GetRecordAsync(listing.RecordId, cancellationToken) is not { } entity)
            {
                continue;
            }

            entity.Status = listing.Status.ToCode();
            entity.PersonId = listing.PersonId;
            entity.Kpj = listing.Kpj;
            entity.Issues = string.Join(';', listing.Issues.Select(i => i.Code));
            entity.Messages = string.Join('\n', listing.Issues.Select(i => i.Message));
            await Records.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The domain's view of a stored record (its issues rebuilt from the stored codes and messages).</summary>
    public static Listing ToListing(RecordEntity entity)
    {
        var codes = entity.Issues.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var messages = (entity.Messages ?? "").Split('\n');
        var issues = codes.Select((code, i) =>
        {
            var definition = IssueCatalog.Find(code);
            return new Issue(code, definition?.Severity ?? Severity.Warning, definition?.Field, i < messages.Length ? messages[i] : "");
        }).ToList();
        return new Listing
        {
            RecordId = RecordIds.For(entity.PartitionKey, entity.SourceRow),
            UploadPath = entity.UploadPath,
            SourceRow = entity.SourceRow,
            Identity = IdentityOf(entity),
            Status = RecordStatusText.Parse(entity.Status),
            PersonId = string.IsNullOrEmpty(entity.PersonId) ? null : entity.PersonId,
            Kpj = string.IsNullOrEmpty(entity.Kpj) ? null : entity.Kpj,
            Issues = issues,
        };
    }

    public static PersonIdentity IdentityOf(RecordEntity entity) => PersonIdentity.Of(new MatchFields(
        entity.Nik, entity.Name, entity.NameKey, RecordMapper.ParseDate(entity.BirthDate), RecordMapper.ParseSex(entity.Sex), entity.DesaCode, entity.Phone));

    public static bool TryParseRecordId(string recordId, out string partition, out int row)
    {
        var separator = recordId.LastIndexOf(':');
        partition = separator > 0 ? recordId[..separator] : "";
        row = 0;
        return separator > 0 && int.TryParse(recordId.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out row);
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

    /// <summary>Record id to person id for every listed record (one projected scan).</summary>
    public async Task<IReadOnlyDictionary<string, string>> PersonIdsByRecordAsync(CancellationToken cancellationToken)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entity in Records.QueryAsync<RecordEntity>(select: ["PartitionKey", "RowKey", "SourceRow", "PersonId"], cancellationToken: cancellationToken))
        {
            if (!string.IsNullOrEmpty(entity.PersonId))
            {
                map[RecordIds.For(entity.PartitionKey, entity.SourceRow)] = entity.PersonId;
            }
        }

        return map;
    }

    /// <summary>Every accepted-status record of the current listing state with the given status (e.g. all <c>new</c>).</summary>
    public IAsyncEnumerable<RecordEntity> WithStatusAsync(RecordStatus status, CancellationToken cancellationToken) =>
        Records.QueryAsync<RecordEntity>(TableClient.CreateQueryFilter($"Status eq {status.ToCode()}"), cancellationToken: cancellationToken);

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
        if (!TryParseRecordId(recordId, out var partition, out var row))
        {
            return [];
        }

        var prefix = TableKeys.RowKey(row) + "-";
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

    // ---- Uploads ----

    public async Task<IReadOnlyList<UploadEntity>> UploadsAsync(CancellationToken cancellationToken)
    {
        var list = new List<UploadEntity>();
        await foreach (var upload in Uploads.QueryAsync<UploadEntity>(cancellationToken: cancellationToken))
        {
            list.Add(upload);
        }

        return list;
    }

    public async Task<UploadEntity?> UploadByKeyAsync(string uploadKey, CancellationToken cancellationToken)
    {
        await foreach (var upload in Uploads.QueryAsync<UploadEntity>(TableClient.CreateQueryFilter($"UploadKey eq {uploadKey}"), cancellationToken: cancellationToken))
        {
            return upload;
        }

        return null;
    }

    /// <summary>Recounts the statuses of these uploads after a decision changed some of their rows.</summary>
    public async Task RecountAsync(IEnumerable<string> uploadKeys, CancellationToken cancellationToken)
    {
        foreach (var uploadKey in uploadKeys.Distinct())
        {
            var upload = await UploadByKeyAsync(uploadKey, cancellationToken);
            if (upload is null)
            {
                continue;
            }

            var counts = new StatusCounts();
            await foreach (var r in Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, select: ["Status"], cancellationToken: cancellationToken))
            {
                counts.Add(RecordStatusText.Parse(r.Status));
            }

            upload.New = counts[RecordStatus.New];
            upload.Duplicate = counts[RecordStatus.Duplicate];
            upload.Enrolled = counts[RecordStatus.Enrolled];
            upload.Review = counts[RecordStatus.Review];
            upload.Rejected = counts[RecordStatus.Rejected];
            upload.Ineligible = counts[RecordStatus.Ineligible];
            await Uploads.UpdateEntityAsync(upload, ETag.All, TableUpdateMode.Replace, cancellationToken);
        }
    }
}
