using Pipeline.Core.Budget;

namespace Pipeline.Core.Tests.Reporting;

public class ContributionScheduleTests
{
    [Fact]
    public void The_default_is_JKK_10000_plus_JKM_6800_for_twelve_months()
    {
        var estimate = ContributionSchedule.Default.Estimate(101, new DateOnly(2026, 11, 30));
        Assert.Equal(16_800m, estimate.MonthlyRate);
        Assert.Equal(101 * 16_800m, estimate.Monthly);
        Assert.Equal(12, estimate.Months);
        Assert.Equal(101 * 16_800m * 12, estimate.Total);
        Assert.Equal(20_361_600m, estimate.Total);
    }

    [Fact]
    public void No_people_cost_nothing() =>
        Assert.Equal(0m, ContributionSchedule.Default.Estimate(0, new DateOnly(2026, 1, 1)).Total);

    [Fact]
    public void A_rate_change_within_the_period_counts_from_its_month()
    {
        var schedule = new ContributionSchedule(new ContributionOptions
        {
            Rates =
            [
                new ContributionRate { From = new DateOnly(2027, 1, 1), Jkk = 12_000m, Jkm = 8_000m },
                new ContributionRate { From = new DateOnly(2015, 7, 1), Jkk = 10_000m, Jkm = 6_800m },
            ],
        });

        // November and December 2026 at 16,800; January to October 2027 at 20,000.
        var estimate = schedule.Estimate(10, new DateOnly(2026, 11, 30));
        Assert.Equal(16_800m, estimate.MonthlyRate);
        Assert.Equal(10 * (2 * 16_800m + 10 * 20_000m), estimate.Total);

        Assert.Equal(20_000m, schedule.RateOn(new DateOnly(2027, 1, 1)).Monthly);
        Assert.Equal(16_800m, schedule.RateOn(new DateOnly(2026, 12, 31)).Monthly);
        // Before every configured date, the earliest rate.
        Assert.Equal(16_800m, schedule.RateOn(new DateOnly(2010, 1, 1)).Monthly);
    }

    [Fact]
    public void The_period_length_is_configurable()
    {
        var schedule = new ContributionSchedule(new ContributionOptions { Months = 6 });
        var estimate = schedule.Estimate(3, new DateOnly(2026, 6, 1));
        Assert.Equal(6, estimate.Months);
        Assert.Equal(3 * 16_800m * 6, estimate.Total);
    }

    [Fact]
    public void Refuses_a_policy_that_cannot_be_paid()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContributionSchedule(new ContributionOptions { Months = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ContributionSchedule(new ContributionOptions { Rates = [new ContributionRate { Jkk = -1 }] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContributionSchedule.Default.Estimate(-1, new DateOnly(2026, 1, 1)));
    }
}
