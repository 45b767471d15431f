using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Reporting;

/// <summary>
/// One row per week in the <c>Summaries</c> table: the regency's figures as columns (for the trend and the
/// API), every area's figures as JSON, and where the workbook and page are.
/// </summary>
/// <remarks>
/// PartitionKey = the regency code (every week in one partition, read in order with one scan); RowKey = the
/// ISO week "2026-W48", which sorts in time order. Making a week again replaces its row.
/// </remarks>
public sealed class SummaryEntity : ITableEntity
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
    public int New { get; set; }
    public int Duplicate { get; set; }
    public int Enrolled { get; set; }
    public int Review { get; set; }
    public int Rejected { get; set; }
    public int Ineligible { get; set; }
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
}
