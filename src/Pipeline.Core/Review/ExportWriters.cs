using Pipeline.Core.Results;

namespace Pipeline.Core.Review;

/// <summary>
/// Writes a list for BPJS as one .xlsx, a sheet per section (new people; reactivations with their KPJ; or the stop
/// list), streamed row by row (<see cref="StreamingWorkbook"/>), so a list of 100,000 people costs its rows, not a
/// workbook object per cell.
/// </summary>
/// <remarks>
/// The workbook is the list: there is no CSV copy, because a CSV opened in Excel with Indonesian settings loses a
/// NIK's last digits and a phone's leading 0 and cannot be told otherwise without a formula. Every cell is an inline
/// string (never a formula; text that starts like one keeps its text and gets the quote prefix, as
/// <see cref="SafeCellText"/> says), and every column is formatted as Text, so what an official types into a NIK or
/// phone cell stays text too.
/// </remarks>
public static class ExportWriters
{
    private static readonly CellStyle TextCell = new(Number: NumberKind.Text);
    private static readonly CellStyle HeaderCell = CellStyle.Header with { Number = NumberKind.Text };

    /// <param name="sections">Each sheet: its section and its rows (cells in the section's column order).</param>
    /// <param name="destination">Any writable stream; left open.</param>
    public static void WriteXlsx(IReadOnlyList<(ExportSection Section, IReadOnlyList<IReadOnlyList<string>> Rows)> sections, Stream destination)
    {
        using var workbook = new StreamingWorkbook(destination);
        var first = true;
        foreach (var (section, rows) in sections)
        {
            var name = section.Sheet.Length > 31 ? section.Sheet[..31] : section.Sheet;
            workbook.AddSheet(name, sheet => WriteSheet(sheet, section, rows, selected: first));
            first = false;
        }

        workbook.Complete();
    }

    /// <summary>One section alone: a list of new people only, or a stop list.</summary>
    public static void WriteXlsx(ExportSection section, IReadOnlyList<IReadOnlyList<string>> rows, Stream destination) =>
        WriteXlsx([(section, rows)], destination);

    private static void WriteSheet(SheetWriter sheet, ExportSection section, IReadOnlyList<IReadOnlyList<string>> rows, bool selected)
    {
        sheet.View(selected, freezeTopRow: true);
        // Widths from the longest value of each column (the rows are in memory already), so a NIK shows whole.
        sheet.Columns(section.Columns.Select((column, c) =>
        {
            var longest = rows.Select(r => c < r.Count ? r[c].Length : 0).DefaultIfEmpty(0).Max();
            return (c + 1, (double)Math.Clamp(Math.Max(longest, column.Header.Length) + 3, 8, 60), TextCell);
        }).ToArray());
        sheet.StartRow();
        var index = 1;
        foreach (var header in section.Headers)
        {
            sheet.Text(index++, header, HeaderCell);
        }

        foreach (var row in rows)
        {
            sheet.StartRow();
            for (var c = 0; c < row.Count; c++)
            {
                sheet.Text(c + 1, row[c], TextCell);
            }
        }
    }
}
