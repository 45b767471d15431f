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
/// (content types and the two relationship parts); the part contents are written with
/// <see cref="OpenXmlWriter"/>. The workbook part and the stylesheet depend on what the sheets used, so they
/// are written last, in <see cref="Complete"/>. The destination stream is left open.
/// </remarks>
internal sealed class StreamingWorkbook : IDisposable
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SheetContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /// <summary>UTF-8 without a byte-order mark, as Excel writes its parts.</summary>
    internal static readonly System.Text.Encoding Utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly ZipArchive _zip;

    /// <summary>Sheets in the order their parts were written (part number = position + 1).</summary>
    private readonly List<(string Name, bool Last)> _sheets = [];
    private readonly List<(string SheetName, DefinedName Name)> _definedNames = [];
    private bool _sheetOpen;

    public StreamingWorkbook(Stream destination)
    {
        _zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
    }

    public StyleRegistry Styles { get; } = new();

    /// <summary>Adds a sheet and streams its content; the sheet is complete when <paramref name="write"/> returns.</summary>
    /// <param name="print">How the sheet prints; null keeps the spreadsheet's defaults.</param>
    public void AddSheet(string name, Action<SheetWriter> write, PrintLayout? print = null)
    {
        using var sheet = BeginSheet(name, print);
        write(sheet);
    }

    /// <summary>
    /// Opens a sheet for rows that arrive over time (e.g. while a table is paged in); dispose the writer to end it
    /// before the next sheet. Only one sheet is open at a time: the zip is written front to back.
    /// </summary>
    /// <param name="last">
    /// Keep this sheet after every sheet added later: its part can be written first (while the data streams
    /// past) and still be the last tab, since the tab order is the workbook part's, written in <see cref="Complete"/>.
    /// </param>
    public SheetWriter BeginSheet(string name, PrintLayout? print = null, bool last = false)
    {
        if (_sheetOpen)
        {
            throw new InvalidOperationException("End the open sheet first: the zip is written front to back.");
        }

        _sheets.Add((name, last));
        var stream = _zip.CreateEntry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Optimal).Open();
        _sheetOpen = true;
        return new SheetWriter(stream, Styles, print, onClosed: () =>
        {
            stream.Dispose();
            _sheetOpen = false;
        });
    }

    /// <summary>
    /// Records the hidden name Excel keeps beside a sheet's auto filter; Excel itself writes it and some readers
    /// rely on it to find the filtered range.
    /// </summary>
    public void AddFilterDatabase(string sheetName, int lastRow, int lastColumn) =>
        AddDefinedName(sheetName, "_xlnm._FilterDatabase", CellReference.AbsoluteRange(lastRow, lastColumn), hidden: true);

    /// <summary>
    /// Prints exactly the table (Excel's "Print Area"): without it LibreOffice prints an empty gridded column
    /// beside the last one.
    /// </summary>
    public void AddPrintArea(string sheetName, int lastRow, int lastColumn) =>
        AddDefinedName(sheetName, "_xlnm.Print_Area", CellReference.AbsoluteRange(lastRow, lastColumn));

    /// <summary>
    /// Repeats rows <paramref name="firstRow"/> to <paramref name="lastRow"/> at the top of every printed page of the
    /// sheet (Excel's "Print Titles"), so every page of a long list shows which column is which.
    /// </summary>
    public void AddPrintTitles(string sheetName, int lastRow, int firstRow = 1) =>
        AddDefinedName(sheetName, "_xlnm.Print_Titles", CellReference.AbsoluteRows(firstRow, lastRow));

    /// <summary>Writes the parts that describe the sheets; without this call the package is incomplete.</summary>
    public void Complete()
    {
        var tabs = TabOrder();
        WriteOpenXml("xl/styles.xml", Styles.BuildStylesheet());
        var sheets = new Sheets(tabs.Select(number => new Sheet { Name = _sheets[number - 1].Name, SheetId = (uint)number, Id = SheetRelationshipId(number) }));
        var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheets);
        if (_definedNames.Count > 0)
        {
            workbook.Append(new DefinedNames(_definedNames.Select(d =>
            {
                d.Name.LocalSheetId = (uint)tabs.FindIndex(number => _sheets[number - 1].Name == d.SheetName);
                return d.Name;
            })));
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

    /// <summary>Part numbers in tab order: sheets in the order added, those marked last after the others.</summary>
    private List<int> TabOrder() =>
        Enumerable.Range(1, _sheets.Count).OrderBy(number => _sheets[number - 1].Last).ThenBy(number => number).ToList();

    private void AddDefinedName(string sheetName, string name, string range, bool hidden = false)
    {
        if (!_sheets.Exists(s => s.Name == sheetName))
        {
            throw new InvalidOperationException("Add the sheet before a name that refers to it.");
        }

        _definedNames.Add((sheetName, new DefinedName($"{CellReference.Sheet(sheetName)}!{range}") { Name = name, Hidden = hidden ? true : null }));
    }

    /// <summary>Closes the zip; a workbook abandoned before <see cref="Complete"/> is left unreadable on purpose.</summary>
    public void Dispose() => _zip.Dispose();

    private static string SheetRelationshipId(int number) => "rId" + number;

    private void WriteWorkbookRelationships() => WriteXml("xl/_rels/workbook.xml.rels", xml =>
    {
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        for (var number = 1; number <= _sheets.Count; number++)
        {
            Relationship(xml, SheetRelationshipId(number), OfficeRelationships + "/worksheet", $"worksheets/sheet{number}.xml");
        }

        Relationship(xml, "rId" + (_sheets.Count + 1), OfficeRelationships + "/styles", "styles.xml");
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
        for (var number = 1; number <= _sheets.Count; number++)
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
