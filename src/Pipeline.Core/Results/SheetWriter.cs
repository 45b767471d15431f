using System.Globalization;
using System.Xml;

namespace Pipeline.Core.Results;

/// <summary>
/// Streams one worksheet part, SAX-style, so a sheet of any length costs only the row being written.
/// </summary>
/// <remarks>
/// Calls must follow the worksheet schema order: <c>View</c>, <see cref="Columns"/>, then rows, then
/// <see cref="AutoFilter"/>; the print settings given to the constructor are written around them. Text is always an
/// inline string (no shared-string table grows, and no text can ever become a formula: this writer has no way to
/// write one); text that starts like a formula also gets the quote prefix (<see cref="SafeCellText"/>).
/// The part is written with a plain <see cref="XmlWriter"/>, element by element: the Open XML SDK's writer builds an
/// element object per cell, which made writing a result workbook cost more than matching its rows.
/// </remarks>
internal sealed class SheetWriter : IDisposable
{
    /// <summary>The most characters Excel accepts in one cell.</summary>
    internal const int MaxCellText = 32_767;

    internal const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly DateTime FirstSerialDate = new(1900, 3, 1);

    private readonly XmlWriter _writer;
    private readonly StyleRegistry _styles;
    private readonly PrintLayout? _print;
    private readonly List<string> _columnNames = [];
    private readonly Stream? _ownedStream;
    private bool _inSheetData;
    private bool _sheetDataDone;
    private bool _inRow;
    private int _rowNumber;
    private string _rowText = "0";
    private bool _closed;

    /// <param name="print">How the sheet prints; null leaves the spreadsheet's defaults.</param>
    /// <param name="ownsStream">Dispose <paramref name="partStream"/> with the writer (the sheet's zip entry).</param>
    public SheetWriter(Stream partStream, StyleRegistry styles, PrintLayout? print = null, bool ownsStream = false)
    {
        this._styles = styles;
        this._print = print;
        _ownedStream = ownsStream ? partStream : null;
        _writer = XmlWriter.Create(partStream, new XmlWriterSettings { Encoding = StreamingWorkbook.Utf8, CloseOutput = false });
        _writer.WriteStartDocument();
        _writer.WriteStartElement("worksheet", Namespace);
        print?.WriteSheetProperties(_writer);
    }

    /// <summary>The number of the last row started, 0 before the first.</summary>
    public int LastRow => _rowNumber;

    /// <summary>How the sheet opens: <paramref name="selected"/> for the workbook's active sheet, the header row frozen on request.</summary>
    public void View(bool selected, bool freezeTopRow = false) => View(selected, freezeTopRow ? 1 : 0, 0);

    /// <summary>How the sheet opens, with rows 1 to <paramref name="frozenRows"/> and the first <paramref name="frozenColumns"/> columns kept in view.</summary>
    public void View(bool selected, int frozenRows, int frozenColumns)
    {
        _writer.WriteStartElement("sheetViews", Namespace);
        _writer.WriteStartElement("sheetView", Namespace);
        if (selected)
        {
            _writer.WriteAttributeString("tabSelected", "1");
        }

        _writer.WriteAttributeString("workbookViewId", "0");
        if (frozenRows > 0 || frozenColumns > 0)
        {
            var topLeft = CellReference.Of(frozenRows + 1, frozenColumns + 1);
            var pane = frozenColumns == 0 ? "bottomLeft" : frozenRows == 0 ? "topRight" : "bottomRight";
            _writer.WriteStartElement("pane", Namespace);
            if (frozenColumns > 0)
            {
                _writer.WriteAttributeString("xSplit", frozenColumns.ToString(CultureInfo.InvariantCulture));
            }

            if (frozenRows > 0)
            {
                _writer.WriteAttributeString("ySplit", frozenRows.ToString(CultureInfo.InvariantCulture));
            }

            _writer.WriteAttributeString("topLeftCell", topLeft);
            _writer.WriteAttributeString("activePane", pane);
            _writer.WriteAttributeString("state", "frozen");
            _writer.WriteEndElement();
            _writer.WriteStartElement("selection", Namespace);
            _writer.WriteAttributeString("pane", pane);
            _writer.WriteAttributeString("activeCell", topLeft);
            _writer.WriteAttributeString("sqref", topLeft);
            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    /// <summary>
    /// Column widths (and a column style, e.g. wrap text or the Text format, which also applies to cells typed
    /// later), 1-based column numbers.
    /// </summary>
    public void Columns(params (int Column, double Width, CellStyle Style)[] columns)
    {
        if (columns.Length == 0)
        {
            return;
        }

        _writer.WriteStartElement("cols", Namespace);
        foreach (var (column, width, style) in columns.OrderBy(c => c.Column))
        {
            var number = column.ToString(CultureInfo.InvariantCulture);
            _writer.WriteStartElement("col", Namespace);
            _writer.WriteAttributeString("min", number);
            _writer.WriteAttributeString("max", number);
            _writer.WriteAttributeString("width", width.ToString("R", CultureInfo.InvariantCulture));
            if (style != CellStyle.Default)
            {
                _writer.WriteAttributeString("style", _styles.IndexOf(style).ToString(CultureInfo.InvariantCulture));
            }

            _writer.WriteAttributeString("customWidth", "1");
            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
    }

    /// <param name="lines">
    /// How many lines of text the row's tallest (wrapped) cell holds. The height is written for rows taller than one
    /// line because a spreadsheet does not reliably fit row heights to wrapped text when it opens a file (LibreOffice
    /// does not), and a row left one line high shows and prints its explanation cut.
    /// </param>
    /// <param name="lineHeight">Points per line: <see cref="TextWidth.LineHeight"/>, more for a larger font.</param>
    public void StartRow(int lines = 1, double lineHeight = TextWidth.LineHeight)
    {
        EndRow();
        if (!_inSheetData)
        {
            _writer.WriteStartElement("sheetData", Namespace);
            _inSheetData = true;
        }

        _rowNumber++;
        _rowText = _rowNumber.ToString(CultureInfo.InvariantCulture);
        _writer.WriteStartElement("row", Namespace);
        _writer.WriteAttributeString("r", _rowText);
        var height = lines * lineHeight;
        if (height > TextWidth.LineHeight)
        {
            _writer.WriteAttributeString("ht", height.ToString(CultureInfo.InvariantCulture));
            _writer.WriteAttributeString("customHeight", "1");
        }

        _inRow = true;
    }

    /// <summary>A new row of bold headings from column A on; an empty heading leaves its column blank.</summary>
    public void Headings(params string[] headings)
    {
        StartRow();
        for (var c = 0; c < headings.Length; c++)
        {
            if (headings[c].Length > 0)
            {
                Text(c + 1, headings[c], CellStyle.Bold);
            }
        }
    }

    /// <summary>Skips <paramref name="count"/> empty rows.</summary>
    public void SkipRows(int count)
    {
        EndRow();
        _rowNumber += count;
    }

    public void Text(int column, string? text, CellStyle style = default)
    {
        var clean = XmlText.Clean(text ?? string.Empty);
        if (clean.Length > MaxCellText)
        {
            // Excel declares a file corrupt if a cell holds more; the official still sees the start.
            clean = clean[..(char.IsHighSurrogate(clean[MaxCellText - 1]) ? MaxCellText - 1 : MaxCellText)];
        }

        if (SafeCellText.StartsLikeFormula(clean))
        {
            style = style with { QuotePrefix = true };
        }

        StartCell(column, style, "inlineStr");
        _writer.WriteStartElement("is", Namespace);
        _writer.WriteStartElement("t", Namespace);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]) || clean.Contains('\n')))
        {
            _writer.WriteAttributeString("xml", "space", null, "preserve");
        }

