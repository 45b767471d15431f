using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// <c>serve (--from OUT | --storage CONNECTION) [--port N]</c>: the administrators' page and API on
/// http://127.0.0.1:N/ over the results a <c>run</c> left (or any account), with the same route table and
/// handlers as the Functions app. Signing in is the local development sign-in, answered on loopback only.
/// </summary>
public static class ServeCommand
{
    public const int DefaultPort = 5080;

    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var port = args["port"] is { } text
            ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535 ? p : throw new UsageException($"--port must be a number from 0 to 65535, not '{text}'.")
            : DefaultPort;
        string localStore;
        if (args["from"] is { } from)
        {
            localStore = Path.Combine(Path.GetFullPath(from), ".storage");
            if (args["storage"] is null && !Directory.Exists(localStore))
            {
                throw new UsageException($"No results to serve: {localStore} does not exist. Run 'run --out {from}' first.");
            }
        }
        else if (args["storage"] is null)
        {
            throw new UsageException("serve needs --from OUT (the folder of a run) or --storage CONNECTION.");
        }
        else
        {
            localStore = "";
        }

        await using var session = await StorageSession.OpenAsync(args["storage"], localStore, cancellationToken);
        var storage = PipelineStorageFactory.FromConnectionString(session.ConnectionString);
        await storage.EnsureCreatedAsync(cancellationToken);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var level = Enum.TryParse<LogLevel>(args["log-level"], true, out var parsed) ? parsed : LogLevel.Warning;
        await using var server = await LocalApiServer.StartAsync(storage, configuration, port, developmentSignIn: true, level, cancellationToken: cancellationToken);
        output.WriteLine($"Serving the administrators' page on {server.Address} (local sign-in; Ctrl+C stops)");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        return 0;
    }
}
