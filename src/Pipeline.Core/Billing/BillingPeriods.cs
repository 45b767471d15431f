using System.Text.RegularExpressions;
using Pipeline.Core.Budget;

namespace Pipeline.Core.Billing;

/// <summary>
/// Which months a bill covers when the official does not say: named in the bill's path, spanned by the months its
/// rows name, or the configured period (monthly or triwulan) that holds a given month. Never guessed otherwise.
/// </summary>
/// <remarks>
/// Periods of more than one month are aligned to the year (triwulan I is January to March), as the regulations that
/// set them are: a quarterly bill whose rows name only January and February still covers March, so the people funded
/// in March and billed by nobody are found.
/// </remarks>
public static partial class BillingPeriods
{
    /// <summary>The configured period that holds <paramref name="month"/>: the month itself, or its aligned quarter.</summary>
    public static MonthRange Containing(YearMonth month, int periodMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periodMonths, 1);
        var first = YearMonth.Of(month.Year, ((month.Month - 1) / periodMonths * periodMonths) + 1);
        return new MonthRange(first, first.AddMonths(periodMonths - 1));
    }

    /// <summary>The configured periods from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    public static MonthRange Covering(YearMonth first, YearMonth last, int periodMonths) =>
        new(Containing(first, periodMonths).First, Containing(last, periodMonths).Last);

    /// <summary>
    /// A period written in the bill's path or name, the last one wins: <c>tagihan/2027-01/bpjs.xlsx</c>,
    /// <c>tagihan-2027-01..2027-03.xlsx</c>, <c>2027-04_tagihan.csv</c>. Null when the path names none.
    /// </summary>
    public static MonthRange? FromPath(string? path)
    {
        MonthRange? found = null;
        foreach (Match match in PeriodInPath().Matches(path ?? string.Empty))
        {
            if (MonthRange.TryParse(match.Value, out var period))
            {
                found = period;
            }
        }

        return found;
    }

    /// <summary>The configured periods spanned by the months the bill's rows name; null when no row names a readable month.</summary>
    /// <remarks>Reads the rows once, keeping two months: a first pass over a spooled bill, before the real one.</remarks>
    public static MonthRange? FromRows(IEnumerable<BillRow> rows, int periodMonths)
    {
        ArgumentNullException.ThrowIfNull(rows);
        YearMonth? first = null;
        YearMonth? last = null;
        foreach (var row in rows)
        {
            if (row.Month is { } month)
            {
                first = first is { } f && f <= month ? f : month;
                last = last is { } l && l >= month ? l : month;
            }
        }

        return first is { } from && last is { } to ? Covering(from, to, periodMonths) : null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}(?:\.\.\d{4}-\d{2})?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodInPath();
}
