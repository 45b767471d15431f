using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Reporting;

/// <summary>What making a week's summary produced: the CLI prints it, the admin API returns it.</summary>
/// <param name="WorkbookPath">Path of the workbook inside the reports container.</param>
/// <param name="PagePath">Path of the HTML page inside the reports container.</param>
public sealed record WeeklySummaryOutcome(
    ReportWeek Week,
    DateTimeOffset AsOf,
    bool Complete,
    bool HasData,
    string WorkbookPath,
    string PagePath,
    AreaCounts Regency,
    BudgetEstimate Budget);
