using ClosedXML.Excel;

namespace Pipeline.Core.Reporting;

/// <summary>
/// One sheet of the summary workbook: cells written as plain text or numbers with Indonesian formats, the
/// widths their content needs, and the page set up for A4 landscape printing.
/// </summary>
/// <remarks>
/// Widths are measured here from the text each cell shows, because ClosedXML 0.95's AdjustToContents measures
/// fonts with System.Drawing, which does not work on Linux (the Functions host and CI).
/// Cells never hold formulas: totals are computed numbers, and text is stored as text (with Excel's quote
/// prefix when it starts like a formula, so an edit keeps it text).
/// </remarks>
internal sealed class ReportSheet(IXLWorksheet sheet)
{
    public const string CountFormat = "#,##0";
    public const string RupiahFormat = "\"Rp\" #,##0";
    public const string PercentFormat = "0.0%";
    public const string ChangeFormat = "+#,##0;-#,##0;0";
    public const string DateFormat = "dd-mm-yyyy";

    private const double MinWidth = 6;
    private const double MaxWidth = 60;
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#DDEBF7");
    private readonly Dictionary<int, double> _widths = [];

    public IXLWorksheet Worksheet => sheet;

    /// <summary>The next empty row (1-based).</summary>
    public int Row { get; set; } = 1;

    public void Title(string text, double size = 14)
    {
        var cell = sheet.Cell(Row++, 1);
        cell.Value = text;
        cell.Style.Font.Bold = true;
        cell.Style.Font.FontSize = size;
    }

    public void Note(string text) => sheet.Cell(Row++, 1).Value = text;

    public void Headers(params string[] headers)
    {
        for (var c = 0; c < headers.Length; c++)
        {
            var cell = Text(Row, c + 1, headers[c], measure: false);
            cell.Style.Font.Bold = true;
            cell.Style.Fill.BackgroundColor = HeaderFill;
            cell.Style.Alignment.WrapText = true;
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            cell.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        }

        // Wrapped headings need their height set: nothing measures text here (see remarks).
        var lines = Math.Ceiling(headers.Max(h => h.Length) / 13.0);
        sheet.Row(Row).Height = Math.Clamp(lines, 1, 4) * 15;
        Row++;
    }

    /// <param name="measure">False for headings and long descriptions, which wrap or overflow instead of widening their column.</param>
    public IXLCell Text(int row, int column, string? text, bool measure = true)
    {
        var value = text ?? "";
        var cell = sheet.Cell(row, column);

        // SetValue stores a string as text as it is; assigning Value would turn "1223..." into a number.
        cell.SetValue(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        Measure(column, measure ? value.Length : Math.Min(value.Length, 14));

        return cell;
    }

    /// <param name="format">The cell's own format; null when its column has one (<see cref="ColumnFormat"/>), which is
    /// much cheaper on a long sheet: ClosedXML keeps a style per formatted cell.</param>
    public IXLCell Number(int row, int column, decimal value, string? format = CountFormat)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(value);
        if (format is not null)
        {
            cell.Style.NumberFormat.Format = format;
        }

        var shown = format switch
        {
            RupiahFormat => IndonesianFormat.Rupiah(value),
            PercentFormat => IndonesianFormat.Percent((double)value),
            ChangeFormat => IndonesianFormat.Change((long)value),
            null => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => IndonesianFormat.Number(value),
        };
        Measure(column, shown.Length);
        return cell;
    }

    /// <summary>A date in a column formatted with <see cref="DateFormat"/> (see <see cref="ColumnFormat"/>).</summary>
    public IXLCell Date(int row, int column, DateOnly? date)
    {
        var cell = sheet.Cell(row, column);
        if (date is { } d)
        {
            cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
        }

        Measure(column, 10);
        return cell;
    }

    /// <summary>One number format for a whole column: the headings above stay text, so they are unaffected.</summary>
    public void ColumnFormat(int column, string format) => sheet.Column(column).Style.NumberFormat.Format = format;

    public void Bold(int row, int lastColumn) => sheet.Range(row, 1, row, lastColumn).Style.Font.Bold = true;

    /// <summary>Widths, frozen header, A4 landscape one page wide, header rows repeated on every page, page numbers.</summary>
    public void Finish(int headerRow, int freezeColumns, string pageTitle)
    {
        foreach (var (column, width) in _widths)
        {
            sheet.Column(column).Width = Math.Clamp(width + 2, MinWidth, MaxWidth);
        }

        if (headerRow > 0)
        {
            sheet.SheetView.Freeze(headerRow, freezeColumns);
            sheet.PageSetup.SetRowsToRepeatAtTop(headerRow, headerRow);
        }

        var page = sheet.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.6).SetBottom(0.6);
        page.CenterHorizontally = true;
        page.Header.Center.AddText(pageTitle);
        var footer = page.Footer.Right;
        footer.AddText("Halaman ");
        footer.AddText(XLHFPredefinedText.PageNumber);
        footer.AddText(" dari ");
        footer.AddText(XLHFPredefinedText.NumberOfPages);
    }

    private void Measure(int column, int length) =>
        _widths[column] = Math.Max(_widths.GetValueOrDefault(column), length * 1.1);
}
