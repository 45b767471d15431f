using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Reporting;

/// <summary>
/// One row per week in the <c>Summaries</c> table: the regency's figures as columns (for the trend and the
/// API), every area's figures as JSON, and where the workbook and page are.
/// </summary>
/// <remarks>
/// PartitionKey = the regency code (every week in one partition, read in order with one scan); RowKey = the
/// ISO week "2026-W48", which sorts in time order. Making a week again replaces its row. The rows per status are
/// one column per status (<see cref="StatusColumns"/>), so the store maps rows with <see cref="From"/> and <see cref="ToTable"/>.
/// </remarks>
public sealed class SummaryEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The moment the figures stand at (the week's end, or when a week in progress was made).</summary>
    public DateTimeOffset AsOf { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>True when made after the week ended; a partial week is made again by the timer.</summary>
    public bool Complete { get; set; }
    public bool HasData { get; set; }

    public int ListsThisWeek { get; set; }
    public int Lists { get; set; }
    public int FailedLists { get; set; }
    public int Rows { get; set; }

    /// <summary>The regency's rows per status.</summary>
    public StatusCounts Statuses { get; set; } = new();
    public int Desa { get; set; }
    public int DesaWithData { get; set; }

    /// <summary>Whole rupiah: the table service has no decimal type.</summary>
    public long MonthlyRate { get; set; }
    public long BudgetMonthly { get; set; }
    public long BudgetTotal { get; set; }
    public int BudgetMonths { get; set; }

    /// <summary>Every area's counts (<see cref="Pipeline.Core.Reporting.FiguresSnapshot"/> JSON).</summary>
    public string Figures { get; set; } = "";

    /// <summary>Paths inside the reports container.</summary>
    public string WorkbookPath { get; set; } = "";
    public string PagePath { get; set; } = "";

    public TableEntity ToTable()
    {
        var row = new TableEntity(PartitionKey, RowKey)
        {
            [nameof(AsOf)] = AsOf, [nameof(GeneratedAt)] = GeneratedAt, [nameof(Complete)] = Complete, [nameof(HasData)] = HasData,
            [nameof(ListsThisWeek)] = ListsThisWeek, [nameof(Lists)] = Lists, [nameof(FailedLists)] = FailedLists, [nameof(Rows)] = Rows,
            [nameof(Desa)] = Desa, [nameof(DesaWithData)] = DesaWithData,
            [nameof(MonthlyRate)] = MonthlyRate, [nameof(BudgetMonthly)] = BudgetMonthly, [nameof(BudgetTotal)] = BudgetTotal, [nameof(BudgetMonths)] = BudgetMonths,
            [nameof(Figures)] = Figures, [nameof(WorkbookPath)] = WorkbookPath, [nameof(PagePath)] = PagePath,
        };
        StatusColumns.Write(row, Statuses);
        return row;
    }

    public static SummaryEntity From(TableEntity row) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = row.RowKey,
        Timestamp = row.Timestamp,
        ETag = row.ETag,
        AsOf = row.GetDateTimeOffset(nameof(AsOf)) ?? default,
        GeneratedAt = row.GetDateTimeOffset(nameof(GeneratedAt)) ?? default,
        Complete = row.GetBoolean(nameof(Complete)) ?? false,
        HasData = row.GetBoolean(nameof(HasData)) ?? false,
        ListsThisWeek = row.GetInt32(nameof(ListsThisWeek)) ?? 0,
        Lists = row.GetInt32(nameof(Lists)) ?? 0,
        FailedLists = row.GetInt32(nameof(FailedLists)) ?? 0,
        Rows = row.GetInt32(nameof(Rows)) ?? 0,
        Statuses = StatusColumns.Read(row),
        Desa = row.GetInt32(nameof(Desa)) ?? 0,
        DesaWithData = row.GetInt32(nameof(DesaWithData)) ?? 0,
        MonthlyRate = row.GetInt64(nameof(MonthlyRate)) ?? 0,
        BudgetMonthly = row.GetInt64(nameof(BudgetMonthly)) ?? 0,
        BudgetTotal = row.GetInt64(nameof(BudgetTotal)) ?? 0,
        BudgetMonths = row.GetInt32(nameof(BudgetMonths)) ?? 0,
        Figures = row.GetString(nameof(Figures)) ?? "",
        WorkbookPath = row.GetString(nameof(WorkbookPath)) ?? "",
        PagePath = row.GetString(nameof(PagePath)) ?? "",
    };
}
