using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace Pipeline.Storage;

/// <summary>The data account's clients, and the one-time creation of its containers and tables.</summary>
public sealed class PipelineStorage(BlobServiceClient blobs, TableServiceClient tables)
{
    public BlobServiceClient Blobs { get; } = blobs;
    public TableServiceClient Tables { get; } = tables;

    public BlobContainerClient Uploads => Blobs.GetBlobContainerClient(StorageNames.UploadsContainer);
    public BlobContainerClient Results => Blobs.GetBlobContainerClient(StorageNames.ResultsContainer);
    public BlobContainerClient Reference => Blobs.GetBlobContainerClient(StorageNames.ReferenceContainer);
    public BlobContainerClient Reports => Blobs.GetBlobContainerClient(StorageNames.ReportsContainer);

    public TableClient Table(string name) => Tables.GetTableClient(name);

    /// <summary>Idempotent; production infrastructure creates these too, so this matters locally and in tests.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in new[] { StorageNames.UploadsContainer, StorageNames.ResultsContainer, StorageNames.ReportsContainer, StorageNames.ReferenceContainer })
        {
            await Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var table in new[] { StorageNames.UploadsTable, StorageNames.RecordsTable, StorageNames.RecordsByNikTable, StorageNames.RecordsByNameTable, StorageNames.RecordsByPersonTable, StorageNames.RecordsByKpjTable, StorageNames.ReviewsTable, StorageNames.ReviewQueueTable, StorageNames.ParticipantsTable, StorageNames.StateTable, StorageNames.SummariesTable,
                     StorageNames.DecisionsTable, StorageNames.AuditTable, StorageNames.RoleAssignmentsTable, StorageNames.ExportsTable, StorageNames.CohortTable, StorageNames.CohortCountsTable,
                     StorageNames.UploadLinksTable, StorageNames.ReconciliationsTable })
        {
            await Tables.GetTableClient(table).CreateIfNotExistsAsync(cancellationToken);
        }
    }
}
