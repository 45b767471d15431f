namespace Pipeline.Cli;

/// <summary>Entry point, callable in-process by tests. Exit codes: 0 ran, 2 usage, 1 the tool itself failed.</summary>
public static class CliApp
{
    public const string Usage = """
        Usage:
          pipeline run --input DIR --out DIR [--participants FILE] [--storage CONNECTION]
                       [--reference-date yyyy-MM-dd] [--log-level Information] [--parallel N]
          pipeline export --from OUT [--out DIR] [--storage CONNECTION]
          pipeline serve (--from OUT | --storage CONNECTION) [--port 5080]
          pipeline summary [--from OUT | --storage CONNECTION] [--week 2026-W48] [--out DIR]

          Without --storage a private Azurite (npm ci first) keeps its data under OUT/.storage;
          export reopens it and writes records.csv, uploads.csv and results/ again; summary makes
          a week's summary (default: the week in progress) into DIR/reports/{yyyy}-W{ww}/;
          serve opens the administrators' page and API on http://127.0.0.1:PORT/ with a local sign-in.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken = default)
    {
        try
        {
            var parsed = CliArguments.Parse(args);
            return parsed.Command switch
            {
                "run" => await RunCommand.ExecuteAsync(parsed, output, errors, cancellationToken),
                "export" => await ExportCommand.ExecuteAsync(parsed, output, cancellationToken),
                "serve" => await ServeCommand.ExecuteAsync(parsed, output, cancellationToken),
                "summary" => await SummaryCommand.ExecuteAsync(parsed, output, cancellationToken),
                _ => throw new UsageException($"Unknown command '{parsed.Command}'."),
            };
        }
        catch (UsageException e)
        {
            errors.WriteLine(e.Message);
            errors.WriteLine(Usage);
            return 2;
        }
        catch (Exception e) when (e is InvalidOperationException or Azure.RequestFailedException or IOException)
        {
            errors.WriteLine($"The pipeline could not run: {e.Message}");
            return 1;
        }
    }
}
