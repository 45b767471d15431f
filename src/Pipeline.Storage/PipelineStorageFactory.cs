using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace Pipeline.Storage;

/// <summary>
/// Builds the data account's clients from the same settings the Functions host's blob trigger reads:
/// either a connection string in <c>PipelineStorage</c> (local, Azurite), or identity-based settings
/// <c>PipelineStorage__blobServiceUri</c>, <c>__tableServiceUri</c>, <c>__credential=managedidentity</c>,
/// <c>__clientId</c> (production, where shared keys are disabled).
/// </summary>
public static class PipelineStorageFactory
{
    public static PipelineStorage FromConnectionString(string connectionString, Action<Azure.Core.ClientOptions>? configure = null)
    {
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        configure?.Invoke(blobOptions);
        configure?.Invoke(tableOptions);
        return new PipelineStorage(new BlobServiceClient(connectionString, blobOptions), new TableServiceClient(connectionString, tableOptions));
    }

    public static PipelineStorage FromConfiguration(IConfiguration configuration, string name = StorageNames.ConnectionName)
    {
        var connectionString = configuration[name] ?? configuration.GetConnectionString(name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return FromConnectionString(connectionString);
        }

        var section = configuration.GetSection(name);
        var blobUri = section["blobServiceUri"];
        var tableUri = section["tableServiceUri"];
        if (string.IsNullOrWhiteSpace(blobUri) || string.IsNullOrWhiteSpace(tableUri))
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set '{name}' to a connection string, or '{name}__blobServiceUri' and '{name}__tableServiceUri' for identity-based access.");
        }

        var credential = CreateCredential(section["credential"], section["clientId"]);
        return new PipelineStorage(new BlobServiceClient(new Uri(blobUri), credential), new TableServiceClient(new Uri(tableUri), credential));
    }

    private static TokenCredential CreateCredential(string? kind, string? clientId) =>
        string.Equals(kind, "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
}
