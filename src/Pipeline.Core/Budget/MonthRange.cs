using System.Collections;

namespace Pipeline.Core.Budget;

/// <summary>
/// Consecutive calendar months, first and last included, written "2027-01..2027-03" (a single month is written
/// "2027-01"): the period a BPJS bill covers. Regencies pay monthly or by triwulan (a quarter), so the period is
/// configured or given per bill, never assumed.
/// </summary>
public readonly record struct MonthRange : IEnumerable<YearMonth>
{
    private const string Separator = "..";

    public MonthRange(YearMonth first, YearMonth last)
    {
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(last), $"The period ends ({last}) before it starts ({first}).");
        }

        First = first;
        Last = last;
    }

    public YearMonth First { get; }

    public YearMonth Last { get; }

    /// <summary>How many months the period holds: 1 for a month, 3 for a quarter.</summary>
    public int Count => YearMonth.MonthsBetween(First, Last) + 1;

    public static MonthRange Single(YearMonth month) => new(month, month);

    /// <summary>Triwulan <paramref name="quarter"/> (1 to 4) of <paramref name="year"/>: 2027 Q1 is 2027-01..2027-03.</summary>
    public static MonthRange Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = YearMonth.Of(year, ((quarter - 1) * 3) + 1);
        return new MonthRange(first, first.AddMonths(2));
    }

    public bool Contains(YearMonth month) => month >= First && month <= Last;

    /// <summary>The 0-based position of <paramref name="month"/> in the period, or -1 when it lies outside.</summary>
    public int IndexOf(YearMonth month) => Contains(month) ? YearMonth.MonthsBetween(First, month) : -1;

    public YearMonth this[int index] =>
        index >= 0 && index < Count ? First.AddMonths(index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Reads "2027-01..2027-03", or "2027-01" for one month.</summary>
    public static bool TryParse(string? text, out MonthRange range)
    {
        range = default;
        var value = text?.Trim() ?? string.Empty;
        var separator = value.IndexOf(Separator, StringComparison.Ordinal);
        if (separator < 0)
        {
            if (!YearMonth.TryParse(value, out var month))
            {
                return false;
            }

            range = Single(month);
            return true;
        }

        if (!YearMonth.TryParse(value[..separator], out var first) || !YearMonth.TryParse(value[(separator + Separator.Length)..], out var last)
            || last < first)
        {
            return false;
        }

        range = new MonthRange(first, last);
        return true;
    }

    public static MonthRange Parse(string text) =>
        TryParse(text, out var range) ? range : throw new FormatException($"'{text}' is not a period such as 2027-01 or 2027-01..2027-03.");

    /// <summary>"2027-01" for one month, "2027-01..2027-03" for more: also the form folder and file names take.</summary>
    public override string ToString() => Count == 1 ? First.ToString() : First + Separator + Last;

    /// <summary>"Januari 2027", "Januari – Maret 2027", or "November 2026 – Januari 2027" across a year end.</summary>
    public string ToIndonesian() =>
        Count == 1 ? First.ToIndonesian()
        : First.Year == Last.Year ? $"{Reporting.IndonesianFormat.MonthName(First.Month)} – {Last.ToIndonesian()}"
        : $"{First.ToIndonesian()} – {Last.ToIndonesian()}";

    public IEnumerator<YearMonth> GetEnumerator()
    {
        for (var index = 0; index < Count; index++)
        {
            yield return First.AddMonths(index);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
