using System.Globalization;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Billing;

/// <summary>
/// KPJ and NIK as keys to find a funded person: the digits only, or null when the cell cannot be one.
/// </summary>
/// <remarks>
/// Spaces, dots, dashes and the apostrophe Excel users type to force text are removed, as for village lists
/// (<see cref="NikRule.Clean"/>). A KPJ (usually 11 digits) survives Excel's number format, so a whole-number cell is
/// read; a NIK in a number cell has lost its last digit and is refused. The NIK's other rules (province, birth date)
/// are not checked here: the NIK is only looked up, and one that matches nobody is simply not funded.
/// </remarks>
internal static class BillIdentifiers
{
    public const int MinKpjDigits = 8;
    public const int MaxKpjDigits = 13;

    public static string? Kpj(object? cell)
    {
        var digits = cell switch
        {
            double number when number == Math.Floor(number) && number is > 0 and < 1e13 => number.ToString("0", CultureInfo.InvariantCulture),
            string text => NikRule.Clean(text),
            _ => null,
        };
        return digits is { Length: >= MinKpjDigits and <= MaxKpjDigits } && IsDigits(digits) ? digits : null;
    }

    public static string? Nik(object? cell)
    {
        var digits = cell is string text ? NikRule.Clean(text) : null;
        return digits is { Length: 16 } && IsDigits(digits) ? digits : null;
    }

    private static bool IsDigits(string text) => text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
}
