using System.Text;

namespace Pipeline.Core.Tests.Reading.Formats;

public sealed class XlsxReadingSuite : ReadingSuite
{
    protected override MemoryStream Write(WorkbookSpec workbook) => FormatWriters.ClosedXmlXlsx(workbook);
}

/// <summary>Hand-written Transitional package: cached error values (t="e"), shared strings, date styles.</summary>
public sealed class XlsxPackageReadingSuite : ReadingSuite
{
    protected override MemoryStream Write(WorkbookSpec workbook) => OpenXmlPackageWriter.Write(workbook, strict: false);
}

/// <summary>Excel's "Strict Open XML Spreadsheet": other namespaces, same cells.</summary>
public sealed class StrictXlsxReadingSuite : ReadingSuite
{
    protected override MemoryStream Write(WorkbookSpec workbook) => OpenXmlPackageWriter.Write(workbook, strict: true);
}

public sealed class XlsReadingSuite : ReadingSuite
{
    protected override bool KeepsErrorCells => false;

    protected override MemoryStream Write(WorkbookSpec workbook) => FormatWriters.NpoiXls(workbook);
}

public sealed class OdsReadingSuite : ReadingSuite
{
    protected override MemoryStream Write(WorkbookSpec workbook) => OdsPackageWriter.Write(workbook);
}

public sealed class Utf8CsvReadingSuite : ReadingSuite
{
    protected override bool HasSheets => false;

    protected override MemoryStream Write(WorkbookSpec workbook) => FormatWriters.Csv(workbook, new UTF8Encoding(false), ';', byteOrderMark: true);
}

/// <summary>"Unicode text" without a byte-order mark, tab-separated: read as UTF-16 by its zero bytes.</summary>
public sealed class Utf16WithoutBomCsvReadingSuite : ReadingSuite
{
    protected override bool HasSheets => false;

    protected override MemoryStream Write(WorkbookSpec workbook) => FormatWriters.Csv(workbook, new UnicodeEncoding(false, false), '\t', byteOrderMark: false);
}

public sealed class Windows1252CsvReadingSuite : ReadingSuite
{
    protected override bool HasSheets => false;

    protected override bool KeepsAnyCharacter => false;

    protected override MemoryStream Write(WorkbookSpec workbook) => FormatWriters.Csv(workbook, Encoding.GetEncoding(1252), ',', byteOrderMark: false);
}
