namespace Pipeline.Core.Results;

/// <summary>A1-style references, for cell and range addresses in the sheet XML.</summary>
internal static class CellReference
{
    /// <summary>"A" for 1, "Z" for 26, "AA" for 27.</summary>
    public static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    public static string Of(int row, int column) => Column(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The absolute form Excel uses in defined names, e.g. $A$1:$H$3.</summary>
    public static string AbsoluteRange(int lastRow, int lastColumn) =>
        $"$A$1:${Column(lastColumn)}${lastRow.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Whole rows, as print titles name them, e.g. $1:$1.</summary>
    public static string AbsoluteRows(int firstRow, int lastRow) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"${firstRow}:${lastRow}");

    /// <summary>A sheet name as formulas and defined names write it: quoted unless it is letters, digits and underscores.</summary>
    public static string Sheet(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
