using System.Xml;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// An .xlsx workbook, Transitional or Strict Open XML, streamed part by part with <see cref="XmlReader"/>.
/// </summary>
/// <remarks>
/// Written here rather than taken from ExcelDataReader 3.6 (the version served), which sees no rows in Strict
/// workbooks, reads error cells as empty, scans every sheet when opening, materialises every empty row up to the
/// last one used and every row at the sheet's full width, and holds the shared strings whole: a 2 KB file with one
/// cell at XFD1048576 took minutes. Here elements are matched by local name (both namespaces), rows that are not
/// in the file are not made up, cells right of the asked width are looked at but not kept, and every part inflates
/// under the file's budget. .xls stays with ExcelDataReader.
/// </remarks>
internal sealed class XlsxWorkbook : ISheetSource
{
    private readonly PackageParts _parts;
    private readonly ReadingBudget _budget;
    private readonly List<(SheetInfo Info, string? Part)> _sheets = [];
    private readonly string? _sharedStringsPart;
    private readonly string? _stylesPart;
    private bool _isDate1904;
    private SharedStringTable? _sharedStrings;
    private bool[]? _dateStyles;
    private readonly HashSet<int> _renumbered = [];

    public XlsxWorkbook(PackageParts parts, ReadingBudget budget)
    {
        _parts = parts;
        _budget = budget;
        var workbookPart = XlsxRelationships.Read(parts, "").FirstOfType("officeDocument") ?? "xl/workbook.xml";
        var relationships = XlsxRelationships.Read(parts, workbookPart);
        ReadWorkbook(workbookPart, relationships);
        _sharedStringsPart = relationships.FirstOfType("sharedStrings");
        _stylesPart = relationships.FirstOfType("styles");
    }

    public IReadOnlyList<SheetInfo> Sheets => _sheets.Select(s => s.Info).ToList();

    public IEnumerable<RawRow> ReadSheet(int sheetIndex, int width)
    {
        var part = _sheets[sheetIndex].Part;
        if (part is null)
        {
            return [];
        }

        _sharedStrings ??= XlsxSharedStrings.Read(_parts, _sharedStringsPart, _budget);
        _dateStyles ??= XlsxDateStyles.Read(_parts, _stylesPart);
        return new XlsxSheetRows(_parts, part, _sharedStrings, _dateStyles, _isDate1904, _budget, () => _renumbered.Add(sheetIndex)).Read(width);
    }

    /// <inheritdoc/>
    public bool RowsRenumbered(int sheetIndex) => _renumbered.Contains(sheetIndex);

    public void Dispose() => _parts.Dispose();

    private void ReadWorkbook(string workbookPart, XlsxRelationships relationships)
    {
        using var reader = _parts.OpenXml(workbookPart) ?? throw new FileRejectedException(IssueCatalog.FileCorrupt);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "workbookPr")
            {
                _isDate1904 = reader.GetAttribute("date1904") is "1" or "true";
            }
            else if (reader.LocalName == "sheet")
            {
                var name = reader.GetAttribute("name") ?? $"Sheet{_sheets.Count + 1}";
                var hidden = reader.GetAttribute("state") is "hidden" or "veryHidden";
                var id = RelationshipId(reader);
                _sheets.Add((new SheetInfo(name, hidden), id is null ? null : relationships.TargetOf(id)));
            }
        }
    }

    /// <summary>The sheet's <c>r:id</c>: an attribute named "id" in a relationships namespace, Transitional or Strict.</summary>
    private static string? RelationshipId(XmlReader reader)
    {
        string? id = null;
        while (reader.MoveToNextAttribute())
        {
            if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0)
            {
                id = reader.Value;
            }
        }

        reader.MoveToElement();
        return id;
    }
}
