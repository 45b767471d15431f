using System.Globalization;
using Pipeline.Core.Budget;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Billing;

/// <summary>
/// Reads the month of a bill row (BULAN / PERIODE column) as it is written: a date cell, "2027-01", "01/2027",
/// "Januari 2027", "JAN-27", "202701", or a full date ("01-01-2027", "2027-01-31", "1 Januari 2027") whose month is
/// taken. A span of months ("Jan-Mar 2027") is not one month and is not read.
/// </summary>
/// <remarks>Month names are the ones village lists use (<see cref="MonthNames"/>): Indonesian, old spellings, English.</remarks>
internal static class BillMonth
{
    private static readonly char[] Separators = [' ', '-', '/', '.', ',', '_'];

    public static bool TryRead(object? cell, out YearMonth month)
    {
        month = default;
        switch (cell)
        {
            case DateTime date:
                month = YearMonth.Of(date.Year, date.Month);
                return true;
            case double number when number == Math.Floor(number) && number is >= 100001 and <= 999912:
                return TryYearMonth((int)(number / 100), (int)(number % 100), out month);
            case string text:
                return TryParse(text, out month);
            default:
                return false;
        }
    }

    public static bool TryParse(string text, out YearMonth month)
    {
        if (YearMonth.TryParse(text, out month))
        {
            return true;
        }

        var tokens = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return tokens.Length switch
        {
            1 => tokens[0].Length == 6 && Number(tokens[0]) is { } yyyymm && TryYearMonth(yyyymm / 100, yyyymm % 100, out month),
            2 => TryPair(tokens[0], tokens[1], out month) || TryPair(tokens[1], tokens[0], out month),
            3 => (tokens[0].Length <= 2 && Number(tokens[0]) is >= 1 and <= 31 && TryPair(tokens[1], tokens[2], out month))
                 || (tokens[0].Length == 4 && Number(tokens[2]) is >= 1 and <= 31 && TryPair(tokens[1], tokens[0], out month)),
            _ => false,
        };
    }

    /// <summary>A month token (number or name) and a year token (four digits, or two after a month name).</summary>
    private static bool TryPair(string monthToken, string yearToken, out YearMonth month)
    {
        month = default;
        var named = MonthNames.Parse(monthToken);
        var number = named > 0 ? named : monthToken.Length <= 2 ? Number(monthToken) ?? 0 : 0;
        var year = yearToken.Length == 4 ? Number(yearToken)
            : yearToken.Length == 2 && named > 0 ? 2000 + Number(yearToken)
            : null;
        return year is { } y && TryYearMonth(y, number, out month);
    }

    private static bool TryYearMonth(int year, int number, out YearMonth month)
    {
        month = default;
        if (year is < 1900 or > 9999 || number is < 1 or > 12)
        {
            return false;
        }

        month = YearMonth.Of(year, number);
        return true;
    }

    private static int? Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
