namespace Pipeline.Core.Budget;

/// <summary>What the funded cohort of one area costs, and who waits to join it.</summary>
/// <param name="Funded">People the regency pays for in the month ("Peserta dibiayai Pemda").</param>
/// <param name="ThisMonth">Their contributions that month at the rate in force ("Iuran bulan ini").</param>
/// <param name="Submitted">On a released list, not yet confirmed by BPJS.</param>
/// <param name="Candidates">To be paid for (new or to reactivate), not yet on a released list.</param>
/// <param name="Projection">The funded people over the projection's months (this month first), each month at the rate in
/// force then, with the ends recorded taken into account.</param>
public sealed record CohortCost(int Funded, decimal ThisMonth, int Submitted, int Candidates, decimal Projection);

/// <summary>The year's APBD ceiling ("pagu") and how many more people fit under it.</summary>
/// <param name="Committed">The funded cohort over every month of the year at the rate in force: past months are paid from this year's pagu too.</param>
/// <param name="Pending">The submitted people and the candidates, if BPJS accepts them from next month, up to December.</param>
/// <param name="Remaining">Pagu − committed − pending; negative when the cohort already costs more.</param>
/// <param name="PerPerson">What one more person costs from next month to December.</param>
/// <param name="MoreFit">How many more people the remaining pagu pays for, from next month to December; 0 when none.</param>
public sealed record CeilingHeadroom(int Year, decimal Pagu, decimal Committed, decimal Pending, decimal Remaining, decimal PerPerson, int MoreFit);

/// <summary>
/// The one rule for the funded cohort's money, as the weekly summary and the page show it: people funded in a month
/// times the rate in force that month (<see cref="ContributionSchedule.RateIn"/>), never a rate times twelve.
/// </summary>
/// <remarks>
/// The cohort comes as <see cref="FundedMonths"/> (each person's first month and the month their funding ended), so a
/// person whose funding ends in May costs nothing from May on; a rate that changes in July is charged from July. The
/// people not yet confirmed are counted, not costed, except against the ceiling, where they are assumed accepted from
/// next month (the list is out; the money should be there when BPJS says yes).
/// </remarks>
public sealed class CohortBudget(ContributionSchedule schedule)
{
    /// <summary>Months the projection covers (<see cref="ContributionSchedule.Months"/>, a year by default).</summary>
    public int ProjectionMonths => schedule.Months;

    public CohortCost Cost(FundedMonths funded, int submitted, int candidates, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(funded);
        var people = funded.In(month);
        return new CohortCost(people, people * schedule.RateIn(month).Monthly, submitted, candidates,
            funded.Cost(Enumerable.Range(0, schedule.Months).Select(month.AddMonths), schedule));
    }

    /// <summary>The ceiling of <paramref name="month"/>'s year and the room left under it; null when no pagu is configured for that year.</summary>
    /// <param name="pending">Submitted people and candidates.</param>
    public CeilingHeadroom? Headroom(FundedMonths funded, int pending, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(funded);
        if (schedule.PaguFor(month.Year) is not { } pagu)
        {
            return null;
        }

        var committed = funded.Cost(Enumerable.Range(1, 12).Select(m => YearMonth.Of(month.Year, m)), schedule);
        var perPerson = Enumerable.Range(month.Month + 1, 12 - month.Month).Sum(m => schedule.RateIn(YearMonth.Of(month.Year, m)).Monthly);
        var pendingCost = pending * perPerson;
        var remaining = pagu - committed - pendingCost;
        var moreFit = perPerson > 0 && remaining > 0 ? (int)Math.Min(int.MaxValue, Math.Floor(remaining / perPerson)) : 0;
        return new CeilingHeadroom(month.Year, pagu, committed, pendingCost, remaining, perPerson, moreFit);
    }
}
