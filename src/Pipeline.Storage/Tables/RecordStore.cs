using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Door;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tables;

/// <summary>
/// The one owner of the <c>Records</c> table and its lookup pointers (<c>RecordsByNik</c>, <c>RecordsByName</c>, <c>RecordsByPerson</c>, <c>RecordsByKpj</c>): writes what <see cref="UploadMatcher"/> decided, reads an upload's rows
/// back for the exports, rebuilds the person index from the rows, and serves review, search and the list for BPJS
/// (a record by id, a person's listings, searches, a decision's changed rows, counts).
/// </summary>
public sealed partial class RecordStore(PipelineStorage storage, IOptions<IngestOptions> options)
{
    private string Scope => options.Value.Scope;

    private TableClient Records => storage.Table(StorageNames.RecordsTable);

    /// <summary>
    /// Makes the table hold exactly this version of the upload: listings elsewhere promoted first, then the rows
    /// upserted, rows an earlier version had and this one lacks deleted (its review pairs are <see cref="ReviewStore"/>'s).
    /// Safe to repeat: a retry after a fault converges to the same state.
    /// </summary>
    public async Task WriteAsync(UploadIdentity upload, UploadMatch match, CancellationToken cancellationToken)
    {
        // Before this upload's rows are replaced: a retry then still sees the old version and makes the same
        // promotions, none of them twice.
        foreach (var promotion in match.Promotions)
        {
            await PromoteAsync(promotion, cancellationToken);
        }

        var entities = match.List.Rows.Select(r => RecordMapper.ToEntity(Scope, upload.Key, upload.Path, r.Record)).ToList();
        await BatchWriter.SubmitAsync(Records, entities, TableTransactionActionType.UpsertReplace, cancellationToken);
        if (match.ReplacesEarlierVersion)
        {
            await BatchWriter.DeleteOthersAsync(Records, upload.Key, entities.Select(e => e.RowKey).ToHashSet(), cancellationToken);
        }
    }

    /// <summary>One upload's rows in sheet order, as domain records (for exports: without the typed values).</summary>
    public async Task<IReadOnlyList<WorkerRecord>> ReadUploadAsync(string uploadKey, CancellationToken cancellationToken)
    {
        var rows = new List<WorkerRecord>();
        await foreach (var entity in Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, select: RecordEntity.ExportColumns, cancellationToken: cancellationToken))
        {
            rows.Add(RecordMapper.ToRecord(entity));
        }

