using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Reading.Formats;

/// <summary>
/// Writes an .ods package as LibreOffice Calc does: mimetype first and stored, content.xml with typed cells
/// (<c>office:value-type</c>), error cells marked <c>calcext:value-type="error"</c>, hidden tables through a table style.
/// A <c>rowXml</c> argument lets hostile tests write their own rows (repeat attributes).
/// </summary>
public static class OdsPackageWriter
{
    public const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " +
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " +
        "xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\"";

    public static MemoryStream Write(WorkbookSpec workbook) =>
        WriteTables(string.Concat(workbook.Sheets.Select(sheet =>
            $"<table:table table:name=\"{SecurityElement.Escape(sheet.Name)}\" table:style-name=\"{(sheet.Hidden ? "ta2" : "ta1")}\">" +
            "<table:table-column table:number-columns-repeated=\"1024\"/>" + Rows(sheet) + "</table:table>")));

    public static MemoryStream WriteTables(string tablesXml)
    {
        var content =
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content {Namespaces} office:version=\"1.3\">" +
            "<office:automatic-styles>" +
            "<style:style style:name=\"ta1\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>" +
            "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>" +
            "</office:automatic-styles><office:body><office:spreadsheet>" + tablesXml + "</office:spreadsheet></office:body></office:document-content>";
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open(), new UTF8Encoding(false)))
            {
                writer.Write("application/vnd.oasis.opendocument.spreadsheet");
            }

            OpenXmlPackageWriter.Add(zip, "content.xml", content);
            OpenXmlPackageWriter.Add(zip, "META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">" +
                "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>" +
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
        }

        stream.Position = 0;
        return stream;
    }

    private static string Rows(SheetSpec sheet)
    {
        var xml = new StringBuilder();
        var blank = 0;
        foreach (var row in sheet.Rows)
        {
            if (row is null)
            {
                blank++;
                continue;
            }

            if (blank > 0)
            {
                xml.Append(CultureInfo.InvariantCulture, $"<table:table-row table:number-rows-repeated=\"{blank}\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
                blank = 0;
            }

            xml.Append("<table:table-row>").Append(string.Concat(row.Select(Cell))).Append("<table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row>");
        }

        return xml.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "<table:table-cell/>",
        string text => $"<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\">{Paragraphs(text)}</table:table-cell>",
        double number => $"<table:table-cell office:value-type=\"float\" office:value=\"{number.ToString("R", CultureInfo.InvariantCulture)}\"><text:p>{number.ToString(CultureInfo.InvariantCulture)}</text:p></table:table-cell>",
        int number => $"<table:table-cell office:value-type=\"float\" office:value=\"{number}\"><text:p>{number}</text:p></table:table-cell>",
        DateTime date => $"<table:table-cell office:value-type=\"date\" office:date-value=\"{date:yyyy-MM-dd}\"><text:p>{date:dd/MM/yyyy}</text:p></table:table-cell>",
        ErrorCell { Code: null } => "<table:table-cell table:formula=\"of:=SUM([Lama.A1:.A9])\"/>",
        ErrorCell error => $"<table:table-cell table:formula=\"of:=[Lama.A1]\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\"><text:p>{error.Code}</text:p></table:table-cell>",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a test cell"),
    };

    /// <summary>Line breaks are paragraphs; runs of spaces are <c>text:s</c>, as LibreOffice writes them.</summary>
    private static string Paragraphs(string text) =>
        string.Concat(text.Split('\n').Select(line => "<text:p>" + SecurityElement.Escape(line).Replace("  ", " <text:s/>", StringComparison.Ordinal) + "</text:p>"));
}
