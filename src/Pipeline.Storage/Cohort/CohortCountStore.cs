using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Pipeline.Core.Cohort;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// The one owner of the <c>CohortCounts</c> table: the cohort's figures per state, desa and funded months, kept by
/// <see cref="CohortLedger"/> as the cohort changes, and read as one small partition by the weekly summary, the bill's
/// unpaid months and <c>api/cohort/counts</c>. Decides nothing.
/// </summary>
/// <remarks>
/// A reading costs the number of distinct keys (a few hundred rows for a regency), never the number of people. The
/// counts exist once a ledger built them from one recount of the <c>Cohort</c> table (the first catch-up after they
/// were introduced, or a new deployment's first); the row <see cref="BuiltKey"/>, written last, says so. Until then
/// readers recount, as before. A reader during a change may see part of it, as a scan of <c>Cohort</c> during a move
/// may see a person in two partitions; the next reading sees it whole.
/// </remarks>
public sealed class CohortCountStore(PipelineStorage storage, CohortStore cohort, IOptions<IngestOptions> options)
{
    /// <summary>The row that says the counts are complete; no count's key starts with <c>!</c> (each part starts with <c>=</c>).</summary>
    public const string BuiltKey = "!built";

    private TableClient Counts => storage.Table(StorageNames.CohortCountsTable);

    private string Scope => options.Value.Scope;

    /// <summary>People per state for each desa (with the months funded and ended people are paid for): the kept counts, or a recount before they are built.</summary>
    public async Task<IReadOnlyList<CohortAreaCounts>> CountByDesaAsync(CancellationToken cancellationToken) =>
        (await ReadAsync(cancellationToken) ?? await cohort.RecountAsync(cancellationToken)).ToAreas();

    /// <summary>The kept counts, or null when they were never built in this scope.</summary>
    public async Task<CohortTally?> ReadAsync(CancellationToken cancellationToken)
    {
        var tally = new CohortTally();
        var built = false;
        await foreach (var row in Counts.QueryAsync<CohortCountEntity>(e => e.PartitionKey == Scope, cancellationToken: cancellationToken))
        {
            if (row.RowKey == BuiltKey)
            {
                built = true;
            }
            else if (ToKey(row) is { } key)
            {
                tally.Add(key, row.People);
            }
        }

        return built ? tally : null;
    }

    /// <summary>Writes these counts as they now are (values, not steps: writing them again changes nothing).</summary>
    public async Task WriteAsync(IReadOnlyList<CohortCountEntity> counts, CancellationToken cancellationToken)
    {
        foreach (var count in counts)
        {
            count.PartitionKey = Scope;
        }

        await BatchWriter.SubmitAsync(Counts, counts, TableTransactionActionType.UpsertReplace, cancellationToken);
    }

    /// <summary>Makes the table hold exactly this tally (a recount), then marks the counts built.</summary>
    public async Task ReplaceAsync(CohortTally tally, CancellationToken cancellationToken)
    {
        var rows = ToEntities(tally.People);
        await WriteAsync(rows, cancellationToken);
        await BatchWriter.DeleteOthersAsync(Counts, Scope, rows.Select(r => r.RowKey).Append(BuiltKey).ToHashSet(StringComparer.Ordinal), cancellationToken);
        await Counts.UpsertEntityAsync(new CohortCountEntity { PartitionKey = Scope, RowKey = BuiltKey }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The rows that carry these counts (the journal keeps them, the table is written from them).</summary>
    public static List<CohortCountEntity> ToEntities(IEnumerable<KeyValuePair<CohortCountKey, int>> counts) =>
        counts.Select(c => new CohortCountEntity
        {
            RowKey = RowKeyOf(c.Key),
            State = c.Key.State.ToCode(),
            KecamatanCode = c.Key.KecamatanCode,
            DesaCode = c.Key.DesaCode,
            FundedFrom = c.Key.FundedFrom?.ToString(),
            EndedFrom = c.Key.EndedFrom?.ToString(),
            People = c.Value,
        }).ToList();

    /// <summary>The key a row counts, or null for a row that is not a count.</summary>
    public static CohortCountKey? ToKey(CohortCountEntity row) => CohortStates.TryParse(row.State, out var state)
        ? CohortCountKey.Of(state, row.KecamatanCode, row.DesaCode, CohortMapper.ParseMonth(row.FundedFrom), CohortMapper.ParseMonth(row.EndedFrom))
        : null;

    /// <summary>
    /// The parts joined by <c>|</c>: a missing one empty, any other <c>=</c> and the part escaped (a row key may not hold
    /// <c>/ \ # ?</c> or control characters), so no two keys share a row, not even a missing code and an empty one.
    /// </summary>
    private static string RowKeyOf(CohortCountKey key) => string.Join('|',
        new[] { key.State.ToCode(), key.KecamatanCode, key.DesaCode, key.FundedFrom?.ToString(), key.EndedFrom?.ToString() }
            .Select(part => part is null ? "" : "=" + Uri.EscapeDataString(part)));
}
