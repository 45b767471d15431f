using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// The storage a CLI command works on: the account given by <c>--storage</c>, or a private Azurite whose data
/// lives under <c>OUT/.storage</c> so later commands can reopen it. It turns a storage outage during the command
/// into one <see cref="StorageUnavailableException"/> that keeps the original error.
/// </summary>
public sealed class StorageSession : IAsyncDisposable
{
    private readonly AzuriteProcess? _azurite;
    private readonly CommonSettings _settings;

    private StorageSession(string connectionString, AzuriteProcess? azurite, CommonSettings settings)
    {
        ConnectionString = connectionString;
        this._azurite = azurite;
        this._settings = settings;
    }

    public string ConnectionString { get; }

    /// <summary>What the command is doing, for the message if storage fails (e.g. "writing the exports").</summary>
    public string Activity { get; set; } = "preparing storage";

    /// <param name="announce">Where to say which storage is used (the private Azurite's process id and data folder).</param>
    public static async Task<StorageSession> OpenAsync(CommonSettings settings, string localFolder, TextWriter announce, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(settings.Storage))
        {
            return new StorageSession(settings.Storage, null, settings);
        }

        var azurite = await AzuriteProcess.StartAsync(localFolder, cancellationToken);
        announce.WriteLine($"Storage: private Azurite (process {azurite.ProcessId}), data in {localFolder}");
        return new StorageSession(azurite.ConnectionString, azurite, settings);
    }

    /// <summary>
    /// Runs <paramref name="work"/> over the pipeline's services. If the private Azurite exits meanwhile, the work is
    /// cancelled at once (it cannot come back); any storage fault comes out as <see cref="StorageUnavailableException"/>.
    /// A cancellation asked for by the caller (Ctrl+C, which also reaches Azurite) stays a cancellation.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watching = new CancellationTokenSource();
        if (_azurite is not null)
        {
            _ = _azurite.WaitForExitAsync(watching.Token).ContinueWith(
                exited =>
                {
                    try
                    {
                        if (exited.IsCompletedSuccessfully)
                        {
                            cancellation.Cancel();
                        }
                    }
                    catch (ObjectDisposedException)
                    {
                        // The work had already ended.
                    }
                },
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        try
        {
            await using var services = CreateServices();
            await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync(cancellation.Token);
            return await work(services, cancellation.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not StorageUnavailableException && (_azurite?.UnexpectedExitCode is not null || StorageFault.Matches(e)))
        {
            throw new StorageUnavailableException(Activity, _azurite?.UnexpectedExitCode, e);
        }
        catch (StorageUnavailableException e) when (!cancellationToken.IsCancellationRequested && _azurite?.UnexpectedExitCode is { } code && e.InnerException is { } original)
        {
            throw new StorageUnavailableException(e.Activity, code, original);
        }
        finally
        {
            await watching.CancelAsync();
        }
    }

    /// <summary>The same composition as the Functions host, with settings from the environment and the command line.</summary>
    private ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Validation:ReferenceDate"] = _settings.ReferenceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    ?? Environment.GetEnvironmentVariable("Validation__ReferenceDate"),
            })
            .Build();
        PipelineStorage storage;
        try
        {
            storage = PipelineStorageFactory.FromConnectionString(ConnectionString);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new UsageException("--storage is not a valid storage connection string (expected e.g. 'DefaultEndpointsProtocol=https;AccountName=...;AccountKey=...').");
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(_settings.LogLevel));
        services.AddPipeline(configuration, storage);
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
