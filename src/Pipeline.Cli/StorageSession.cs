using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// The storage a CLI command works on: the account given by <c>--storage</c>, or a private Azurite whose data
/// lives under <c>OUT/.storage</c> so later commands can reopen it.
/// </summary>
public sealed class StorageSession : IAsyncDisposable
{
    private readonly AzuriteProcess? azurite;

    private StorageSession(string connectionString, AzuriteProcess? azurite)
    {
        ConnectionString = connectionString;
        this.azurite = azurite;
    }

    public string ConnectionString { get; }

    public static async Task<StorageSession> OpenAsync(string? connectionString, string localFolder, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageSession(connectionString, null);
        }

        var azurite = await AzuriteProcess.StartAsync(localFolder, cancellationToken);
        return new StorageSession(azurite.ConnectionString, azurite);
    }

    /// <summary>The same composition as the Functions host, with settings from appsettings/environment and the command line.</summary>
    public ServiceProvider CreateServices(CliArguments args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Validation:ReferenceDate"] = args["reference-date"] ?? Environment.GetEnvironmentVariable("Validation__ReferenceDate"),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(Enum.TryParse<LogLevel>(args["log-level"], true, out var level) ? level : LogLevel.Warning));
        services.AddPipeline(configuration, PipelineStorageFactory.FromConnectionString(ConnectionString));
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
