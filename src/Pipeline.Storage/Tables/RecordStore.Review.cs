using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Storage.Tables;

/// <summary>The reads and writes of <c>Records</c> that review, search and the list for BPJS need.</summary>
public sealed partial class RecordStore
{
    /// <summary>What the BPJS list reads of a record: not the issues, the bulk of a row; the typed values for the address.</summary>
    private static readonly IReadOnlyList<string> ListColumns =
    [
        "PartitionKey", "RowKey", "SourceRow", "Status", "PersonId", "Nik", "Name", "NameKey", "BirthPlace", "BirthDate", "Sex",
        "DesaCode", "KecamatanCode", "Phone", "Occupation", "NoKk", "Age", "Raw",
    ];

    /// <summary>A record by its id, or null when the row is gone.</summary>
    public async Task<RecordEntity?> GetAsync(RecordId id, CancellationToken cancellationToken)
    {
        var response = await Records.GetEntityIfExistsAsync<RecordEntity>(id.UploadKey, id.PaddedRow, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// The records with these ids as stored now, in the order given (null where a row is gone): a few point reads in
    /// flight at once, where one after another made a confirmation of thousands of people thousands of round trips long,
    /// under the matching lease.
    /// </summary>
    public async Task<RecordEntity?[]> GetManyAsync(IReadOnlyList<RecordId> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var read = new RecordEntity?[ids.Count];
        await Parallel.ForAsync(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = PointReadsInFlight, CancellationToken = cancellationToken },
            async (i, token) => read[i] = await GetAsync(ids[i], token));
        return read;
    }

    /// <summary>
    /// Writes back what a decision changed: the stored row is mapped to a domain record, takes the listing's status,
    /// person id, KPJ and issues, and is written again whole (as ingest's promotions are), only if nobody changed it
    /// since it was read.
    /// </summary>
    public async Task WriteListingsAsync(IEnumerable<Listing> listings, CancellationToken cancellationToken)
    {
        foreach (var listing in listings)
        {
            if (await GetAsync(listing.RecordId, cancellationToken) is not { } entity)
            {
                continue;
            }

            var record = RecordMapper.ToRecord(entity);
            record.Status = listing.Status;
            record.PersonId = listing.PersonId?.ToString();
            record.Kpj = listing.Kpj;
            record.Issues.Clear();
            record.Issues.AddRange(listing.Issues);
            var changed = RecordMapper.ToEntity(entity.Scope, entity.PartitionKey, entity.UploadPath, record);
            await Records.UpdateEntityAsync(changed, entity.ETag, TableUpdateMode.Replace, cancellationToken);
            if (changed.PersonId != entity.PersonId || (!string.IsNullOrEmpty(changed.Kpj) && changed.Kpj != entity.Kpj))
            {
                // Found under its new person (and KPJ) from now on; old pointers are skipped by reads (the row no longer carries them).
                await SubmitLookupsAsync(LookupsOf(changed), cancellationToken);
            }
        }
    }

    /// <summary>
    /// An upload's rows per status, counted from the rows themselves (one projected partition scan: a transaction per
    /// 1,000 rows), after a decision changed some of them. Counting, not adjusting, so a decision repeated after a
    /// fault still ends with the right counts.
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

    /// <summary>Records matching a search, one page at a time (a server-side filter; the continuation token pages).</summary>
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
    /// scan. The maker-checker rule finds through it the people that review items and decisions touched; the list
    /// for BPJS the people whose identity a decision chose.
    /// </summary>
    public async Task<ListedPeople> ListedPeopleAsync(CancellationToken cancellationToken)
    {
        var byRecord = new Dictionary<RecordId, string>();
        var byIdentity = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        await foreach (var entity in Records.QueryAsync<RecordEntity>(
                           select: ["PartitionKey", "RowKey", "SourceRow", "PersonId", "Nik", "Name", "NameKey", "BirthDate"], cancellationToken: cancellationToken))
        {
            if (string.IsNullOrEmpty(entity.PersonId))
            {
                continue;
            }

            byRecord[RecordMapper.IdOf(entity)] = entity.PersonId;
            var identity = RecordMapper.IdentityOf(entity).Key;
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
        Records.QueryAsync<RecordEntity>(TableClient.CreateQueryFilter($"Status eq {status.ToCode()}"), select: ListColumns, cancellationToken: cancellationToken);
}

/// <summary>Listed records' person ids by record id and by identity key (<see cref="PersonIdentity.Key"/>).</summary>
public sealed record ListedPeople(IReadOnlyDictionary<RecordId, string> ByRecord, IReadOnlyDictionary<string, HashSet<string>> ByIdentity);
