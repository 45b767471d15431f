using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Reading.Formats;

/// <summary>
/// Writes an .xlsx package by hand, in Transitional or Strict Open XML (Excel's "Strict Open XML Spreadsheet"),
/// with what ClosedXML cannot write: cached error values (t="e") and formulas saved without a value. Strings go to
/// the shared-string table, dates are serials in a date style, as Excel writes them.
/// </summary>
public static class OpenXmlPackageWriter
{
    private const string TransitionalMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string TransitionalRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <param name="extra">Changes made to the finished package (opened for update), for hostile variants.</param>
    public static MemoryStream Write(WorkbookSpec workbook, bool strict, Action<ZipArchive>? extra = null)
    {
        var main = strict ? StrictMain : TransitionalMain;
        var relationships = strict ? StrictRelationships : TransitionalRelationships;
        var strings = new List<string>();
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", Rels(($"rId1", $"{relationships}/officeDocument", "xl/workbook.xml")));

            var sheets = new StringBuilder();
            var workbookRels = new List<(string, string, string)>();
            for (var index = 0; index < workbook.Sheets.Length; index++)
            {
                var sheet = workbook.Sheets[index];
                var state = sheet.Hidden ? " state=\"hidden\"" : "";
                sheets.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{Escape(sheet.Name)}\" sheetId=\"{index + 1}\"{state} r:id=\"rId{index + 1}\"/>");
                workbookRels.Add(($"rId{index + 1}", $"{relationships}/worksheet", $"worksheets/sheet{index + 1}.xml"));
                Add(zip, $"xl/worksheets/sheet{index + 1}.xml", SheetXml(sheet, main, strings));
            }

            workbookRels.Add(("rIdS", $"{relationships}/sharedStrings", "sharedStrings.xml"));
            workbookRels.Add(("rIdT", $"{relationships}/styles", "styles.xml"));
            Add(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{main}\" xmlns:r=\"{relationships}\"><sheets>{sheets}</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", Rels([.. workbookRels]));
            Add(zip, "xl/sharedStrings.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"{main}\" count=\"{strings.Count}\" uniqueCount=\"{strings.Count}\">" +
                string.Concat(strings.Select(s => $"<si><t xml:space=\"preserve\">{Escape(s)}</t></si>")) + "</sst>");
            Add(zip, "xl/styles.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"{main}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>" +
                "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
        }

        if (extra is not null)
        {
            stream.Position = 0;
            using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
            extra(zip);
        }

        stream.Position = 0;
        return stream;
    }

    public static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    private static string SheetXml(SheetSpec sheet, string main, List<string> strings)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{main}\"><sheetData>");
        for (var row = 0; row < sheet.Rows.Length; row++)
        {
            if (sheet.Rows[row] is not { } cells)
            {
                continue;
            }

            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{row + 1}\">");
            for (var column = 0; column < cells.Length; column++)
            {
                var reference = ColumnName(column) + (row + 1).ToString(CultureInfo.InvariantCulture);
                xml.Append(Cell(reference, cells[column], strings));
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    public static string Cell(string reference, object? value, List<string> strings) => value switch
    {
        null => "",
        string text => $"<c r=\"{reference}\" t=\"s\"><v>{Index(strings, text)}</v></c>",
        double number => $"<c r=\"{reference}\"><v>{number.ToString("R", CultureInfo.InvariantCulture)}</v></c>",
        int number => $"<c r=\"{reference}\"><v>{number.ToString(CultureInfo.InvariantCulture)}</v></c>",
        DateTime date => $"<c r=\"{reference}\" s=\"1\"><v>{date.ToOADate().ToString(CultureInfo.InvariantCulture)}</v></c>",
        ErrorCell { Code: null } => $"<c r=\"{reference}\"><f>SUM(Lama!A1:A9)</f></c>",
        ErrorCell error => $"<c r=\"{reference}\" t=\"e\"><f>Lama!A1</f><v>{Escape(error.Code!)}</v></c>",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a test cell"),
    };

    public static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static int Index(List<string> strings, string text)
    {
        strings.Add(text);
        return strings.Count - 1;
    }

    private static string Rels(params (string Id, string Type, string Target)[] relationships) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) + "</Relationships>";

    private static string Escape(string text) => SecurityElement.Escape(text);
}
