using System.Globalization;

namespace Pipeline.Core.Validation;

/// <summary>Renders a cell the way the official saw it in Excel, for <c>WorkerRecord.Raw</c> and messages.</summary>
public static class CellText
{
    /// <summary>Strings as given (trimmed), whole numbers without exponent, dates as yyyy-MM-dd, null as "".</summary>
    public static string Render(object? cell) => cell switch
    {
        null => "",
        string s => s.Trim(),
        double d when Math.Abs(d) < 1e17 && d == Math.Floor(d) => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
