using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Results;

/// <summary>
/// Streams one worksheet part, SAX-style, so a sheet of any length costs only the row being written.
/// </summary>
/// <remarks>
/// Calls must follow the worksheet schema order: <c>View</c>, <see cref="Columns"/>, then rows, then
/// <see cref="AutoFilter"/>; the print settings given to the constructor are written around them. Text is always an
/// inline string (no shared-string table grows, and no text can ever become a formula: this writer has no way to
/// write one); text that starts like a formula also gets the quote prefix (<see cref="SafeCellText"/>).
/// </remarks>
internal sealed class SheetWriter : IDisposable
{
    /// <summary>The most characters Excel accepts in one cell.</summary>
    internal const int MaxCellText = 32_767;

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private static readonly DateTime FirstSerialDate = new(1900, 3, 1);

    private readonly OpenXmlWriter _writer;
    private readonly StyleRegistry _styles;
    private readonly PrintLayout? _print;
    private readonly List<OpenXmlAttribute> _attributes = new(3);
    private readonly List<string> _columnNames = [];
    private readonly Action? _onClosed;
    private bool _inSheetData;
    private bool _sheetDataDone;
    private bool _inRow;
    private int _rowNumber;
    private bool _closed;

    /// <param name="print">How the sheet prints; null leaves the spreadsheet's defaults.</param>
    /// <param name="onClosed">Called once the part is complete (the workbook closes its zip entry).</param>
    public SheetWriter(Stream partStream, StyleRegistry styles, PrintLayout? print = null, Action? onClosed = null)
    {
        this._styles = styles;
        this._print = print;
        this._onClosed = onClosed;
        _writer = OpenXmlWriter.Create(partStream, StreamingWorkbook.Utf8);
        _writer.WriteStartDocument();
        _writer.WriteStartElement(new Worksheet());
        print?.WriteSheetProperties(_writer);
    }

    /// <summary>The number of the last row started, 0 before the first.</summary>
    public int LastRow => _rowNumber;

    /// <summary>How the sheet opens: <paramref name="selected"/> for the workbook's active sheet, the header row frozen on request.</summary>
    public void View(bool selected, bool freezeTopRow = false) => View(selected, freezeTopRow ? 1 : 0, 0);

    /// <summary>How the sheet opens, with rows 1 to <paramref name="frozenRows"/> and the first <paramref name="frozenColumns"/> columns kept in view.</summary>
    public void View(bool selected, int frozenRows, int frozenColumns)
    {
        var view = new SheetView { TabSelected = selected ? true : null, WorkbookViewId = 0 };
        if (frozenRows > 0 || frozenColumns > 0)
        {
            var topLeft = CellReference.Of(frozenRows + 1, frozenColumns + 1);
            var pane = frozenColumns == 0 ? PaneValues.BottomLeft : frozenRows == 0 ? PaneValues.TopRight : PaneValues.BottomRight;
            view.Append(
                new Pane
                {
                    VerticalSplit = frozenRows > 0 ? frozenRows : null,
                    HorizontalSplit = frozenColumns > 0 ? frozenColumns : null,
                    TopLeftCell = topLeft,
                    ActivePane = pane,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        _writer.WriteElement(new SheetViews(view));
    }

    /// <summary>
    /// Column widths (and a column style, e.g. wrap text or the Text format, which also applies to cells typed
    /// later), 1-based column numbers.
    /// </summary>
    public void Columns(params (int Column, double Width, CellStyle Style)[] columns) =>
        _writer.WriteElement(new Columns(columns.OrderBy(c => c.Column).Select(c => new Column
        {
            Min = (uint)c.Column,
            Max = (uint)c.Column,
            Width = c.Width,
            CustomWidth = true,
            Style = c.Style == CellStyle.Default ? null : _styles.IndexOf(c.Style),
        })));

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
            _writer.WriteStartElement(new SheetData());
            _inSheetData = true;
        }

        _rowNumber++;
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, _rowNumber.ToString(CultureInfo.InvariantCulture)));
        var height = lines * lineHeight;
        if (height > TextWidth.LineHeight)
        {
            _attributes.Add(new OpenXmlAttribute("ht", string.Empty, height.ToString(CultureInfo.InvariantCulture)));
        }

        _writer.WriteStartElement(new Row(), _attributes);
        _inRow = true;
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
        _writer.WriteStartElement(new InlineString());
        var preserve = clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]) || clean.Contains('\n'));
        _writer.WriteStartElement(new Text(), preserve ? [new OpenXmlAttribute("xml", "space", XmlNamespace, "preserve")] : []);
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
        _writer.WriteElement(new AutoFilter { Reference = reference });
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
        _writer.Close();
        _onClosed?.Invoke();
    }

    private void StartCell(int column, CellStyle style, string? type)
    {
        _attributes.Clear();
        _attributes.Add(new OpenXmlAttribute("r", string.Empty, ColumnName(column) + _rowNumber.ToString(CultureInfo.InvariantCulture)));
        if (style != CellStyle.Default)
        {
            _attributes.Add(new OpenXmlAttribute("s", string.Empty, _styles.IndexOf(style).ToString(CultureInfo.InvariantCulture)));
        }

        if (type is not null)
        {
            _attributes.Add(new OpenXmlAttribute("t", string.Empty, type));
        }

        _writer.WriteStartElement(new Cell(), _attributes);
    }

    private void Value(string text)
    {
        _writer.WriteStartElement(new CellValue());
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
            _writer.WriteStartElement(new SheetData());
        }

        _writer.WriteEndElement();
        _inSheetData = false;
        _sheetDataDone = true;
    }
}
