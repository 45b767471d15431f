using DocumentFormat.OpenXml.Packaging;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Tests.Results;

/// <summary>A written result workbook opened as a package, to read back what Excel reads: widths, formats, print settings.</summary>
internal sealed class ResultPackage : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public ResultPackage(Stream stream)
    {
        _document = SpreadsheetDocument.Open(stream, false);
    }

    public Spreadsheet.Workbook Workbook => _document.WorkbookPart!.Workbook;

    public IReadOnlyList<string> SheetNames => Workbook.Sheets!.Elements<Spreadsheet.Sheet>().Select(s => s.Name!.Value!).ToList();

    public Spreadsheet.Worksheet Sheet(string name)
    {
        var sheet = Workbook.Sheets!.Elements<Spreadsheet.Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)_document.WorkbookPart!.GetPartById(sheet.Id!)).Worksheet;
    }

    public Spreadsheet.DefinedName? DefinedName(string name) =>
        Workbook.DefinedNames?.Elements<Spreadsheet.DefinedName>().SingleOrDefault(n => n.Name == name);

    /// <summary>Width of a 1-based column, from the sheet's &lt;cols&gt;.</summary>
    public double Width(string sheet, int column) =>
        Column(sheet, column).Width!.Value;

    public Spreadsheet.Column Column(string sheet, int column) =>
        Sheet(sheet).GetFirstChild<Spreadsheet.Columns>()!.Elements<Spreadsheet.Column>().Single(c => c.Min! <= column && c.Max! >= column);

    public Spreadsheet.Cell Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Spreadsheet.Cell>().Single(c => c.CellReference == reference);

    public Spreadsheet.Row Row(string sheet, int row) =>
        Sheet(sheet).GetFirstChild<Spreadsheet.SheetData>()!.Elements<Spreadsheet.Row>().Single(r => r.RowIndex! == (uint)row);

    public Spreadsheet.CellFormat Format(uint styleIndex) =>
        _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<Spreadsheet.CellFormat>().ElementAt((int)styleIndex);

    public Spreadsheet.CellFormat Format(Spreadsheet.Cell cell) => Format(cell.StyleIndex?.Value ?? 0);

    /// <summary>The number format code of a style: built-in 49 is "@" (Text), 0 is General.</summary>
    public string NumberFormat(uint styleIndex)
    {
        var id = Format(styleIndex).NumberFormatId?.Value ?? 0;
        return id switch
        {
            0 => "General",
            49 => "@",
            _ => _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<Spreadsheet.NumberingFormat>()
                .Single(f => f.NumberFormatId! == id).FormatCode!.Value!,
        };
    }

    public string NumberFormat(Spreadsheet.Cell cell) => NumberFormat(cell.StyleIndex?.Value ?? 0);

    /// <summary>The ARGB fill colour of a cell, or null when it has none.</summary>
    public string? Fill(Spreadsheet.Cell cell)
    {
        var fillId = Format(cell).FillId?.Value ?? 0;
        var fill = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Spreadsheet.Fill>().ElementAt((int)fillId);
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    public void Dispose() => _document.Dispose();
}
