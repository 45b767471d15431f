using System.Xml;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading.Ods;

/// <summary>
/// An OpenDocument spreadsheet (.ods, LibreOffice and OpenOffice Calc), streamed from its <c>content.xml</c>.
/// </summary>
/// <remarks>
/// No maintained .ods reader is served to this project, so this one reads the one part that holds the cells with an
/// <see cref="XmlReader"/>, under the same budget as the other formats. The repeat attributes
/// (<c>number-rows-repeated</c>, <c>number-columns-repeated</c>) can claim a million rows or columns in a few bytes:
/// empty repeats only move the row or column number, and filled repeats are kept only inside the asked width and
/// count against the row limit like any other rows.
/// </remarks>
internal sealed class OdsWorkbook : ISheetSource
{
    public const string ContentPart = "content.xml";

    private readonly PackageParts _parts;
    private readonly ReadingBudget _budget;
    private readonly List<SheetInfo> _sheets = [];

    public OdsWorkbook(PackageParts parts, ReadingBudget budget)
    {
        _parts = parts;
        _budget = budget;
        ReadSheetList();
    }

    public IReadOnlyList<SheetInfo> Sheets => _sheets;

    public IEnumerable<RawRow> ReadSheet(int sheetIndex, int width)
    {
        using var reader = _parts.OpenXml(ContentPart) ?? throw new FileRejectedException(IssueCatalog.FileCorrupt);
        if (!MoveToTable(reader, sheetIndex))
        {
            yield break;
        }

        foreach (var row in new OdsTableRows(reader, width, _budget).Read())
        {
            yield return row;
        }
    }

    public void Dispose() => _parts.Dispose();

    /// <summary>Names and visibility of the tables; a table is hidden when its style says <c>table:display="false"</c>.</summary>
    private void ReadSheetList()
    {
        using var reader = _parts.OpenXml(ContentPart) ?? throw new FileRejectedException(IssueCatalog.FileCorrupt);
        var hiddenStyles = new HashSet<string>(StringComparer.Ordinal);
        string? currentStyle = null;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName == "table" && reader.NamespaceURI == OdsNames.Table)
            {
                var name = reader.GetAttribute("name", OdsNames.Table) ?? $"Sheet{_sheets.Count + 1}";
                var style = reader.GetAttribute("style-name", OdsNames.Table);
                _sheets.Add(new SheetInfo(name, style is not null && hiddenStyles.Contains(style)));
                reader.Skip();
                _budget.CheckTime();
                continue;
            }

            if (reader.LocalName == "style" && reader.NamespaceURI == OdsNames.Style)
            {
                currentStyle = reader.GetAttribute("family", OdsNames.Style) == "table" ? reader.GetAttribute("name", OdsNames.Style) : null;
            }
            else if (reader.LocalName == "table-properties" && currentStyle is not null && reader.GetAttribute("display", OdsNames.Table) == "false")
            {
                hiddenStyles.Add(currentStyle);
            }

            reader.Read();
        }
    }

    private static bool MoveToTable(XmlReader reader, int sheetIndex)
    {
        var index = -1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "table" && reader.NamespaceURI == OdsNames.Table && ++index == sheetIndex)
            {
                return !reader.IsEmptyElement;
            }
        }

        return false;
    }
}
