using Pipeline.Core.Budget;

namespace Pipeline.Core.Tests.Budget;

public class YearMonthTests
{
    [Theory]
    [InlineData("2027-01", 2027, 1)]
    [InlineData(" 2026-12 ", 2026, 12)]
    [InlineData("0001-01", 1, 1)]
    [InlineData("9999-12", 9999, 12)]
    public void Reads_and_writes_yyyy_MM(string text, int year, int month)
    {
        var parsed = YearMonth.Parse(text);
        Assert.Equal(year, parsed.Year);
        Assert.Equal(month, parsed.Month);
        Assert.Equal(text.Trim(), parsed.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2027-1")]
    [InlineData("2027-13")]
    [InlineData("2027-00")]
    [InlineData("2027/01")]
    [InlineData("202701")]
    [InlineData("0000-01")]
    [InlineData("Januari 2027")]
    [InlineData("2027-01-15")]
    public void Refuses_anything_but_yyyy_MM(string? text)
    {
        Assert.False(YearMonth.TryParse(text, out _));
        Assert.Throws<FormatException>(() => YearMonth.Parse(text!));
    }

    [Theory]
    [InlineData("2027-01", "Januari 2027")]
    [InlineData("2026-08", "Agustus 2026")]
    [InlineData("2026-12", "Desember 2026")]
    public void Officials_read_the_Indonesian_month(string month, string label) =>
        Assert.Equal(label, YearMonth.Parse(month).ToIndonesian());

    [Fact]
    public void Steps_and_counts_across_year_ends()
    {
        var november = YearMonth.Of(2026, 11);
        Assert.Equal("2027-02", november.AddMonths(3).ToString());
        Assert.Equal("2025-11", november.AddMonths(-12).ToString());
        Assert.Equal("2026-12", november.Next.ToString());
        Assert.Equal("2026-10", november.Previous.ToString());
        Assert.Equal(3, YearMonth.MonthsBetween(november, YearMonth.Of(2027, 2)));
        Assert.Equal(-3, YearMonth.MonthsBetween(YearMonth.Of(2027, 2), november));
        Assert.Equal(new DateOnly(2026, 11, 1), november.FirstDay);
        Assert.Equal(new DateOnly(2027, 2, 28), YearMonth.Of(2027, 2).LastDay);
        Assert.Equal(new DateOnly(2028, 2, 29), YearMonth.Of(2028, 2).LastDay);
        Assert.Equal(november, YearMonth.Of(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public void Compares_in_time_order()
    {
        var december = YearMonth.Of(2026, 12);
        var january = YearMonth.Of(2027, 1);
        Assert.True(december < january && january > december && december <= YearMonth.Parse("2026-12") && january >= december);
        Assert.True(december != january && december == YearMonth.Parse("2026-12"));
        Assert.Equal(-1, december.CompareTo(january));
        Assert.Equal(december.GetHashCode(), YearMonth.Parse("2026-12").GetHashCode());
        Assert.Equal(["2026-11", "2026-12", "2027-01"], new[] { january, YearMonth.Of(2026, 11), december }.Order().Select(m => m.ToString()));
    }

    [Fact]
    public void Refuses_impossible_months()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.Of(2027, 13));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.Of(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => YearMonth.Of(9999, 12).Next);
    }
}

public class MonthRangeTests
{
    [Theory]
    [InlineData("2027-01", 1, "Januari 2027")]
    [InlineData("2027-01..2027-03", 3, "Januari – Maret 2027")]
    [InlineData("2026-11..2027-01", 3, "November 2026 – Januari 2027")]
    [InlineData("2027-01..2027-12", 12, "Januari – Desember 2027")]
    public void Reads_a_month_or_a_span(string text, int months, string label)
    {
        var range = MonthRange.Parse(text);
        Assert.Equal(months, range.Count);
        Assert.Equal(text, range.ToString());
        Assert.Equal(label, range.ToIndonesian());
        Assert.Equal(months, range.Count());
    }

    [Theory]
    [InlineData("2027-03..2027-01")]
    [InlineData("2027-01..")]
    [InlineData("..2027-01")]
    [InlineData("2027-01-2027-03")]
    [InlineData("Q1 2027")]
    public void Refuses_what_is_not_a_period(string text) => Assert.False(MonthRange.TryParse(text, out _));

    [Fact]
    public void A_quarter_is_three_months_and_knows_its_positions()
    {
        var quarter = MonthRange.Quarter(2027, 1);
        Assert.Equal("2027-01..2027-03", quarter.ToString());
        Assert.Equal(["2027-01", "2027-02", "2027-03"], quarter.Select(m => m.ToString()));
        Assert.Equal(1, quarter.IndexOf(YearMonth.Of(2027, 2)));
        Assert.Equal(-1, quarter.IndexOf(YearMonth.Of(2027, 4)));
        Assert.Equal(-1, quarter.IndexOf(YearMonth.Of(2026, 12)));
        Assert.True(quarter.Contains(YearMonth.Of(2027, 3)));
        Assert.Equal(YearMonth.Of(2027, 3), quarter[2]);
        Assert.Equal("2027-10..2027-12", MonthRange.Quarter(2027, 4).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthRange.Quarter(2027, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => quarter[3]);
    }

    [Fact]
    public void A_month_is_charged_at_the_rate_in_force_on_its_first_day()
    {
        var schedule = new ContributionSchedule(new ContributionOptions
        {
            Rates =
            [
                new ContributionRate { From = new DateOnly(2015, 7, 1), Jkk = 10_000m, Jkm = 6_800m },
                new ContributionRate { From = new DateOnly(2027, 3, 1), Jkk = 12_000m, Jkm = 8_000m },
                new ContributionRate { From = new DateOnly(2027, 6, 15), Jkk = 15_000m, Jkm = 8_000m },
            ],
        });

        Assert.Equal(16_800m, schedule.RateIn(YearMonth.Of(2027, 2)).Monthly);
        Assert.Equal(20_000m, schedule.RateIn(YearMonth.Of(2027, 3)).Monthly);
        // A rate from the 15th is charged from the next whole month.
        Assert.Equal(20_000m, schedule.RateIn(YearMonth.Of(2027, 6)).Monthly);
        Assert.Equal(23_000m, schedule.RateIn(YearMonth.Of(2027, 7)).Monthly);
    }
}
