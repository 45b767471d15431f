using System.Globalization;
using System.Xml;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// Streams the rows of one worksheet part: only rows that are in the file, only cells inside the asked width, each
/// value typed as the contract wants it (text, number, date, bool, <see cref="ErrorCell"/>).
/// </summary>
/// <remarks>
/// Rows are read in document order. A row whose <c>r</c> repeats or goes backwards (some generators write
/// <c>r="1"</c> on every row) takes the number after the previous row's, as ExcelDataReader does, and
/// <paramref name="onRenumbered"/> is told so the uploader gets a notice; a shared-string index past the table is
/// a damaged cell (<see cref="ErrorCell.Damaged"/>), not an empty one.
/// </remarks>
internal sealed class XlsxSheetRows(
    PackageParts parts,
    string part,
    SharedStringTable sharedStrings,
    bool[] dateStyles,
    bool isDate1904,
    ReadingBudget budget,
    Action onRenumbered)
{
    private readonly BoundedText _text = new(budget.Options.MaxCellLength * XlsxEscapes.LongestEscape);

    public IEnumerable<RawRow> Read(int width)
    {
        using var reader = parts.OpenXml(part);
        if (reader is null)
        {
            yield break;
        }

        var cells = new object?[width];
        var lastRow = 0;
        var rowNumber = 0;
        var column = -1;
        var used = 0;
        var beyond = false;
        var inRow = false;
        var elements = 0;
        while (reader.Read())
        {
            if ((++elements & 0x3FF) == 0)
            {
                budget.CheckTime();
            }

            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && inRow)
            {
                inRow = false;
                if (used > 0 || beyond)
                {
                    yield return new RawRow(rowNumber, cells[..used]) { HasCellsBeyond = beyond };
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "row")
            {
                rowNumber = PositiveInt(reader.GetAttribute("r")) ?? lastRow + 1;
                if (rowNumber <= lastRow)
                {
                    rowNumber = lastRow + 1;
                    onRenumbered();
                }

                lastRow = rowNumber;
                Array.Clear(cells, 0, used);
                used = 0;
                column = -1;
                beyond = false;
                inRow = !reader.IsEmptyElement;
            }
            else if (reader.LocalName == "c" && inRow)
            {
                column = ColumnIndex(reader.GetAttribute("r")) ?? column + 1;
                var value = ReadCell(reader);
                if (value is null)
                {
                    continue;
                }

                if (column < width)
                {
                    cells[column] = value;
                    used = Math.Max(used, column + 1);
                }
                else
                {
                    beyond = true;
                }
            }
        }
    }

    /// <summary>Reads one <c>c</c> element to its end and returns its typed value, or null when it holds nothing.</summary>
    private object? ReadCell(XmlReader reader)
    {
        var type = reader.GetAttribute("t");
        var style = PositiveInt(reader.GetAttribute("s")) ?? 0;
        if (reader.IsEmptyElement)
        {
            return null;
        }

        string? value = null;
        string? inline = null;
        var hasFormula = false;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "v":
                    value = _text.ReadElement(reader);
                    break;
                case "f":
                    hasFormula = true;
                    break;
                case "is":
                    inline = ReadInline(reader);
                    break;
            }
        }

        return Convert(type, style, value, inline, hasFormula);
    }

    private object? Convert(string? type, int style, string? value, string? inline, bool hasFormula)
    {
        if (type == "inlineStr")
        {
            return Text(XlsxEscapes.Decode(inline ?? value ?? ""));
        }

        if (string.IsNullOrEmpty(value))
        {
            return hasFormula && type != "str" ? ErrorCell.UncachedFormula : null;
        }

        switch (type)
        {
            case "s":
                return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && sharedStrings.Get(index) is { } shared
                    ? Text(shared)
                    : ErrorCell.Damaged;
            case "str":
                return Text(XlsxEscapes.Decode(value));
            case "b":
                return value.Trim() is "1" or "true";
            case "e":
                return new ErrorCell(value.Trim());
            case "d":
                return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date) ? date : Text(value);
            default:
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return Text(value);
                }

                return style < dateStyles.Length && dateStyles[style] ? ToDate(number) : number;
        }
    }

    private object ToDate(double serial)
    {
        var days = isDate1904 ? serial + 1462 : serial;
        return days is > -657435 and < 2958466 ? DateTime.FromOADate(days) : serial;
    }

    private string? ReadInline(XmlReader reader)
    {
        _text.Clear();
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        var inText = false;
        var skipDepth = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "rPh" && !reader.IsEmptyElement && skipDepth < 0)
                {
                    skipDepth = reader.Depth;
                }

                inText = reader.LocalName == "t" && skipDepth < 0 && !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                skipDepth = reader.Depth == skipDepth ? -1 : skipDepth;
                inText = false;
            }
            else if (inText && BoundedText.IsText(reader.NodeType))
            {
                _text.AppendValue(reader);
            }
        }

        return _text.ToString();
    }

    private static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static int? PositiveInt(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    /// <summary>0-based column of a reference such as "C12" or "XFD1048576"; null when absent or malformed.</summary>
    internal static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var ch in reference)
        {
            var upper = (char)(ch & ~0x20);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
            if (++letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }
}
