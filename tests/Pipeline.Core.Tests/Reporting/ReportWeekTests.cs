using Pipeline.Core.Reporting;

namespace Pipeline.Core.Tests.Reporting;

public class ReportWeekTests
{
    [Theory]
    [InlineData("2026-11-30", "2026-W49")]
    [InlineData("2026-11-29", "2026-W48")]
    [InlineData("2026-11-23", "2026-W48")]
    // Year boundaries: the ISO year follows the Thursday.
    [InlineData("2020-12-31", "2020-W53")]
    [InlineData("2021-01-03", "2020-W53")]
    [InlineData("2021-01-04", "2021-W01")]
    [InlineData("2024-12-30", "2025-W01")]
    [InlineData("2025-12-28", "2025-W52")]
    [InlineData("2025-12-29", "2026-W01")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-03", "2026-W53")]
    [InlineData("2027-01-04", "2027-W01")]
    [InlineData("2016-01-01", "2015-W53")]
    public void A_date_falls_in_its_ISO_week(string date, string expected) =>
        Assert.Equal(expected, ReportWeek.Containing(DateOnly.Parse(date)).ToString());

    [Theory]
    // Sunday 23:59 in Jakarta is 16:59 UTC: still that week.
    [InlineData("2026-11-29T16:59:59Z", "2026-W48")]
    // Monday 00:00 in Jakarta is Sunday 17:00 UTC: already the next week, although UTC says Sunday.
    [InlineData("2026-11-29T17:00:00Z", "2026-W49")]
    // New Year in Jakarta comes seven hours before UTC's.
    [InlineData("2026-12-31T17:30:00Z", "2026-W53")]
    [InlineData("2027-01-03T17:00:00Z", "2027-W01")]
    [InlineData("2027-01-03T16:59:59Z", "2026-W53")]
    public void An_instant_is_placed_on_the_Jakarta_clock(string instant, string expected) =>
        Assert.Equal(expected, ReportWeek.Containing(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).ToString());

    [Fact]
    public void A_week_runs_from_Monday_midnight_WIB_to_the_next()
    {
        var week = ReportWeek.Parse("2026-W48");
        Assert.Equal(new DateOnly(2026, 11, 23), week.Monday);
        Assert.Equal(new DateOnly(2026, 11, 29), week.Sunday);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 17, 0, 0, TimeSpan.Zero), week.End);
        Assert.True(week.Contains(week.Start));
        Assert.False(week.Contains(week.End));
        Assert.True(week.Next.Contains(week.End));
    }

    [Theory]
    [InlineData("2021-W01", "2020-W53", "2021-W02")]
    [InlineData("2027-W01", "2026-W53", "2027-W02")]
    [InlineData("2026-W01", "2025-W52", "2026-W02")]
    [InlineData("2026-W53", "2026-W52", "2027-W01")]
    [InlineData("2020-W53", "2020-W52", "2021-W01")]
    public void Steps_cross_year_ends(string week, string previous, string next)
    {
        var parsed = ReportWeek.Parse(week);
        Assert.Equal(previous, parsed.Previous.ToString());
        Assert.Equal(next, parsed.Next.ToString());
        Assert.True(parsed.Previous < parsed && parsed < parsed.Next);
    }

    [Theory]
    [InlineData("2026-W48", 2026, 48)]
    [InlineData("2026w48", 2026, 48)]
    [InlineData(" 2026-w05 ", 2026, 5)]
    [InlineData("2026-W5", 2026, 5)]
    [InlineData("2020-W53", 2020, 53)]
    public void Parses_week_names(string text, int year, int number)
    {
        Assert.True(ReportWeek.TryParse(text, out var week));
        Assert.Equal((year, number), (week.Year, week.Week));
    }

    [Theory]
    [InlineData("2025-W53")] // 2025 has 52 weeks
    [InlineData("2026-W00")]
    [InlineData("2026-W54")]
    [InlineData("2026-48")]
    [InlineData("26-W48")]
    [InlineData("2026-W4x")]
    [InlineData("0001-W01")] // its previous weeks (the trend) fall before the calendar begins
    [InlineData("1899-W10")]
    [InlineData("9999-W52")] // its end falls after the calendar ends
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_what_is_not_a_week(string? text)
    {
        Assert.False(ReportWeek.TryParse(text, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWeek.Of(2025, 53));
    }

    [Fact]
    public void Every_day_of_a_long_span_lies_in_the_week_that_contains_it()
    {
        for (var day = new DateOnly(2019, 12, 1); day < new DateOnly(2033, 2, 1); day = day.AddDays(1))
        {
            var week = ReportWeek.Containing(day);
            Assert.InRange(day, week.Monday, week.Sunday);
            Assert.Equal(DayOfWeek.Monday, week.Monday.DayOfWeek);
            Assert.Equal(week, ReportWeek.Parse(week.ToString()));
        }
    }
}
