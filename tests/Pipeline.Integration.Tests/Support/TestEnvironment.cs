using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Cli;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// A real Azurite of its own (in memory, free ports) and the pipeline composed over it exactly as the
/// Functions host composes it. One per test: the matching index spans all stored records, so tests must
/// not see each other's data.
/// </summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    public const string ReferenceDate = "2025-11-06";

    private readonly AzuriteProcess azurite;

    private TestEnvironment(AzuriteProcess azurite, ServiceProvider services)
    {
        this.azurite = azurite;
        Services = services;
    }

    public ServiceProvider Services { get; }
    public string ConnectionString => azurite.ConnectionString;
    public PipelineStorage Storage => Services.GetRequiredService<PipelineStorage>();
    public UploadIngestService Ingest => Services.GetRequiredService<UploadIngestService>();
    public ParticipantRegisterService Register => Services.GetRequiredService<ParticipantRegisterService>();

    public static async Task<TestEnvironment> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync(location: null);
        var services = Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString));
        var environment = new TestEnvironment(azurite, services);
        await environment.Storage.EnsureCreatedAsync();
        return environment;
    }

    /// <summary>The same composition over other clients (e.g. with a fault-injecting pipeline policy).</summary>
    public static ServiceProvider Compose(PipelineStorage storage)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = ReferenceDate })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPipeline(configuration, storage);
        return services.BuildServiceProvider();
    }

    public async Task<string> UploadAndIngestAsync(string path, byte[] content)
    {
        await Storage.Uploads.GetBlobClient(path).UploadAsync(new BinaryData(content), overwrite: true);
        var outcome = await Ingest.IngestAsync(path, new MemoryStream(content), CancellationToken.None);
        return outcome.Status;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await azurite.DisposeAsync();
    }
}
