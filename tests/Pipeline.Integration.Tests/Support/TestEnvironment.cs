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
/// Functions host composes it. One per test where the test depends on what else is stored (the matching
/// index spans all stored records); <see cref="SharedEnvironment"/> where tests keep to their own people.
/// </summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    public const string ReferenceDate = "2025-11-06";

    private readonly AzuriteProcess _azurite;

    private TestEnvironment(AzuriteProcess azurite, ServiceProvider services)
    {
        this._azurite = azurite;
        Services = services;
    }

    public ServiceProvider Services { get; }
    public string ConnectionString => _azurite.ConnectionString;
    public PipelineStorage Storage => Services.GetRequiredService<PipelineStorage>();
    public UploadIngestService Ingest => Services.GetRequiredService<UploadIngestService>();
    public ParticipantRegisterService Register => Services.GetRequiredService<ParticipantRegisterService>();

    /// <param name="settings">Configuration beyond the defaults, e.g. <c>Ingest:SnapshotEvery</c>.</param>
    /// <param name="clock">The services' clock (a fake one walks through months); the system clock by default.</param>
    public static async Task<TestEnvironment> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var azurite = await AzuriteProcess.StartAsync(location: null);
        var services = Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString), settings, clock);
        var environment = new TestEnvironment(azurite, services);
        await environment.Storage.EnsureCreatedAsync();
        return environment;
    }

    /// <summary>
    /// The same composition over other clients (e.g. with a fault-injecting pipeline policy), or over the same
    /// account: a second provider is a second process as far as the caches are concerned.
    /// </summary>
    public static ServiceProvider Compose(PipelineStorage storage, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = ReferenceDate })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPipeline(configuration, storage);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

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
        await _azurite.DisposeAsync();
    }
}