        _writer.WriteString(clean);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    public void Number(int column, double value, CellStyle style = default)
    {
        if (!double.IsFinite(value))
        {
            Text(column, value.ToString(CultureInfo.InvariantCulture), style);
            return;
        }

        StartCell(column, style, null);
        Value(value.ToString("R", CultureInfo.InvariantCulture));
    }

    public void Number(int column, int value, CellStyle style = default)
    {
        StartCell(column, style, null);
        Value(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Number(int column, decimal value, CellStyle style = default)
    {
        StartCell(column, style, null);
        Value(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A date as Excel stores it: a serial number shown with the dd-mm-yyyy format.</summary>
    public void Date(int column, DateTime value, CellStyle style = default)
    {
        if (value < FirstSerialDate)
        {
            // Excel's serial numbers are wrong before March 1900 (its 1900 leap-year bug); show the date as text.
            Text(column, value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), style);
            return;
        }

        StartCell(column, style with { Number = NumberKind.Date }, null);
        Value(value.ToOADate().ToString("R", CultureInfo.InvariantCulture));
    }

    public void Boolean(int column, bool value, CellStyle style = default)
    {
        StartCell(column, style, "b");
        Value(value ? "1" : "0");
    }

    /// <summary>A cell with formatting but no value, e.g. a highlighted empty cell that should have been filled.</summary>
    public void Empty(int column, CellStyle style)
    {
        StartCell(column, style, null);
        _writer.WriteEndElement();
    }

    /// <summary>A filter button on every column of the header, over rows 1 to the last written.</summary>
    public void AutoFilter(string reference)
    {
        EndSheetData();
        _writer.WriteStartElement("autoFilter", Namespace);
        _writer.WriteAttributeString("ref", reference);
        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        EndSheetData();
        _print?.WritePageSetup(_writer);
        _writer.WriteEndElement();
        _writer.WriteEndDocument();
        _writer.Dispose();
        _ownedStream?.Dispose();
    }

    private void StartCell(int column, CellStyle style, string? type)
    {
        _writer.WriteStartElement("c", Namespace);
        _writer.WriteStartAttribute("r");
        _writer.WriteString(ColumnName(column));
        _writer.WriteString(_rowText);
        _writer.WriteEndAttribute();
        if (style != CellStyle.Default)
        {
            _writer.WriteAttributeString("s", _styles.IndexOf(style).ToString(CultureInfo.InvariantCulture));
        }

        if (type is not null)
        {
            _writer.WriteAttributeString("t", type);
        }
    }

    private void Value(string text)
    {
        _writer.WriteStartElement("v", Namespace);
        _writer.WriteString(text);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    private string ColumnName(int column)
    {
        while (_columnNames.Count < column)
        {
            _columnNames.Add(CellReference.Column(_columnNames.Count + 1));
        }

        return _columnNames[column - 1];
    }

    private void EndRow()
    {
        if (_inRow)
        {
            _writer.WriteEndElement();
            _inRow = false;
        }
    }

    private void EndSheetData()
    {
        EndRow();
        if (_sheetDataDone)
        {
            return;
        }

        if (!_inSheetData)
        {
            _writer.WriteStartElement("sheetData", Namespace);
        }

        _writer.WriteEndElement();
        _inSheetData = false;
        _sheetDataDone = true;
    }
}
