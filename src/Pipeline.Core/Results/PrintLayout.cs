using System.Globalization;
using System.Xml;

namespace Pipeline.Core.Results;

/// <summary>
/// How a sheet prints: A4 landscape, scaled to one page wide and as many pages tall as it needs, with the upload
/// named in the page header and "Halaman n dari m" in the footer.
/// </summary>
/// <remarks>
/// Officials print their result and work through it on paper; the default (portrait, 100 %, columns split across
/// pages) turned a 38-row list into 8 pages. The header row is repeated on every page by the workbook's
/// print-titles name (<see cref="StreamingWorkbook.AddPrintTitles"/>), not here.
/// </remarks>
/// <param name="Title">Left of the page header, e.g. the upload's path.</param>
/// <param name="Subtitle">Right of the page header, e.g. when the upload was processed.</param>
/// <param name="Gridlines">Prints cell borders, so a row can be followed across a wide page.</param>
/// <param name="OnePage">Scales the sheet to one page tall as well, for a summary that must be read at a glance.</param>
internal sealed record PrintLayout(string Title, string Subtitle, bool Gridlines, bool OnePage = false)
{
    /// <summary>A4 in SpreadsheetML's paper-size codes.</summary>
    public const uint A4 = 9;

    /// <summary>Page margins in inches: narrow at the sides, where width is scarce.</summary>
    public const double SideMargin = 0.3;
    public const double TopMargin = 0.55;
    public const double HeaderMargin = 0.25;

    public static string PageFooter => "&C&9Halaman &P dari &N";

    /// <summary>The page header, with Excel's control character '&amp;' escaped in the texts.</summary>
    public string PageHeader => "&L&9" + Escape(Title) + "&R&9" + Escape(Subtitle);

    /// <summary>Turns fit-to-page scaling on; the schema wants it first in the worksheet.</summary>
    public void WriteSheetProperties(XmlWriter writer)
    {
        writer.WriteStartElement("sheetPr", SheetWriter.Namespace);
        writer.WriteStartElement("pageSetUpPr", SheetWriter.Namespace);
        writer.WriteAttributeString("fitToPage", "1");
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Gridlines, margins, A4 landscape one page wide, page header and footer: the schema puts them after the auto filter.</summary>
    public void WritePageSetup(XmlWriter writer)
    {
        if (Gridlines)
        {
            writer.WriteStartElement("printOptions", SheetWriter.Namespace);
            writer.WriteAttributeString("gridLines", "1");
            writer.WriteEndElement();
        }

        writer.WriteStartElement("pageMargins", SheetWriter.Namespace);
        foreach (var (name, inches) in new[] { ("left", SideMargin), ("right", SideMargin), ("top", TopMargin), ("bottom", TopMargin), ("header", HeaderMargin), ("footer", HeaderMargin) })
        {
            writer.WriteAttributeString(name, inches.ToString(CultureInfo.InvariantCulture));
        }

        writer.WriteEndElement();
        writer.WriteStartElement("pageSetup", SheetWriter.Namespace);
        writer.WriteAttributeString("paperSize", A4.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("fitToWidth", "1");
        writer.WriteAttributeString("fitToHeight", OnePage ? "1" : "0");
        writer.WriteAttributeString("orientation", "landscape");
        writer.WriteEndElement();
        writer.WriteStartElement("headerFooter", SheetWriter.Namespace);
        writer.WriteElementString("oddHeader", SheetWriter.Namespace, PageHeader);
        writer.WriteElementString("oddFooter", SheetWriter.Namespace, PageFooter);
        writer.WriteEndElement();
    }

    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}
