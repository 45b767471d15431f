using System.Globalization;

namespace Pipeline.Core.Validation;

/// <summary>
/// Reads birth dates in the many forms village lists use: real date cells, Excel serial numbers,
/// dd-mm-yyyy / dd/mm/yyyy / dd.mm.yyyy, two-digit years, yyyy-mm-dd, ddmmyyyy, and month names
/// ("12 Maret 1980", "12-Mar-1980", "12 Pebruari 1975").
/// </summary>
/// <remarks>
/// Day-first (Indonesian) order is assumed; a second number above 12 means US order and is swapped.
/// Numeric dates that could be read either way, and date cells that Excel may have converted under the
/// other locale, carry the swapped reading as <see cref="ParsedDate.Alternative"/>.
/// Two-digit years pivot to the past (the latest year not after the reference date's year).
/// A whole number between 1900 and 2100 is a year alone, not a serial (serial 1980 is in 1905), and is unreadable.
/// </remarks>
public static class BirthDateParser
{
    /// <summary>Serial of 2173-10-14; larger whole numbers are not birth dates typed as serials.</summary>
    private const double MaxExcelSerial = 99_999;

    public static bool TryParse(object? cell, DateOnly reference, out ParsedDate result)
    {
        result = default;
        return cell switch
        {
            DateTime dt => SetWithSwap(DateOnly.FromDateTime(dt), out result),
            double d => TryParseNumber(d, out result),
            string s => TryParseText(s.AsSpan().Trim(), reference, out result),
            _ => false,
        };
    }

    public static bool TryParseText(ReadOnlySpan<char> text, DateOnly reference, out ParsedDate result)
    {
        result = default;
        if (text.Length >= 11 && text[10] == 'T' && char.IsAsciiDigit(text[0]))
        {
            text = text[..10];
        }

        if (IsNumber(text))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && TryParseNumber(number, out result);
        }

        Span<Range> parts = stackalloc Range[8];
        var count = Split(text, parts);
        if (count != 3)
        {
            return false;
        }

        var first = text[parts[0]];
        var second = text[parts[1]];
        var third = text[parts[2]];
        if (first.Length == 4 && int.TryParse(first, out var isoYear))
        {
            return TryMonth(second, out var isoMonth, out _) && int.TryParse(third, out var isoDay)
                && Set(isoYear, isoMonth, isoDay, out result);
        }

        if (!int.TryParse(first, out var day) || !TryMonth(second, out var month, out var monthIsName)
            || !TryYear(third, reference, out var year))
        {
            return false;
        }

        if (monthIsName || day == month)
        {
            return Set(year, month, day, out result);
        }

        if (month > 12 && day <= 12)
        {
            return Set(year, day, month, out result);
        }

        if (!Set(year, month, day, out result))
        {
            return false;
        }

        if (day <= 12 && Set(year, day, month, out var swapped))
        {
            result = result with { Alternative = swapped.Date };
        }

        return true;
    }

    private static bool TryParseNumber(double number, out ParsedDate result)
    {
        result = default;
        if (number != Math.Floor(number) || number < 1 || number > 99_999_999)
        {
            return false;
        }

        var whole = (int)number;
        if (whole >= 1_000_000)
        {
            return TryEightDigits(whole, out result);
        }

        if (whole is >= 1900 and <= 2100 || number > MaxExcelSerial)
        {
            return false;
        }

        return SetWithSwap(DateOnly.FromDateTime(DateTime.FromOADate(number)), out result);
    }

    /// <summary>ddMMyyyy typed without separators (7 digits when Excel dropped the leading zero), else yyyyMMdd.</summary>
    private static bool TryEightDigits(int value, out ParsedDate result) =>
        Set(value % 10_000, value / 10_000 % 100, value / 1_000_000, out result)
        || Set(value / 10_000, value / 100 % 100, value % 100, out result);

    private static bool TryMonth(ReadOnlySpan<char> text, out int month, out bool isName)
    {
        isName = false;
        if (int.TryParse(text, out month))
        {
            return month is >= 1 and <= 31;
        }

        month = MonthNames.Parse(text);
        isName = month > 0;
        return isName;
    }

    private static bool TryYear(ReadOnlySpan<char> text, DateOnly reference, out int year)
    {
        if (!int.TryParse(text, out year) || (text.Length != 2 && text.Length != 4))
        {
            return false;
        }

        if (text.Length == 2)
        {
            year += 2000;
            if (year > reference.Year)
            {
                year -= 100;
            }
        }

        return true;
    }

    private static int Split(ReadOnlySpan<char> text, Span<Range> parts)
    {
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isSeparator = i == text.Length || text[i] is '-' or '/' or '.' or ',' or '\\' || char.IsWhiteSpace(text[i]);
            if (!isSeparator)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                if (text[start..i].Contains(':'))
                {
                    start = -1;
                    continue;
                }

                if (count == parts.Length)
                {
                    return count + 1;
                }

                parts[count++] = new Range(start, i);
                start = -1;
            }
        }

        return count;
    }

    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var end = text.EndsWith(".0") ? text.Length - 2 : text.Length;
        foreach (var ch in text[..end])
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A date cell may have been converted by Excel under the other locale (typed 03/04/1980, stored 4 March):
    /// the swapped reading is kept as the alternative for the NIK to confirm.
    /// </summary>
    private static bool SetWithSwap(DateOnly date, out ParsedDate result)
    {
        result = new ParsedDate(date);
        if (date.Day <= 12 && date.Day != date.Month && Set(date.Year, date.Day, date.Month, out var swapped))
        {
            result = result with { Alternative = swapped.Date };
        }

        return true;
    }

    private static bool Set(int year, int month, int day, out ParsedDate result)
    {
        result = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = new ParsedDate(new DateOnly(year, month, day));
        return true;
    }
}
