using System.Globalization;
using System.Xml;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading.Ods;

/// <summary>
/// Streams the rows of one <c>table:table</c>: the reader must stand on the table's start element and is left on its
/// end. Repeated rows and cells cost nothing when empty and are bounded by the asked width when filled.
/// </summary>
internal sealed class OdsTableRows(XmlReader reader, int width, ReadingBudget budget)
{
    /// <summary>No spreadsheet application goes past this row; a repeat count beyond it is not real.</summary>
    private const long LastRow = 1 << 24;

    private readonly BoundedText _text = new(budget.Options.MaxCellLength);

    public IEnumerable<RawRow> Read()
    {
        var tableDepth = reader.Depth;
        long rowNumber = 1;
        var cells = new object?[width];
        reader.Read();
        while (reader.Depth > tableDepth && rowNumber <= LastRow)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != OdsNames.Table)
            {
                reader.Read();
                continue;
            }

            switch (reader.LocalName)
            {
                case "table-row":
                    var repeated = Count(reader.GetAttribute("number-rows-repeated", OdsNames.Table));
                    var (used, beyond) = ReadRow(cells);
                    if (used > 0 || beyond)
                    {
                        for (long copy = 0; copy < repeated && rowNumber + copy <= LastRow; copy++)
                        {
                            budget.CheckTime();
                            yield return new RawRow((int)(rowNumber + copy), cells[..used]) { HasCellsBeyond = beyond };
                        }
                    }

                    rowNumber += repeated;
                    break;
                case "table-header-rows" or "table-row-group" or "table-rows":
                    reader.Read();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>Reads one row element to its end into <paramref name="cells"/>; returns the used width and whether content lay beyond it.</summary>
    private (int Used, bool Beyond) ReadRow(object?[] cells)
    {
        Array.Clear(cells);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (0, false);
        }

        var rowDepth = reader.Depth;
        long column = 0;
        var used = 0;
        var beyond = false;
        var seen = 0;
        reader.Read();
        while (reader.Depth > rowDepth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("table-cell" or "covered-table-cell"))
            {
                reader.Read();
                continue;
            }

            if ((++seen & 0xFF) == 0)
            {
                budget.CheckTime();
            }

            var repeated = Count(reader.GetAttribute("number-columns-repeated", OdsNames.Table));
            var value = reader.LocalName == "covered-table-cell" ? SkipCell() : ReadCell();
            if (value is not null)
            {
                for (var c = column; c < Math.Min(column + repeated, width); c++)
                {
                    cells[c] = value;
                    used = (int)c + 1;
                }

                beyond |= column + repeated > width;
            }

            column += repeated;
        }

        reader.Read();
        return (used, beyond);
    }

    private object? SkipCell()
    {
        reader.Skip();
        return null;
    }

    /// <summary>Reads one cell element to past its end and returns its typed value.</summary>
    private object? ReadCell()
    {
        var valueType = reader.GetAttribute("value-type", OdsNames.Office);
        var extendedType = reader.GetAttribute("value-type", OdsNames.CalcExtension);
        var hasFormula = reader.GetAttribute("formula", OdsNames.Table) is not null;
        var number = reader.GetAttribute("value", OdsNames.Office);
        var date = reader.GetAttribute("date-value", OdsNames.Office);
        var boolean = reader.GetAttribute("boolean-value", OdsNames.Office);
        var stringValue = reader.GetAttribute("string-value", OdsNames.Office);
        var text = ReadText();

        if (extendedType == "error")
        {
            return new ErrorCell(text.Length > 0 ? text.Trim() : "#VALUE!");
        }

        switch (valueType)
        {
            case "float" or "percentage" or "currency":
                return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : Text(text);
            case "date":
                return DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : Text(text);
            case "boolean":
                return boolean is "true" or "1";
            case "string":
                return Text(stringValue ?? text);
            case null when hasFormula && text.Length == 0:
                return ErrorCell.UncachedFormula;
            default:
                return Text(text);
        }
    }

    /// <summary>The cell's paragraphs joined by line breaks, with spaces, tabs and breaks; comments left out. Leaves the reader past the cell.</summary>
    private string ReadText()
    {
        _text.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var cellDepth = reader.Depth;
        var paragraphs = 0;
        var paragraphDepth = -1;
        reader.Read();
        while (reader.Depth > cellDepth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "annotation")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == OdsNames.Text)
            {
                switch (reader.LocalName)
                {
                    case "p" or "h":
                        if (paragraphs++ > 0)
                        {
                            _text.Append('\n');
                        }

                        paragraphDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                        break;
                    case "s":
                        var spaces = Math.Min(Count(reader.GetAttribute("c", OdsNames.Text)), budget.Options.MaxCellLength + 1);
                        for (var i = 0; i < spaces; i++)
                        {
                            _text.Append(' ');
                        }

                        break;
                    case "tab":
                        _text.Append('\t');
                        break;
                    case "line-break":
                        _text.Append('\n');
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == paragraphDepth)
            {
                paragraphDepth = -1;
            }
            else if (paragraphDepth >= 0 && BoundedText.IsText(reader.NodeType))
            {
                _text.AppendValue(reader);
            }

            reader.Read();
        }

        reader.Read();
        return _text.ToString();
    }

    private static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static long Count(string? repeat) =>
        long.TryParse(repeat, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0 ? Math.Min(count, LastRow) : 1;
}
