using Pipeline.Core.Budget;

namespace Pipeline.Core.Tests.Billing;

/// <summary>The cohort's money by the one rule: people funded each month × the rate in force that month, ends counted.</summary>
public class CohortBudgetTests
{
    /// <summary>Rp 16.800 until June 2027, Rp 20.000 from July 2027; a pagu of Rp 1.000.000 for 2027.</summary>
    private static readonly ContributionSchedule Schedule = new(new ContributionOptions
    {
        Rates = [new ContributionRate { From = new DateOnly(2015, 7, 1) }, new ContributionRate { From = new DateOnly(2027, 7, 1), Jkk = 12_000, Jkm = 8_000 }],
        Pagu = new() { ["2027"] = 1_000_000m },
    });

    /// <summary>Three people from January 2027; one of them ended from May 2027.</summary>
    private static FundedMonths Cohort()
    {
        var funded = new FundedMonths();
        funded.Add(YearMonth.Of(2027, 1), null);
        funded.Add(YearMonth.Of(2027, 1), null);
        funded.Add(YearMonth.Of(2027, 1), YearMonth.Of(2027, 5));
        return funded;
    }

    [Fact]
    public void This_month_and_the_projection_follow_the_rate_each_month_and_the_ends()
    {
        var cost = new CohortBudget(Schedule).Cost(Cohort(), submitted: 4, candidates: 5, YearMonth.Of(2027, 4));

        // April: 3 × 16.800; May, June: 2 × 16.800; July to March 2028 (9 months): 2 × 20.000.
        Assert.Equal((3, 50_400m, 4, 5), (cost.Funded, cost.ThisMonth, cost.Submitted, cost.Candidates));
        Assert.Equal(50_400m + (2 * 2 * 16_800m) + (9 * 2 * 20_000m), cost.Projection);
    }

    [Fact]
    public void The_ceiling_counts_the_whole_year_and_the_pending_people_from_next_month()
    {
        var headroom = new CohortBudget(Schedule).Headroom(Cohort(), pending: 2, YearMonth.Of(2027, 4))!;

        // Committed: Jan-Apr 3 × 16.800 × 4, May-Jun 2 × 16.800 × 2, Jul-Dec 2 × 20.000 × 6.
        var committed = (3 * 16_800m * 4) + (2 * 16_800m * 2) + (2 * 20_000m * 6);
        var perPerson = (2 * 16_800m) + (6 * 20_000m);
        Assert.Equal((2027, 1_000_000m, committed, perPerson, 2 * perPerson), (headroom.Year, headroom.Pagu, headroom.Committed, headroom.PerPerson, headroom.Pending));
        Assert.Equal(1_000_000m - committed - (2 * perPerson), headroom.Remaining);
        Assert.Equal((int)Math.Floor(headroom.Remaining / perPerson), headroom.MoreFit);
        Assert.Equal(1, headroom.MoreFit);
    }

    [Fact]
    public void A_year_without_a_pagu_has_no_ceiling_and_December_leaves_no_room_for_more()
    {
        Assert.Null(new CohortBudget(Schedule).Headroom(Cohort(), 0, YearMonth.Of(2028, 1)));
        Assert.Equal((0m, 0), new CohortBudget(Schedule).Headroom(Cohort(), 0, YearMonth.Of(2027, 12)) is { } h ? (h.PerPerson, h.MoreFit) : default);
    }
}
