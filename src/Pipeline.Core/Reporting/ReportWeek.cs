using System.Globalization;

namespace Pipeline.Core.Reporting;

/// <summary>
/// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday) on the Jakarta clock, written
/// "2026-W48". The unit of the weekly summary: its folder name, its Summaries row and its trend points.
/// </summary>
/// <remarks>
/// The arithmetic is <see cref="ISOWeek"/> from the base library; this type adds parsing, the Jakarta
/// boundaries and stepping across year ends (2021-W01 follows 2020-W53).
/// </remarks>
public readonly record struct ReportWeek : IComparable<ReportWeek>
{
    /// <summary>
    /// The first year a week is read for: far before any data, far enough from the calendar's start that a summary's
    /// trend (weeks back) and the Jakarta offset never step before 0001-01-01 (which threw, a 500 to the caller).
    /// </summary>
    public const int FirstYear = 1900;

    /// <summary>The last year a week is read for: the week's end and the weeks after it stay inside the calendar.</summary>
    public const int LastYear = 9998;

    private ReportWeek(int year, int week)
    {
        Year = year;
        Week = week;
    }

    /// <summary>The ISO week-numbering year, which differs from the calendar year around 1 January.</summary>
    public int Year { get; }

    public int Week { get; }

    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public DateOnly Sunday => Monday.AddDays(6);

    /// <summary>Monday 00:00 WIB.</summary>
    public DateTimeOffset Start => JakartaTime.StartOf(Monday);

    /// <summary>The next Monday 00:00 WIB (exclusive).</summary>
    public DateTimeOffset End => JakartaTime.StartOf(Monday.AddDays(7));

    public ReportWeek Previous => AddWeeks(-1);

    public ReportWeek Next => AddWeeks(1);

    public ReportWeek AddWeeks(int weeks) => Containing(Monday.AddDays(7 * weeks));

    public static ReportWeek Of(int year, int week)
    {
        if (year is < 1 or > 9998 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"{year} has no ISO week {week}.");
        }

        return new ReportWeek(year, week);
    }

    public static ReportWeek Containing(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return new ReportWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>The week an instant falls in on the Jakarta clock (Sunday 17:00 UTC is already Monday in Jakarta).</summary>
    public static ReportWeek Containing(DateTimeOffset instant) => Containing(JakartaTime.DateOf(instant));

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>
    /// Reads "2026-W48" (also "2026-w48", "2026W48"); false for anything else, a week the year lacks, or a year outside
    /// <see cref="FirstYear"/> to <see cref="LastYear"/>.
    /// </summary>
    public static bool TryParse(string? text, out ReportWeek week)
    {
        week = default;
        var value = text?.Trim().ToUpperInvariant().Replace("-W", "W", StringComparison.Ordinal);
        if (value is not { Length: 6 or 7 } || value[4] != 'W'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < FirstYear or > LastYear || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        week = new ReportWeek(year, number);
        return true;
    }

    public static ReportWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week such as 2026-W48.");

    public int CompareTo(ReportWeek other) => (Year, Week).CompareTo((other.Year, other.Week));

    public static bool operator <(ReportWeek a, ReportWeek b) => a.CompareTo(b) < 0;
    public static bool operator >(ReportWeek a, ReportWeek b) => a.CompareTo(b) > 0;
    public static bool operator <=(ReportWeek a, ReportWeek b) => a.CompareTo(b) <= 0;
    public static bool operator >=(ReportWeek a, ReportWeek b) => a.CompareTo(b) >= 0;

    /// <summary>"2026-W48": also the folder name under reports/ and the Summaries row key, so it sorts by time.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-W{Week:D2}");
}
