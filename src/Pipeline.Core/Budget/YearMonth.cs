using System.Globalization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Budget;

/// <summary>
/// A calendar month, written "2027-01": the unit the regency pays BPJS contributions in. A person is funded from a
/// first month, ends from a month, and a bill covers a month or a quarter of them.
/// </summary>
/// <remarks>
/// A value type of one <see cref="int"/> (months since January of year 1), so columns of months cost four bytes each
/// and comparing or stepping is arithmetic. The text form is the only one tools and folder names use
/// (<c>reconciliation/2027-01/</c>); officials read <see cref="ToIndonesian"/> ("Januari 2027").
/// </remarks>
public readonly struct YearMonth : IEquatable<YearMonth>, IComparable<YearMonth>
{
    private const int MinYear = 1;
    private const int MaxYear = 9999;

    /// <summary>(year − 1) × 12 + (month − 1): 0 is January of year 1.</summary>
    private readonly int _ordinal;

    private YearMonth(int ordinal) => _ordinal = ordinal;

    public int Year => (_ordinal / 12) + 1;

    /// <summary>1 (January) to 12 (December).</summary>
    public int Month => (_ordinal % 12) + 1;

    /// <summary>The first day of the month: the date a month's contribution rate is looked up on.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public YearMonth Next => AddMonths(1);

    public YearMonth Previous => AddMonths(-1);

    /// <summary>Months since January of year 1; what compact columns store.</summary>
    internal int Ordinal => _ordinal;

    public static YearMonth Of(int year, int month)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"A year is {MinYear} to {MaxYear}.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), "A month is 1 to 12.");
        }

        return new YearMonth(((year - 1) * 12) + month - 1);
    }

    /// <summary>The month <paramref name="date"/> falls in.</summary>
    public static YearMonth Of(DateOnly date) => Of(date.Year, date.Month);

    internal static YearMonth FromOrdinal(int ordinal) =>
        ordinal is >= 0 and < MaxYear * 12 ? new YearMonth(ordinal) : throw new ArgumentOutOfRangeException(nameof(ordinal));

    public YearMonth AddMonths(int months) => FromOrdinal(checked(_ordinal + months));

    /// <summary>How many months from <paramref name="from"/> to <paramref name="to"/>: 2 from January to March, negative backwards.</summary>
    public static int MonthsBetween(YearMonth from, YearMonth to) => to._ordinal - from._ordinal;

    /// <summary>Reads exactly "yyyy-MM" (surrounding spaces allowed), as the command line and folder names write it.</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        var value = text.AsSpan().Trim();
        if (value.Length != 7 || value[4] != '-'
            || !int.TryParse(value[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < MinYear or > MaxYear || number is < 1 or > 12)
        {
            return false;
        }

        month = Of(year, number);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month such as 2027-01.");

    /// <summary>"2027-01".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>"Januari 2027", as officials write a month.</summary>
    public string ToIndonesian() => string.Create(CultureInfo.InvariantCulture, $"{IndonesianFormat.MonthName(Month)} {Year}");

    public int CompareTo(YearMonth other) => _ordinal.CompareTo(other._ordinal);

    public bool Equals(YearMonth other) => _ordinal == other._ordinal;

    public override bool Equals(object? obj) => obj is YearMonth other && Equals(other);

    public override int GetHashCode() => _ordinal;

    public static bool operator ==(YearMonth a, YearMonth b) => a._ordinal == b._ordinal;
    public static bool operator !=(YearMonth a, YearMonth b) => a._ordinal != b._ordinal;
    public static bool operator <(YearMonth a, YearMonth b) => a._ordinal < b._ordinal;
    public static bool operator >(YearMonth a, YearMonth b) => a._ordinal > b._ordinal;
    public static bool operator <=(YearMonth a, YearMonth b) => a._ordinal <= b._ordinal;
    public static bool operator >=(YearMonth a, YearMonth b) => a._ordinal >= b._ordinal;
}
