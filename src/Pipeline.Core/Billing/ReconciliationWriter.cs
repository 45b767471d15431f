using Pipeline.Core.Model;
using Pipeline.Core.Results;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Billing;

/// <summary>
/// Writes a bill's reconciliation while it is decided: the workbook officials read and print (Bahasa Indonesia, A4
/// landscape, one page wide, header repeated, "Halaman n dari m") and a CSV beside it whose <c>hasil</c> column
/// holds the codes. Give <see cref="Write"/> to <see cref="BillReconciler.Reconcile"/>, then call
/// <see cref="Complete"/> with its summary.
/// </summary>
/// <remarks>
/// <para>Both files are streamed: the rows sheet (see <see cref="ReconciliationRowsSheet"/>) and the CSV get each
/// outcome as it arrives, so a bill of any length costs the row being written. The summary sheet is written last and
/// placed first among the tabs, because its figures are known only at the end.</para>
/// <para>CSV: UTF-8 with BOM, <c>;</c>-separated (Excel with Indonesian regional settings opens it in columns), every
/// field formula-safe (<see cref="SafeCsvWriter"/>), KPJ and NIK written with a leading apostrophe so Excel keeps
/// every digit (see <see cref="ReconciliationColumns.DigitsAsText"/>). No workbook cell is ever a formula.</para>
/// <para>Both destination streams are written front to back and left open.</para>
/// </remarks>
public sealed class ReconciliationWriter : IDisposable
{
    private readonly ReconciliationHeading _heading;
    private readonly StreamingWorkbook _workbook;
    private readonly SheetWriter _rowsSheet;
    private readonly ReconciliationRowsSheet _rows;
    private readonly SafeCsvWriter _csv;
    private readonly ReconciliationColumns _columns;
    private bool _completed;

    /// <param name="places">Turns kecamatan and desa codes into names; codes are shown when null.</param>
    public ReconciliationWriter(Stream workbook, Stream csv, ReconciliationHeading heading, Gazetteer? places = null)
    {
        _heading = heading;
        _columns = new ReconciliationColumns(places);
        _workbook = new StreamingWorkbook(workbook);
        _csv = new SafeCsvWriter(csv, ';', leaveOpen: true);
        _csv.WriteRow(ReconciliationColumns.CsvHeader);
        _rowsSheet = _workbook.StartSheet(ReconciliationRowsSheet.Name, Print(gridlines: true));
        _rows = new ReconciliationRowsSheet(_rowsSheet, _columns);
    }

    /// <summary>The file names the CLI writes: <c>rekonsiliasi-tagihan-{period}.xlsx</c> and <c>.csv</c>.</summary>
    public static string FileName(Budget.MonthRange period, string extension) => $"rekonsiliasi-tagihan-{period}.{extension}";

    /// <summary>One outcome, to both files.</summary>
    public void Write(BillOutcome outcome)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _rows.Write(outcome);
        _csv.WriteRow(_columns.CsvRow(outcome));
    }

    /// <summary>Ends the rows, writes the summary sheet and finishes both files.</summary>
    /// <param name="notices">File-level notices from reading the bill (<see cref="BillSheet.Notices"/>).</param>
    public void Complete(BillSummary summary, IReadOnlyList<Issue>? notices = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ObjectDisposedException.ThrowIf(_completed, this);
        _completed = true;
        var lastRow = _rows.Complete();
        _rowsSheet.Dispose();
        using (var sheet = _workbook.StartSheet(ReconciliationSummarySheet.Name, Print(gridlines: false) with { OnePage = true }, first: true))
        {
            ReconciliationSummarySheet.Write(sheet, _heading, summary, notices ?? []);
        }

        _workbook.AddFilterDatabase(ReconciliationRowsSheet.Name, lastRow, ReconciliationRowsSheet.LastColumn);
        _workbook.AddPrintArea(ReconciliationRowsSheet.Name, lastRow, ReconciliationRowsSheet.LastColumn);
        _workbook.AddPrintTitles(ReconciliationRowsSheet.Name, lastRow: 1);
        _workbook.Complete();
        _csv.Dispose();
    }

    /// <summary>Closes both files; without <see cref="Complete"/> the workbook is left unreadable on purpose.</summary>
    public void Dispose()
    {
        if (!_completed)
        {
            _rowsSheet.Dispose();
        }

        _workbook.Dispose();
        _csv.Dispose();
    }

    private PrintLayout Print(bool gridlines) =>
        new($"Rekonsiliasi tagihan iuran {_heading.Period.ToIndonesian()}: {_heading.BillName}", "Direkonsiliasi " + ResultWorkbookWriter.LocalTime(_heading.ReconciledAt), gridlines);
}
