using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Billing;

/// <summary>
/// Reads a billed amount as BPJS and Excel users write it: a number cell, or text such as "16800", "16.800",
/// "Rp 16.800", "Rp16.800,-", "16.800,00" (Indonesian grouping), "16,800.00" (English grouping).
/// </summary>
/// <remarks>
/// A separator followed by exactly three digits is grouping and one followed by one or two digits is the decimal
/// part, so "16.800" is sixteen thousand eight hundred in either convention. A negative amount (a credit) is not a
/// contribution and is not read: the row is reported and not paid.
/// </remarks>
internal static partial class RupiahAmount
{
    /// <summary>More than any bill for one person could be (a trillion rupiah): beyond it a cell is not an amount.</summary>
    private const decimal Largest = 1_000_000_000_000m;

    public static bool TryRead(object? cell, out decimal amount)
    {
        amount = 0;
        switch (cell)
        {
            case double number when double.IsFinite(number) && number >= 0 && number < (double)Largest:
                amount = Math.Round((decimal)number, 2);
                return true;
            case string text:
                return TryParse(text, out amount);
            default:
                return false;
        }
    }

    public static bool TryParse(string text, out decimal amount)
    {
        amount = 0;
        var value = Currency().Replace(text.Trim(), string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        value = value.EndsWith(",-", StringComparison.Ordinal) || value.EndsWith(".-", StringComparison.Ordinal) ? value[..^2] : value;
        string normal;
        if (IndonesianGrouping().IsMatch(value))
        {
            normal = value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (EnglishGrouping().IsMatch(value))
        {
            normal = value.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (Plain().IsMatch(value))
        {
            normal = value.Replace(',', '.');
        }
        else
        {
            return false;
        }

        return decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount) && amount < Largest;
    }

    [GeneratedRegex(@"^(rp|idr)\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Currency();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+(,\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IndonesianGrouping();

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGrouping();

    [GeneratedRegex(@"^\d+([.,]\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
