using ClosedXML.Excel;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Results;

/// <summary>
/// The workbook an uploader gets back, in Bahasa Indonesia: their rows as sent, plus Status and Keterangan
/// columns, offending cells highlighted, the header frozen, and a summary sheet.
/// </summary>
public static class ResultWorkbookWriter
{
    internal const string ResultSheet = "Hasil";
    internal const string SummarySheet = "Ringkasan";

    private static readonly XLColor ErrorFill = XLColor.FromHtml("#F8CBAD");
    private static readonly XLColor WarningFill = XLColor.FromHtml("#FFE699");
    private static readonly XLColor HeaderFill = XLColor.FromHtml("#D9E1F2");

    public static void WriteProcessed(ProcessedList list, UploadReport report, Stream destination)
    {
        using var workbook = new XLWorkbook();
        WriteRows(workbook.AddWorksheet(ResultSheet), list);
        SummarySheetWriter.Write(workbook.AddWorksheet(SummarySheet), list, report);
        workbook.SaveAs(destination);
    }

    /// <summary>For an upload that could not be read at all: one sheet that says why and what to do.</summary>
    public static void WriteFailed(IssueDefinition problem, UploadReport report, Stream destination)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(ResultSheet);
        sheet.Cell(1, 1).SetValue("Berkas tidak dapat diproses");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        WriteLabelled(sheet, 3, "Berkas", report.UploadPath);
        WriteLabelled(sheet, 4, "Diproses", report.ProcessedAt.ToString("dd-MM-yyyy HH:mm 'UTC'"));
        WriteLabelled(sheet, 5, "Kode masalah", problem.Code);
        WriteLabelled(sheet, 6, "Keterangan", problem.MessageId);
        WriteLabelled(sheet, 7, "In English", problem.MessageEn);
        WriteLabelled(sheet, 9, "Langkah berikutnya", "Perbaiki berkas sesuai keterangan di atas, lalu unggah kembali ke folder yang sama. Berkas baru akan menggantikan berkas ini.");
        sheet.Column(1).Width = 22;
        sheet.Column(2).Width = 100;
        sheet.Column(2).Style.Alignment.WrapText = true;
        workbook.SaveAs(destination);
    }

    private static void WriteLabelled(IXLWorksheet sheet, int row, string label, string value)
    {
        sheet.Cell(row, 1).SetValue(label);
        sheet.Cell(row, 1).Style.Font.SetBold();
        SafeCell.SetText(sheet.Cell(row, 2), value);
    }

    private static void WriteRows(IXLWorksheet sheet, ProcessedList list)
    {
        var columns = list.Layout.ColumnNames;
        var statusColumn = columns.Count + 1;
        var reasonColumn = columns.Count + 2;
        var personColumn = columns.Count + 3;

        sheet.Cell(1, 1).SetValue("Baris");
        for (var c = 0; c < columns.Count; c++)
        {
            SafeCell.SetText(sheet.Cell(1, c + 2), columns[c]);
        }

        sheet.Cell(1, statusColumn + 1).SetValue("Status");
        sheet.Cell(1, reasonColumn + 1).SetValue("Keterangan");
        sheet.Cell(1, personColumn + 1).SetValue("ID Orang");
        var header = sheet.Range(1, 1, 1, personColumn + 1);
        header.Style.Font.SetBold().Fill.SetBackgroundColor(HeaderFill);

        var fieldColumns = list.Layout.FieldColumns;
        var row = 2;
        foreach (var (source, record) in list.Rows)
        {
            sheet.Cell(row, 1).SetValue(source.RowNumber);
            for (var c = 0; c < columns.Count && c < source.Cells.Count; c++)
            {
                SafeCell.SetRaw(sheet.Cell(row, c + 2), source.Cells[c]);
            }

            SafeCell.SetText(sheet.Cell(row, statusColumn + 1), record.Status.ToIndonesian());
            SafeCell.SetText(sheet.Cell(row, reasonColumn + 1), Explain(record));
            SafeCell.SetText(sheet.Cell(row, personColumn + 1), record.PersonId);
            Highlight(sheet, row, record, fieldColumns);
            row++;
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(row - 1, 1), personColumn + 1).SetAutoFilter();
        sheet.Column(reasonColumn + 1).Width = 80;
        sheet.Column(reasonColumn + 1).Style.Alignment.WrapText = true;
        sheet.Column(statusColumn + 1).Width = 20;
    }

    /// <summary>All of a row's issues, one per line, errors first.</summary>
    internal static string Explain(WorkerRecord record) =>
        record.Issues.Count == 0
            ? "OK"
            : string.Join("\n", record.Issues
                .OrderByDescending(i => i.Severity)
                .Select(i => $"[{i.Code}] {i.Message}"));

    private static void Highlight(IXLWorksheet sheet, int row, WorkerRecord record, IReadOnlyDictionary<Field, int> fieldColumns)
    {
        foreach (var issue in record.Issues.OrderBy(i => i.Severity))
        {
            if (issue.Field is { } field && fieldColumns.TryGetValue(field, out var column))
            {
                // Errors are painted last so they win over a warning on the same cell.
                sheet.Cell(row, column + 2).Style.Fill.BackgroundColor = issue.Severity == Severity.Error ? ErrorFill : WarningFill;
            }
        }
    }
}
