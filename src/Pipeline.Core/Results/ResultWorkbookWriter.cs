using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Results;

/// <summary>
/// The workbook an uploader gets back, in Bahasa Indonesia: a summary sheet first (what they see on opening),
/// then their rows as sent plus Status and Keterangan columns, offending cells highlighted, ready to print on A4.
/// </summary>
/// <remarks>
/// Streamed (see <see cref="StreamingWorkbook"/>) because uploads reach 50,000 rows and an in-memory workbook
/// of that size needs most of a gigabyte. The destination stream is written front to back and left open.
/// No cell is ever a formula (see <see cref="SafeCellText"/>).
/// </remarks>
public static class ResultWorkbookWriter
{
    internal const string ResultSheet = "Hasil";
    internal const string SummarySheet = "Ringkasan";

    public static void WriteProcessed(ProcessedList list, UploadReport report, Stream destination)
    {
        using var workbook = new StreamingWorkbook(destination);
        workbook.AddSheet(SummarySheet, sheet => SummarySheetWriter.Write(sheet, list, report), Print(report, gridlines: false));
        var filtered = (LastRow: 1, LastColumn: 1);
        workbook.AddSheet(ResultSheet, sheet => filtered = ResultSheetWriter.Write(sheet, list), Print(report, gridlines: true));
        workbook.AddFilterDatabase(ResultSheet, filtered.LastRow, filtered.LastColumn);
        workbook.AddPrintArea(ResultSheet, filtered.LastRow, filtered.LastColumn);
        workbook.AddPrintTitles(ResultSheet, lastRow: 1);
        workbook.Complete();
    }

    /// <summary>For an upload that could not be read at all: one sheet that says why and what to do.</summary>
    public static void WriteFailed(IssueDefinition problem, UploadReport report, Stream destination)
    {
        using var workbook = new StreamingWorkbook(destination);
        workbook.AddSheet(ResultSheet, sheet => FailedSheetWriter.Write(sheet, problem, report), Print(report, gridlines: false));
        workbook.Complete();
    }

    /// <summary>All of a row's issues, one per line, errors first.</summary>
    internal static string Explain(WorkerRecord record) =>
        record.Issues.Count == 0
            ? "OK"
            : string.Join("\n", record.Issues
                .OrderByDescending(i => i.Severity)
                .Select(i => $"[{i.Code}] {i.Message}"));

    /// <summary>The width of the longest line <see cref="Explain"/> writes (see <see cref="TextWidth"/>), without building it.</summary>
    internal static double ExplanationWidth(WorkerRecord record)
    {
        var widest = TextWidth.Of("OK");
        foreach (var issue in record.Issues)
        {
            widest = Math.Max(widest, TextWidth.Of("[] ") + TextWidth.Of(issue.Code) + TextWidth.OfLongestLine(issue.Message));
        }

        return widest;
    }

    private static PrintLayout Print(UploadReport report, bool gridlines) =>
        new(report.ShownPath, "Diproses " + LocalTime(report.ProcessedAt), gridlines);

    /// <summary>The time officials read, Western Indonesia Time (UTC+7), as dd-mm-yyyy hh:mm WIB.</summary>
    internal static string LocalTime(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(7)).ToString("dd-MM-yyyy HH:mm 'WIB'", System.Globalization.CultureInfo.InvariantCulture);
}
