using Pipeline.Core.Billing;

namespace Pipeline.Storage.Billing;

/// <summary>What reconciling a bill did: the recorded figures, or why the bill could not be used (nothing recorded then).</summary>
/// <param name="Status"><c>reconciled</c>; <c>unchanged</c> when the same bill for the same period was reconciled before; <c>failed</c>.</param>
/// <param name="Bill">The reconciliation as recorded (for <c>unchanged</c>, as recorded the first time, payment included).</param>
/// <param name="WorkbookPath">The workbook in the reports container: <c>reconciliation/{period}/rekonsiliasi-tagihan-{period}.xlsx</c>.</param>
/// <param name="CsvPath">The CSV beside it.</param>
public sealed record ReconciliationReport(
    string SourcePath, string Status, string? IssueCode, string? Message, ReconciledBill? Bill, string? WorkbookPath, string? CsvPath)
{
    public const string Reconciled = "reconciled";
    public const string Unchanged = "unchanged";
    public const string Failed = "failed";

    /// <summary>How many outcomes had <paramref name="code"/>; 0 when nothing was reconciled.</summary>
    public int this[BillCode code] => Bill?.Counts.GetValueOrDefault(code) ?? 0;
}
