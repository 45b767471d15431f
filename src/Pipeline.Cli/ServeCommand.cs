using System.CommandLine;
using Microsoft.Extensions.Configuration;
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

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = new Option<DirectoryInfo?>("--from")
        {
            Description = "The --out folder of an earlier run, whose .storage/ holds the results (or give --storage).",
            HelpName = "OUT",
        };
        var port = new Option<int>("--port")
        {
            Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be a number from 0 to 65535.");
            }
        });
        var common = new CommonOptions();
        var command = new Command("serve", "Serve the administrators' page and API on 127.0.0.1 with a local sign-in.") { from, port };
        common.AddTo(command);
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            parsed.GetValue(from)?.FullName, parsed.GetValue(port), common.Read(parsed), output, errors, cancellationToken));
        return command;
    }

    public static async Task<int> ExecuteAsync(string? from, int port, CommonSettings common, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (from is null && common.Storage is null)
        {
            throw new UsageException("serve needs --from OUT (the folder of a run) or --storage CONNECTION.");
        }

        var localStore = from is null ? "" : Path.Combine(from, ".storage");
        if (common.Storage is null && !Directory.Exists(localStore))
        {
            throw new UsageException($"No results to serve: {localStore} does not exist. Run 'run --out {from}' first.");
        }

        await using var session = await StorageSession.OpenAsync(common, localStore, errors, cancellationToken);
        session.Activity = "serving the administrators' page";
        return await session.RunAsync(
            async (services, token) =>
            {
                var storage = (PipelineStorage)services.GetService(typeof(PipelineStorage))!;
                var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
                await using var server = await LocalApiServer.StartAsync(storage, configuration, port, developmentSignIn: true, common.LogLevel, cancellationToken: token);
                output.WriteLine($"Serving the administrators' page on {server.Address} (local sign-in; Ctrl+C stops)");
                try
                {
                    await Task.Delay(Timeout.Infinite, token);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Ctrl+C: the server stops with the session.
                }

                return 0;
            },
            cancellationToken);
    }
}
