using System.Globalization;
using Pipeline.Core.Results;

namespace Pipeline.Core.Reporting;

/// <summary>
/// One human-shaped sheet of the summary (a figures table, a few hundred cells): cells are collected here with
/// Indonesian number formats and measured for their column widths, then streamed into the workbook in one go
/// (<see cref="WriteTo"/>), frozen under the header and set up for A4 landscape printing.
/// </summary>
/// <remarks>
/// Collected first because a streamed sheet needs its column widths before its rows, and a figures sheet is small.
/// Widths are measured from the text each cell shows (<see cref="TextWidth"/>; nothing on the server can measure
/// fonts). Cells never hold formulas: totals are computed numbers, and text that starts like a formula keeps the
/// quote prefix (the streaming writer sets it).
/// </remarks>
internal sealed class ReportSheet
{
    private const double MinWidth = 6;
    private const double MaxWidth = 60;

    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
    private readonly Dictionary<int, int> _lines = [];
    private readonly Dictionary<int, double> _widths = [];

    /// <summary>The next empty row (1-based).</summary>
    public int Row { get; set; } = 1;

    public void Title(string text) => Put(Row++, 1, Cell.OfText(text, new CellStyle(FontKind.Title)));

    /// <summary>The heading of a part of the sheet (a smaller title).</summary>
    public void Section(string text) => Put(Row++, 1, Cell.OfText(text, new CellStyle(FontKind.Subtitle)));

    public void Note(string text, FontKind font = FontKind.Regular) => Put(Row++, 1, Cell.OfText(text, new CellStyle(font)));

    public void Headers(params string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            Text(Row, c + 1, headers[c], measure: false, CellStyle.Header with { Border = CellBorder.Bottom });
        }

        // Wrapped headings need their height set: nothing measures text when the file opens.
        _lines[Row] = (int)Math.Clamp(Math.Ceiling(headers.Max(h => h.Length) / 13.0), 1, 4);
        Row++;
    }

    /// <param name="measure">False for headings and long descriptions, which wrap or overflow instead of widening their column.</param>
    public void Text(int row, int column, string? text, bool measure = true, CellStyle style = default)
    {
        var value = text ?? "";
        Put(row, column, Cell.OfText(value, style));
        Measure(column, measure ? value.Length : Math.Min(value.Length, 14));
    }

    public void Number(int row, int column, decimal value, NumberKind format = NumberKind.Thousands)
    {
        Put(row, column, Cell.OfNumber(value, new CellStyle(Number: format)));
        var shown = format switch
        {
            NumberKind.Rupiah => IndonesianFormat.Rupiah(value),
            NumberKind.Percent => IndonesianFormat.Percent((double)value),
            NumberKind.Change => IndonesianFormat.Change((long)value),
            NumberKind.Thousands => IndonesianFormat.Number(value),
            _ => value.ToString(CultureInfo.InvariantCulture),
        };
        Measure(column, shown.Length);
    }

    /// <summary>A total row: bold, with a line above, from column 1 to <paramref name="lastColumn"/>.</summary>
    public void Total(int row, int lastColumn)
    {
        for (var column = 1; column <= lastColumn; column++)
        {
            var cell = _rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var existing) ? existing : Cell.Empty;
            Put(row, column, cell with { Style = cell.Style with { Font = FontKind.Bold, Border = CellBorder.Top } });
        }
    }

    /// <summary>
    /// Streams the sheet into <paramref name="workbook"/>: widths, the view frozen under <paramref name="headerRow"/>
    /// (and left of <paramref name="freezeColumns"/>), the rows, and A4 landscape one page wide with the header row
    /// repeated on every printed page.
    /// </summary>
    public void WriteTo(StreamingWorkbook workbook, string name, int headerRow, int freezeColumns, PrintLayout print, bool selected = false)
    {
        using (var sheet = workbook.StartSheet(name, print))
        {
            sheet.View(selected, headerRow, freezeColumns);
            sheet.Columns(_widths.Select(w => (w.Key, Math.Clamp(w.Value + 2, MinWidth, MaxWidth), CellStyle.Default)).ToArray());
            foreach (var (row, cells) in _rows)
            {
                sheet.SkipRows(row - sheet.LastRow - 1);
                sheet.StartRow(_lines.GetValueOrDefault(row, 1));
                foreach (var (column, cell) in cells)
                {
                    cell.WriteTo(sheet, column);
                }
            }
        }

        if (headerRow > 0)
        {
            workbook.AddPrintTitles(name, headerRow, firstRow: headerRow);
        }
    }

    private void Put(int row, int column, Cell cell)
    {
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = cell;
    }

    private void Measure(int column, int length) =>
        _widths[column] = Math.Max(_widths.GetValueOrDefault(column), length * 1.1);

    private readonly record struct Cell(string? Text, decimal? Number, CellStyle Style)
    {
        public static readonly Cell Empty = new(null, null, CellStyle.Default);

        public static Cell OfText(string text, CellStyle style) => new(text, null, style);

        public static Cell OfNumber(decimal value, CellStyle style) => new(null, value, style);

        public void WriteTo(SheetWriter sheet, int column)
        {
            if (Text is not null)
            {
                sheet.Text(column, Text, Style);
            }
            else if (Number is { } number)
            {
                sheet.Number(column, number, Style);
            }
            else
            {
                sheet.Empty(column, Style);
            }
        }
    }
}
