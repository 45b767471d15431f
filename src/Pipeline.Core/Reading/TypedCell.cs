using System.Globalization;

namespace Pipeline.Core.Reading;

/// <summary>Small helpers that look at a typed cell as text, shared by header, numbering and footer checks.</summary>
internal static class TypedCell
{
    public static bool IsEmpty(object? cell) => cell is null || (cell is string text && string.IsNullOrWhiteSpace(text));

    public static string AsText(object? cell) => cell switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString(CultureInfo.InvariantCulture),
        DateTime => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    /// <summary>Excel cells arrive as many CLR types; the contract (see SourceRow) allows string, double, DateTime, bool, null.</summary>
    public static object? ToContractType(object? value) => value switch
    {
        null or DBNull => null,
        string text => text.Length == 0 ? null : text,
        double or DateTime or bool => value,
        int or long or short or byte or float or decimal => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        TimeSpan time => time.ToString("c", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
