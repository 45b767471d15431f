using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Results;

/// <summary>
/// An .xlsx package written front to back into the destination stream: each sheet is streamed into its zip
/// entry as it is produced, so memory does not grow with the number of rows.
/// </summary>
/// <remarks>
/// The zip is written directly in create mode: the Open XML SDK's own packaging insists on read access, and an
/// update-mode zip buffers every part uncompressed in memory. The package structure is therefore written here
/// (content types and the two relationship parts); sheets are streamed by <see cref="SheetWriter"/>, the small
/// parts written with <see cref="OpenXmlWriter"/>. The workbook part and the stylesheet depend on what the sheets
/// used, so they are written last, in <see cref="Complete"/>; so is the tab order, which need not be the order the
/// sheets were written in. The destination stream is left open.
/// </remarks>
internal sealed class StreamingWorkbook : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /// <summary>UTF-8 without a byte-order mark, as Excel writes its parts.</summary>
    internal static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _zip;
    private readonly List<Sheet> _sheets = [];
    private readonly List<(string Sheet, DefinedName Name)> _definedNames = [];
    private int _sheetParts;

    /// <summary>Sheets kept at the end of the tabs (<c>last</c> in <see cref="StartSheet"/>).</summary>
    private int _lastSheets;

    public StreamingWorkbook(Stream destination)
    {
        _zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
    }

    public StyleRegistry Styles { get; } = new();

    /// <summary>Adds a sheet and streams its content; the sheet is complete when <paramref name="write"/> returns.</summary>
    /// <param name="print">How the sheet prints; null keeps the spreadsheet's defaults.</param>
    public void AddSheet(string name, Action<SheetWriter> write, PrintLayout? print = null)
    {
        using var sheet = StartSheet(name, print);
        write(sheet);
    }

    /// <summary>
    /// Starts a sheet whose rows the caller writes as they come (e.g. while a bill streams); it is complete when the
    /// returned writer is disposed, which must happen before the next sheet starts.
    /// </summary>
    /// <param name="first">Puts the sheet's tab first, e.g. a summary written after the rows it sums up.</param>
    /// <param name="last">
    /// Keeps the sheet's tab after every sheet started later, e.g. a long list written while its rows are paged in,
    /// before the figures sheets that sum them up.
    /// </param>
    public SheetWriter StartSheet(string name, PrintLayout? print = null, bool first = false, bool last = false)
    {
        var number = ++_sheetParts;
        var stream = _zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Optimal).Open();
        var sheet = new Sheet { Name = name, SheetId = (uint)number, Id = SheetRelationshipId(number) };
        _sheets.Insert(first ? 0 : _sheets.Count - _lastSheets, sheet);
        _lastSheets += last ? 1 : 0;
        return new SheetWriter(stream, Styles, print, ownsStream: true);
    }

    /// <summary>
    /// Records the hidden name Excel keeps beside a sheet's auto filter; Excel itself writes it and some readers
    /// rely on it to find the filtered range.
    /// </summary>
    public void AddFilterDatabase(string sheetName, int lastRow, int lastColumn) =>
        _definedNames.Add((sheetName, new DefinedName($"{CellReference.Sheet(sheetName)}!{CellReference.AbsoluteRange(lastRow, lastColumn)}")
        {
            Name = "_xlnm._FilterDatabase",
            Hidden = true,
        }));

    /// <summary>
    /// Prints exactly the table (Excel's "Print Area"): without it LibreOffice prints an empty gridded column
    /// beside the last one.
    /// </summary>
    public void AddPrintArea(string sheetName, int lastRow, int lastColumn) =>
        _definedNames.Add((sheetName, new DefinedName($"{CellReference.Sheet(sheetName)}!{CellReference.AbsoluteRange(lastRow, lastColumn)}")
        {
            Name = "_xlnm.Print_Area",
        }));

    /// <summary>
    /// Repeats rows <paramref name="firstRow"/> to <paramref name="lastRow"/> at the top of every printed page of the
    /// sheet (Excel's "Print Titles"), so every page of a long list shows which column is which.
    /// </summary>
    public void AddPrintTitles(string sheetName, int lastRow, int firstRow = 1) =>
        _definedNames.Add((sheetName, new DefinedName($"{CellReference.Sheet(sheetName)}!{CellReference.AbsoluteRows(firstRow, lastRow)}")
        {
            Name = "_xlnm.Print_Titles",
        }));

    /// <summary>Writes the parts that describe the sheets; without this call the package is incomplete.</summary>
    public void Complete()
    {
        WriteOpenXml("xl/styles.xml", Styles.BuildStylesheet());
        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), new Sheets(_sheets));
        if (_definedNames.Count > 0)
        {
            // A defined name points at its sheet by tab position, known only once every sheet is placed.
            foreach (var (sheet, name) in _definedNames)
            {
                name.LocalSheetId = IndexOf(sheet);
            }

            workbook.Append(new DefinedNames(_definedNames.Select(d => d.Name)));
        }

        workbook.AddNamespaceDeclaration("r", OfficeRelationships);
        WriteOpenXml("xl/workbook.xml", workbook);
        WriteWorkbookRelationships();
        WriteXml("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", RelationshipsNamespace);
            Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        });
        WriteContentTypes();
    }

    private uint IndexOf(string sheetName)
    {
        var index = _sheets.FindIndex(s => s.Name == sheetName);
        return index >= 0 ? (uint)index : throw new InvalidOperationException($"No sheet is named '{sheetName}'.");
    }

    /// <summary>Closes the zip; a workbook abandoned before <see cref="Complete"/> is left unreadable on purpose.</summary>
    public void Dispose() => _zip.Dispose();

    private static string SheetRelationshipId(int number) => "rId" + number;

    private void WriteWorkbookRelationships() => WriteXml("xl/_rels/workbook.xml.rels", xml =>
    {
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        for (var number = 1; number <= _sheetParts; number++)
        {
            Relationship(xml, SheetRelationshipId(number), OfficeRelationships + "/worksheet", $"worksheets/sheet{number}.xml");
        }

        Relationship(xml, "rId" + (_sheetParts + 1), OfficeRelationships + "/styles", "styles.xml");
        xml.WriteEndElement();
    });

    private void WriteContentTypes() => WriteXml("[Content_Types].xml", xml =>
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, ns, "xml", "application/xml");
        Override(xml, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var number = 1; number <= _sheetParts; number++)
        {
            Override(xml, ns, $"/xl/worksheets/sheet{number}.xml", SheetContentType);
        }

        xml.WriteEndElement();
    });

    private static void Default(XmlWriter xml, string ns, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string ns, string partName, string contentType)
    {
        xml.WriteStartElement("Override", ns);
        xml.WriteAttributeString("PartName", partName);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelationshipsNamespace);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private void WriteOpenXml(string path, OpenXmlElement root)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var writer = OpenXmlWriter.Create(stream, Utf8);
        writer.WriteStartDocument();
        writer.WriteElement(root);
        writer.Close();
    }

    private void WriteXml(string path, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Utf8 });
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }
}
