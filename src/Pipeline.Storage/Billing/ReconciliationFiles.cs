using Pipeline.Core.Billing;
using Pipeline.Core.Budget;

namespace Pipeline.Storage.Billing;

/// <summary>Where a period's reconciliation lives in the reports container (and, below <c>OUT/</c>, on the CLI's disk).</summary>
/// <remarks>The latest bill reconciled for a period owns these names: a corrected bill replaces the files of the first.</remarks>
public static class ReconciliationFiles
{
    /// <summary><c>reconciliation/2027-01/rekonsiliasi-tagihan-2027-01.xlsx</c> (or <c>.csv</c>).</summary>
    public static string PathOf(MonthRange period, string extension) =>
        $"{StorageNames.ReconciliationsPrefix}{period}/{ReconciliationWriter.FileName(period, extension)}";
}
