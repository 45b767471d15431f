using Pipeline.Core.Billing;
using Pipeline.Core.Budget;

namespace Pipeline.Core.Tests.Billing;

/// <summary>Months still unpaid as they near the three-month lapse: people and money, warned early, lapsed when late.</summary>
public class UnpaidContributionsTests
{
    private static readonly BillingOptions Options = new() { LapseMonths = 3, WarnDaysBeforeLapse = 30 };

    /// <summary>Two people from January 2027, one of them ended from March; a third from April.</summary>
    private static FundedMonths Cohort()
    {
        var funded = new FundedMonths();
        funded.Add(YearMonth.Of(2027, 1), null);
        funded.Add(YearMonth.Of(2027, 1), YearMonth.Of(2027, 3));
        funded.Add(YearMonth.Of(2027, 4), null);
        return funded;
    }

    [Fact]
    public void Counts_follow_starts_and_ends()
    {
        var funded = Cohort();

        Assert.Equal((0, 2, 2, 1, 2, 3), (funded.In(YearMonth.Of(2026, 12)), funded.In(YearMonth.Of(2027, 1)), funded.In(YearMonth.Of(2027, 2)),
            funded.In(YearMonth.Of(2027, 3)), funded.In(YearMonth.Of(2027, 4)), funded.People));
        Assert.Equal(2 * 16_800m + 2 * 16_800m + 16_800m, funded.Cost(new MonthRange(YearMonth.Of(2027, 1), YearMonth.Of(2027, 3)), ContributionSchedule.Default));
    }

    [Fact]
    public void A_month_is_warned_from_thirty_days_before_it_lapses_with_its_people_and_money()
    {
        Assert.Empty(UnpaidContributions.Find(Cohort(), [], new DateOnly(2027, 3, 1), Options, ContributionSchedule.Default));

        var warned = Assert.Single(UnpaidContributions.Find(Cohort(), [], new DateOnly(2027, 3, 2), Options, ContributionSchedule.Default));

        Assert.Equal((YearMonth.Of(2027, 1), 2, 33_600m, new DateOnly(2027, 4, 1), false), (warned.Month, warned.People, warned.Amount, warned.LapsesOn, warned.Lapsed));
        Assert.Contains("Iuran Januari 2027 untuk 2 peserta (Rp 33.600) belum dibayar", warned.ToIndonesian(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_past_the_lapse_stays_warned_as_lapsed_and_a_paid_period_is_not_warned()
    {
        var late = UnpaidContributions.Find(Cohort(), [], new DateOnly(2027, 4, 2), Options, ContributionSchedule.Default);
        var paidJanuary = UnpaidContributions.Find(Cohort(), [MonthRange.Single(YearMonth.Of(2027, 1))], new DateOnly(2027, 4, 2), Options, ContributionSchedule.Default);
        var paidQuarter = UnpaidContributions.Find(Cohort(), [MonthRange.Quarter(2027, 1)], new DateOnly(2027, 4, 2), Options, ContributionSchedule.Default);

        Assert.Equal([(YearMonth.Of(2027, 1), true), (YearMonth.Of(2027, 2), false)], late.Select(w => (w.Month, w.Lapsed)));
        Assert.Contains("perlindungan mereka terputus", late[0].ToIndonesian(), StringComparison.Ordinal);
        Assert.Equal([YearMonth.Of(2027, 2)], paidJanuary.Select(w => w.Month));
        Assert.Empty(paidQuarter);
    }

    [Fact]
    public void Nobody_funded_is_nothing_to_warn()
    {
        Assert.Empty(UnpaidContributions.Find(new FundedMonths(), [], new DateOnly(2027, 6, 1), Options, ContributionSchedule.Default));
    }

    [Fact]
    public void Consecutive_months_past_the_lapse_are_one_warning_with_their_total_and_a_month_before_its_lapse_its_own()
    {
        var unpaid = UnpaidContributions.Find(Cohort(), [], new DateOnly(2027, 7, 2), Options, ContributionSchedule.Default);

        var sentences = UnpaidWarnings.Sentences(unpaid);

        Assert.Equal([true, true, true, true, false], unpaid.Select(u => u.Lapsed));
        Assert.Equal(2, sentences.Count);
        Assert.Contains("Iuran 4 bulan (Januari – April 2027) untuk 1–2 peserta per bulan (Rp 117.600 seluruhnya)", sentences[0], StringComparison.Ordinal);
        Assert.Equal(unpaid[4].ToIndonesian(), sentences[1]);
    }

    [Fact]
    public void A_paid_month_between_two_lapsed_ones_keeps_them_apart()
    {
        var unpaid = UnpaidContributions.Find(Cohort(), [MonthRange.Single(YearMonth.Of(2027, 2))], new DateOnly(2027, 6, 2), Options, ContributionSchedule.Default);

        var sentences = UnpaidWarnings.Sentences(unpaid);

        Assert.Equal([YearMonth.Of(2027, 1), YearMonth.Of(2027, 3), YearMonth.Of(2027, 4)], unpaid.Select(u => u.Month));
        Assert.Equal([unpaid[0].ToIndonesian(), unpaid[1].ToIndonesian(), unpaid[2].ToIndonesian()], sentences);
    }
}
