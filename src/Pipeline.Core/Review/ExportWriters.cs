using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Review;

/// <summary>
/// Writes the BPJS list as .csv and .xlsx. Every cell is text (inline strings in the workbook, never a formula),
/// neutralised by <see cref="SafeText"/>, so NIKs keep their 16 digits and nothing executes when opened.
/// </summary>
public static class ExportWriters
{
    /// <summary>UTF-8 with a byte-order mark (Excel then shows Indonesian text correctly), RFC 4180 quoting, CRLF.</summary>
    public static void WriteCsv(ExportTemplate template, IReadOnlyList<IReadOnlyList<string>> rows, Stream destination)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 65536, leaveOpen: true);
        WriteCsvRow(writer, template.Headers);
        foreach (var row in rows)
        {
            WriteCsvRow(writer, row);
        }
    }

    /// <summary>One sheet with a bold, frozen header row; written part by part with <see cref="OpenXmlWriter"/>.</summary>
    /// <param name="destination">A writable, seekable stream (the Open XML packaging needs to seek).</param>
    public static void WriteXlsx(ExportTemplate template, IReadOnlyList<IReadOnlyList<string>> rows, Stream destination)
    {
        using var document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border()),
            new CellFormats(
                new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true },
                new CellFormat { FontId = 1, NumberFormatId = 49, ApplyFont = true, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 49, ApplyNumberFormat = true, QuotePrefix = true }));
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
            writer.WriteStartElement(new Columns());
            // Widths from the longest value of each column (the rows are in memory already), so a NIK shows whole.
            for (var c = 0; c < template.Columns.Count; c++)
            {
                var longest = rows.Select(r => c < r.Count ? r[c].Length : 0).DefaultIfEmpty(0).Max();
                var index = (uint)c + 1;
                writer.WriteElement(new Column { Min = index, Max = index, Width = Math.Clamp(Math.Max(longest, template.Columns[c].Header.Length) + 3, 8, 60), CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, template.Headers, header: true);
            foreach (var row in rows)
            {
                WriteRow(writer, row, header: false);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet
        {
            Name = template.Sheet.Length > 31 ? template.Sheet[..31] : template.Sheet,
            SheetId = 1,
            Id = workbookPart.GetIdOfPart(sheetPart),
        }));
    }

    private static void WriteRow(OpenXmlWriter writer, IEnumerable<string> cells, bool header)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            var safe = Clean(SafeText.Neutralise(value));
            uint style = header ? 1u : safe.StartsWith('\'') ? 2u : 0u;
            writer.WriteStartElement(new Cell { DataType = CellValues.InlineString, StyleIndex = style });
            writer.WriteElement(new InlineString(new Text(safe)));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteCsvRow(TextWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            var safe = SafeText.Neutralise(cell);
            writer.Write(safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe);
        }

        writer.Write("\r\n");
    }

    /// <summary>XML 1.0 forbids most control characters; a stray one would make the package unreadable.</summary>
    private static string Clean(string value) =>
        value.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? new string(value.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r').ToArray())
            : value;
}
