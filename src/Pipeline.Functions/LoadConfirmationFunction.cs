using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;

namespace Pipeline.Functions;

/// <summary>
/// BPJS's confirmation of a released list lands in <c>reference/konfirmasi/{name}</c>: apply it to the funded cohort.
/// The outcome workbook goes to <c>reports/konfirmasi/</c>; a file that cannot be used changes nothing and says why.
/// </summary>
public sealed class LoadConfirmationFunction(ConfirmationService confirmations)
{
    /// <summary>Who applied a dropped file: whoever may write to the reference container, which the audit names as this.</summary>
    public static readonly AuditLog.Actor DroppedFile = AuditLog.Actor.DroppedIn(StorageNames.ConfirmationsPrefix);

    [Function("LoadConfirmation")]
    public async Task Run(
        [BlobTrigger("reference/konfirmasi/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionName)] Stream blob,
        string name,
        CancellationToken cancellationToken)
    {
        // An unusable file returns normally (recorded, no retry); a storage fault throws so the platform retries.
        await confirmations.ConfirmAsync($"{StorageNames.ConfirmationsPrefix}{name}", blob, DroppedFile, cancellationToken);
    }
}
