using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Cohort;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// The one owner of the <c>Cohort</c> table: reads a state's people (partition by partition, streamed), and writes
/// what <see cref="CohortLedger"/> journalled. Decides nothing.
/// </summary>
/// <remarks>
/// PartitionKey = <c>{scope}:{state}</c>, so another regency on the same account keeps its own cohort and each read
/// touches one state only; RowKey = the person id.
/// </remarks>
public sealed class CohortStore(PipelineStorage storage, IOptions<IngestOptions> options)
{
    /// <summary>Where a partition's read is cut: P1 … Pf and Pg (a person id is P and hex digits; any other key falls in the first or last range).</summary>
    private static readonly string[] RangeCuts = [.. "123456789abcdefg".Select(digit => "P" + digit)];

    private TableClient Cohort => storage.Table(StorageNames.CohortTable);

    private string Scope => options.Value.Scope;

    public string PartitionOf(CohortState state) => Scope + ":" + state.ToCode();

    /// <summary>The entity as stored: the member's state decides its partition.</summary>
    public CohortEntity ToEntity(CohortMember member)
    {
        var entity = CohortMapper.ToEntity(member);
        entity.PartitionKey = PartitionOf(member.State);
        return entity;
    }

    /// <summary>Every person in one state, whole (details included), one partition scan.</summary>
    public async IAsyncEnumerable<CohortMember> ReadAsync(CohortState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in ScanAsync(state, select: null, cancellationToken))
        {
            yield return ToMember(entity, withDetails: true);
        }
    }

    /// <summary>
    /// The flagged people of one state, whole: the filter is applied by the table service, so only the flagged travel
    /// and are read (an unflagged member stores no <c>Flag</c> column, and a comparison with a missing column is false).
    /// </summary>
    public async IAsyncEnumerable<CohortMember> ReadFlaggedAsync(CohortState state, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(state)} and Flag gt {""}");
        await foreach (var entity in Cohort.QueryAsync<CohortEntity>(filter, cancellationToken: cancellationToken))
        {
            var member = ToMember(entity, withDetails: true);
            if (member.Flag != CohortFlag.None)
            {
                yield return member;
            }
        }
    }

    /// <summary>Everyone, without their details but with the NIK and birth date (the compact view): one projected scan per state.</summary>
    public async IAsyncEnumerable<(CohortMember Member, string? Nik, DateOnly? BirthDate)> ReadViewAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var state in CohortStates.All)
        {
            await foreach (var entity in ScanAsync(state, CohortEntity.ViewColumns, cancellationToken))
            {
                yield return (ToMember(entity, withDetails: false), entity.Nik, RecordMapper.ParseDate(entity.BirthDate));
            }
        }
    }

    public async Task<CohortMember?> GetAsync(CohortState state, string personId, CancellationToken cancellationToken)
    {
        var lookup = await Cohort.GetEntityIfExistsAsync<CohortEntity>(PartitionOf(state), personId, cancellationToken: cancellationToken);
        return lookup.HasValue && lookup.Value is { } entity ? ToMember(entity, withDetails: true) : null;
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey ge {Scope + ":"} and PartitionKey lt {Scope + ";"}");
        await foreach (var _ in Cohort.QueryAsync<CohortEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Makes the table hold these members (each in its state's partition) and no longer hold the given rows (the
    /// partitions people left). Idempotent: redoing it after a crash converges.
    /// </summary>
    public async Task WriteAsync(IReadOnlyList<CohortEntity> upserts, IReadOnlyList<(string Partition, string Row)> deletes, CancellationToken cancellationToken)
    {
        await BatchWriter.SubmitAsync(Cohort, upserts.OrderBy(e => e.PartitionKey, StringComparer.Ordinal), TableTransactionActionType.UpsertReplace, cancellationToken);
        foreach (var partition in deletes.GroupBy(d => d.Partition, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Select(d => d.Row).Distinct(StringComparer.Ordinal).Chunk(BatchWriter.MaxBatch))
            {
                try
                {
                    await Cohort.SubmitTransactionAsync(chunk.Select(row => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition.Key, row) { ETag = ETag.All })), cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status == 404)
                {
                    // Part of the chunk was deleted by an earlier attempt: one by one, the gone ones skipped.
                    foreach (var row in chunk)
                    {
                        await Cohort.DeleteEntityAsync(partition.Key, row, ETag.All, cancellationToken);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The people the regency pays or paid for (funded, or ended after being funded), streamed: what the bill is
    /// reconciled against and the budget is computed from. One partition scan each; nothing is held.
    /// </summary>
    public async IAsyncEnumerable<FundedPeriod> ReadFundedAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var state in new[] { CohortState.Funded, CohortState.Ended })
        {
            await foreach (var member in ReadAsync(state, cancellationToken))
            {
                if (member.ToFundedPeriod() is { } period)
                {
                    yield return period;
                }
            }
        }
    }

    /// <summary>
    /// How many people stand at each count key (state, desa, funded months), recounted: one projected scan of every
    /// state's partition (four short columns a person). What the kept counts (<see cref="CohortCountStore"/>) are built
    /// from once, and what they must always equal; readers use the kept counts.
    /// </summary>
    public async Task<CohortTally> RecountAsync(CancellationToken cancellationToken)
    {
        var tally = new CohortTally();
        foreach (var state in CohortStates.All)
        {
            string[] columns = state is CohortState.Funded or CohortState.Ended ? ["KecamatanCode", "DesaCode", "FundedFrom", "EndedFrom"] : ["KecamatanCode", "DesaCode"];
            await foreach (var entity in ScanAsync(state, columns, cancellationToken))
            {
                tally.Add(CohortCountKey.Of(state, entity.KecamatanCode, entity.DesaCode, CohortMapper.ParseMonth(entity.FundedFrom), CohortMapper.ParseMonth(entity.EndedFrom)));
            }
        }

        return tally;
    }

    /// <summary>
    /// One state's partition, read as consecutive row-key ranges cut at the hex digit after a person id's <c>P</c>: the
    /// same rows in the same order, every key in exactly one range. Why: Azurite (the emulator of the CLI, the tests and
    /// the benchmarks) sorts what remains of a query's result for every page of 1,000 it serves, so one query over a
    /// partition of n people costs it about n²/1000 comparisons (40 s of a cold start at 93,000 candidates); seventeen
    /// ranges cost a seventeenth of that. Table Storage serves a range as cheaply as a partition; the 16 more requests
    /// are nothing beside the pages.
    /// </summary>
    private async IAsyncEnumerable<CohortEntity> ScanAsync(CohortState state, IEnumerable<string>? select, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {PartitionOf(state)}");
        for (var range = 0; range <= RangeCuts.Length; range++)
        {
            var filter = partition;
            if (range > 0)
            {
                filter += " and " + TableClient.CreateQueryFilter($"RowKey ge {RangeCuts[range - 1]}");
            }

            if (range < RangeCuts.Length)
            {
                filter += " and " + TableClient.CreateQueryFilter($"RowKey lt {RangeCuts[range]}");
            }

            await foreach (var entity in Cohort.QueryAsync<CohortEntity>(filter, select: select, cancellationToken: cancellationToken))
            {
                yield return entity;
            }
        }
    }

    private static CohortMember ToMember(CohortEntity entity, bool withDetails) => CohortMapper.ToMember(entity, withDetails);
}
