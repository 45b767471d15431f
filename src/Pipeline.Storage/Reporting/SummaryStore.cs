using Azure.Data.Tables;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;

namespace Pipeline.Storage.Reporting;

/// <summary>The <c>Summaries</c> table: the weekly summary's own store (one row per week, one partition).</summary>
public sealed class SummaryStore(PipelineStorage storage, Gazetteer gazetteer)
{
    private TableClient Table => storage.Table(StorageNames.SummariesTable);

    public async Task ReplaceAsync(WeeklyReport report, string workbookPath, string pagePath, CancellationToken cancellationToken)
    {
        var c = report.Regency.Current;
        var budget = report.Regency.Budget;
        var entity = new SummaryEntity
        {
            PartitionKey = gazetteer.RegencyCode,
            RowKey = report.Week.ToString(),
            AsOf = report.AsOf,
            GeneratedAt = report.GeneratedAt,
            Complete = report.Complete,
            HasData = report.HasData,
            ListsThisWeek = c.ListsThisWeek, Lists = c.Lists, FailedLists = c.FailedLists, Rows = c.Rows,
            Statuses = c.Statuses,
            Desa = c.Desa, DesaWithData = c.DesaWithData,
            MonthlyRate = Rupiah(budget.MonthlyRate), BudgetMonthly = Rupiah(budget.Monthly), BudgetTotal = Rupiah(budget.Total), BudgetMonths = budget.Months,
            Figures = report.Snapshot.ToJson(),
            WorkbookPath = workbookPath,
            PagePath = pagePath,
        };
        await Table.UpsertEntityAsync(entity.ToTable(), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<SummaryEntity?> GetAsync(ReportWeek week, CancellationToken cancellationToken)
    {
        var found = await Table.GetEntityIfExistsAsync<TableEntity>(gazetteer.RegencyCode, week.ToString(), cancellationToken: cancellationToken);
        return found.HasValue && found.Value is { } row ? SummaryEntity.From(row) : null;
    }

    /// <summary>Every stored week, oldest first (one partition scan; a year is 52 rows).</summary>
    public async Task<IReadOnlyList<SummaryEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = new List<SummaryEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {gazetteer.RegencyCode}"), cancellationToken: cancellationToken))
        {
            rows.Add(SummaryEntity.From(row));
        }

        return rows;
    }

    /// <summary>The figures of complete weeks from <paramref name="from"/> to <paramref name="to"/>, as reported then.</summary>
    public async Task<IReadOnlyDictionary<ReportWeek, FiguresSnapshot>> CompleteSnapshotsAsync(ReportWeek from, ReportWeek to, CancellationToken cancellationToken)
    {
        var (low, high) = (from.ToString(), to.ToString());
        var snapshots = new Dictionary<ReportWeek, FiguresSnapshot>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {gazetteer.RegencyCode} and RowKey ge {low} and RowKey le {high}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Complete", "Figures"], cancellationToken: cancellationToken).Select(SummaryEntity.From))
        {
            if (row.Complete && ReportWeek.TryParse(row.RowKey, out var week) && row.Figures.Length > 0)
            {
                snapshots[week] = FiguresSnapshot.FromJson(row.Figures);
            }
        }

        return snapshots;
    }

    /// <summary>The latest week whose stored summary is complete, or null when none is.</summary>
    public async Task<ReportWeek?> LastCompleteWeekAsync(CancellationToken cancellationToken)
    {
        ReportWeek? last = null;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {gazetteer.RegencyCode} and Complete eq {true}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (ReportWeek.TryParse(row.RowKey, out var week) && (last is null || week > last))
            {
                last = week;
            }
        }

        return last;
    }

    private static long Rupiah(decimal amount) => (long)Math.Round(amount, MidpointRounding.AwayFromZero);
}
