using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Reporting;

/// <summary>What making a week's summary produced: the CLI prints it, the admin API returns it.</summary>
/// <param name="WorkbookPath">Path of the workbook inside the reports container.</param>
/// <param name="PagePath">Path of the HTML page inside the reports container.</param>
/// <param name="Budget">The candidates' estimate (new and reactivate listings × the rate × the months).</param>
public sealed record WeeklySummaryOutcome(
    ReportWeek Week,
    DateTimeOffset AsOf,
    bool Complete,
    bool HasData,
    string WorkbookPath,
    string PagePath,
    AreaCounts Regency,
    BudgetEstimate Budget)
{
    /// <summary>The funded cohort's money as the summary shows it (Anggaran Pemda); null when not computed.</summary>
    public CohortBudgetReport? Cohort { get; init; }
}