        return rows;
    }

    /// <summary>
    /// The problems of one upload's rows (issue codes, how many rows, the first rows), for the village page: one
    /// partition scan of three small columns, in sheet order.
    /// </summary>
    public async Task<UploadProblems> ReadProblemsAsync(string uploadKey, CancellationToken cancellationToken)
    {
        var problems = new UploadProblems();
        await foreach (var entity in Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, select: ["SourceRow", "Issues"], cancellationToken: cancellationToken))
        {
            problems.Add(entity.SourceRow, entity.Issues);
        }

        return problems;
    }

    /// <summary>
    /// The person index as the Records table says it is: every upload, every accepted row. A full scan with a
    /// projection of the match columns (of this scope's rows), streamed upload by upload; the durable index is
    /// made from this when it is missing or broken, and tests compare the cached index with it.
    /// </summary>
    public async Task<PersonIndex> ReadPersonIndexAsync(MatchOptions options, CancellationToken cancellationToken)
    {
        var index = new PersonIndex(options);
        await foreach (var (key, path, records) in ReadUploadsAsync(TableClient.CreateQueryFilter($"Scope eq {Scope}"), cancellationToken))
        {
            index.Apply(new IndexDelta([new UploadReplacement(key, path, records)], []));
        }

        return index;
    }

    /// <summary>One upload's accepted rows as index records (repairing the index after an interrupted write).</summary>
    public async Task<UploadReplacement?> ReadIndexedUploadAsync(string uploadKey, CancellationToken cancellationToken)
    {
        await foreach (var (key, path, records) in ReadUploadsAsync(TableClient.CreateQueryFilter($"PartitionKey eq {uploadKey}"), cancellationToken))
        {
            return new UploadReplacement(key, path, records);
        }

        return null;
    }

    /// <summary>
    /// This scope's listings to be paid for (<c>new</c>, <c>reactivate</c>), whole: a filtered scan, read once, when the
    /// funded cohort is started over data stored before it (<see cref="Cohort.CohortLedger"/>).
    /// </summary>
    public IAsyncEnumerable<RecordEntity> ReadCandidatesAsync(CancellationToken cancellationToken)
    {
        var statuses = string.Join(" or ", RecordStatuses.All.Where(s => s.Candidate).Select(s => TableClient.CreateQueryFilter($"Status eq {s.Code}")));
        return Records.QueryAsync<RecordEntity>(TableClient.CreateQueryFilter($"Scope eq {Scope}") + " and (" + statuses + ")", cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Writes stored records again as the domain changed them, each only if nobody changed it since it was read (its
    /// ETag), a few in flight at once: each row is its own write with its own ETag check, so their order never
    /// mattered; a row changed meanwhile still fails the call. Then the KPJ pointers of the rows that gained a KPJ
    /// (a confirmation's), in transactions.
    /// </summary>
    public async Task ReplaceManyAsync(IReadOnlyList<(RecordEntity Read, WorkerRecord Record)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var changed = new RecordEntity[rows.Count];
        await Parallel.ForAsync(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = PointReadsInFlight, CancellationToken = cancellationToken },
            async (i, token) =>
            {
                var (read, record) = rows[i];
                changed[i] = RecordMapper.ToEntity(string.IsNullOrEmpty(read.Scope) ? Scope : read.Scope, read.PartitionKey, read.UploadPath, record);
                await Records.UpdateEntityAsync(changed[i], read.ETag, TableUpdateMode.Replace, token);
            });
        await SubmitLookupsAsync(rows.Select((r, i) => (r.Read, Changed: changed[i])).SelectMany(r => KpjLookupsGained(r.Read, r.Changed)), cancellationToken);
    }

    /// <summary>A stored record's status as the table has it, or null when the row is gone.</summary>
    public async Task<RecordStatus?> ReadStatusAsync(RecordId id, CancellationToken cancellationToken)
    {
        var lookup = await Records.GetEntityIfExistsAsync<RecordEntity>(id.UploadKey, id.PaddedRow, ["Status"], cancellationToken);
        return lookup.HasValue && lookup.Value is { } entity ? RecordStatuses.Parse(entity.Status) : null;
    }

    /// <summary>
    /// Makes a listing of another upload its person's primary one: the stored entity is mapped to a domain record,
    /// promoted by the domain (<see cref="Promoted.ApplyTo"/>), and written back (only if nobody changed it meanwhile).
    /// Safe to repeat.
    /// </summary>
    private async Task PromoteAsync(Promoted promotion, CancellationToken cancellationToken)
    {
        var id = promotion.RecordId;
        var lookup = await Records.GetEntityIfExistsAsync<RecordEntity>(id.UploadKey, id.PaddedRow, cancellationToken: cancellationToken);
        if (!lookup.HasValue || lookup.Value is not { } entity)
        {
            return;
        }

        var record = RecordMapper.ToRecord(entity);
        promotion.ApplyTo(record);
        var promoted = RecordMapper.ToEntity(Scope, entity.PartitionKey, entity.UploadPath, record);
        promoted.ETag = entity.ETag;
        await Records.UpdateEntityAsync(promoted, entity.ETag, TableUpdateMode.Replace, cancellationToken);
        await SubmitLookupsAsync(KpjLookupsGained(entity, promoted), cancellationToken);
    }

    private async IAsyncEnumerable<(string Key, string Path, List<KnownRecord> Records)> ReadUploadsAsync(
        string? filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? key = null, path = null;
        var records = new List<KnownRecord>();
        await foreach (var entity in Records.QueryAsync<RecordEntity>(filter, select: RecordEntity.IndexColumns, cancellationToken: cancellationToken))
        {
            if (key is not null && entity.PartitionKey != key)
            {
                yield return (key, path!, records);
                records = [];
            }

            (key, path) = (entity.PartitionKey, entity.UploadPath);
            var status = RecordStatuses.Parse(entity.Status);
            if (!string.IsNullOrEmpty(entity.PersonId) && status is not (RecordStatus.Rejected or RecordStatus.Ineligible))
            {
                records.Add(new KnownRecord(RecordMapper.IdOf(entity), entity.PersonId, entity.UploadPath, RecordMapper.MatchFieldsOf(entity), status));
            }
        }

        if (key is not null)
        {
            yield return (key, path!, records);
        }
    }
}
