using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage;
using Pipeline.Storage.Billing;
using Pipeline.Storage.Review;

namespace Pipeline.Functions;

/// <summary>
/// BPJS's bill lands in <c>reference/tagihan/{name}</c>: reconcile it against the funded cohort. The period comes from
/// the path (<c>tagihan/2027-01/bpjs.xlsx</c>, <c>tagihan-2027-01..2027-03.xlsx</c>), else from the months the rows
/// name, else from configuration. The workbook and CSV go to <c>reports/reconciliation/{period}/</c>; a bill that
/// cannot be used records nothing and says why in the audit.
/// </summary>
public sealed class ReconcileBillFunction(ReconciliationService reconciliations)
{
    /// <summary>Who reconciled a dropped bill: whoever may write to the reference container, which the audit names as this.</summary>
    public static readonly AuditLog.Actor DroppedFile = AuditLog.Actor.DroppedIn(StorageNames.BillsPrefix);

    [Function("ReconcileBill")]
    public async Task Run(
        [BlobTrigger("reference/tagihan/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionName)] Stream blob,
        string name,
        CancellationToken cancellationToken)
    {
        // An unusable bill returns normally (recorded, no retry); a storage fault throws so the platform retries.
        await reconciliations.ReconcileAsync($"{StorageNames.BillsPrefix}{name}", blob, null, DroppedFile, cancellationToken);
    }
}
