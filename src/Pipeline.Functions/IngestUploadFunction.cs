using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;

namespace Pipeline.Functions;

/// <summary>
/// A village list lands in <c>uploads/{kecamatan}/{desa}/{name}</c>: ingest it. Event Grid source, as the
/// Flex Consumption plan requires. The blob arrives as a stream, never a string or byte array.
/// </summary>
public sealed class IngestUploadFunction(UploadIngestService ingest)
{
    [Function("IngestUpload")]
    public async Task Run(
        [BlobTrigger("uploads/{kecamatan}/{desa}/{name}", Source = BlobTriggerSource.EventGrid, Connection = StorageNames.ConnectionName)] Stream blob,
        string kecamatan,
        string desa,
        string name,
        CancellationToken cancellationToken)
    {
        // A rejected file returns normally (recorded, no retry); a storage fault throws so the platform retries.
        await ingest.IngestAsync($"{kecamatan}/{desa}/{name}", blob, cancellationToken);
    }
}
