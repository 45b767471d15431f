using Pipeline.Core.Billing;
using Pipeline.Core.Budget;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The budget that tells the truth, for the weekly summary and the page: by kecamatan and desa the people the regency
/// pays for and this month's contributions, who waits to be confirmed or released, the projection at the rate in force
/// each month, the year's pagu and the room under it, the last bill's reconciliation, and the months still unpaid.
/// </summary>
/// <param name="Month">The month "this month" means (the report date's).</param>
/// <param name="Rate">The rate in force that month.</param>
/// <param name="ProjectionMonths">Months the projection covers, this month first.</param>
/// <param name="Regency">The whole regency.</param>
/// <param name="Kecamatan">Every kecamatan with anyone in the cohort, each with its desa that have anyone.</param>
/// <param name="Headroom">The pagu of the year and how many more people fit; null when none is configured.</param>
/// <param name="LastBill">The bill of the latest period (the latest reconciled of it); null before the first.</param>
/// <param name="Unpaid">Months whose contributions are still unpaid near or past the lapse.</param>
public sealed record CohortBudgetReport(
    YearMonth Month,
    ContributionRate Rate,
    int ProjectionMonths,
    CohortBudgetLine Regency,
    IReadOnlyList<CohortBudgetKecamatan> Kecamatan,
    CeilingHeadroom? Headroom,
    ReconciledBill? LastBill,
    IReadOnlyList<UnpaidMonth> Unpaid)
{
    /// <summary>True when nobody is in the cohort yet: the outputs say so rather than show a table of zeros.</summary>
    public bool IsEmpty => Regency.Cost is { Funded: 0, Submitted: 0, Candidates: 0 } && Regency.Cost.Projection == 0;
}

/// <summary>One area's line: its code, its name and its cost.</summary>
public sealed record CohortBudgetLine(string Code, string Name, CohortCost Cost);

/// <summary>A kecamatan's line and its desa's.</summary>
public sealed record CohortBudgetKecamatan(CohortBudgetLine Area, IReadOnlyList<CohortBudgetLine> Desa);
