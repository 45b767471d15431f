using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Results;

/// <summary>
/// The workbook an uploader gets back, in Bahasa Indonesia: their rows as sent, plus Status and Keterangan
/// columns, offending cells highlighted, the header frozen, and a summary sheet.
/// </summary>
/// <remarks>
/// Streamed (see <see cref="StreamingWorkbook"/>) because uploads reach 50,000 rows and an in-memory workbook
/// of that size needs most of a gigabyte. The destination stream is written front to back and left open.
/// </remarks>
public static class ResultWorkbookWriter
{
    internal const string ResultSheet = "Hasil";
    internal const string SummarySheet = "Ringkasan";

    public static void WriteProcessed(ProcessedList list, UploadReport report, Stream destination)
    {
        using var workbook = new StreamingWorkbook(destination);
        var filtered = (LastRow: 1, LastColumn: 1);
        workbook.AddSheet(ResultSheet, sheet => filtered = ResultSheetWriter.Write(sheet, list));
        workbook.AddFilterDatabase(ResultSheet, filtered.LastRow, filtered.LastColumn);
        workbook.AddSheet(SummarySheet, sheet => SummarySheetWriter.Write(sheet, list, report));
        workbook.Complete();
    }

    /// <summary>For an upload that could not be read at all: one sheet that says why and what to do.</summary>
    public static void WriteFailed(IssueDefinition problem, UploadReport report, Stream destination)
    {
        using var workbook = new StreamingWorkbook(destination);
        workbook.AddSheet(ResultSheet, sheet => FailedSheetWriter.Write(sheet, problem, report));
        workbook.Complete();
    }

    /// <summary>All of a row's issues, one per line, errors first.</summary>
    internal static string Explain(WorkerRecord record) =>
        record.Issues.Count == 0
            ? "OK"
            : string.Join("\n", record.Issues
                .OrderByDescending(i => i.Severity)
                .Select(i => $"[{i.Code}] {i.Message}"));
}
