using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Cli;

/// <summary>
/// <c>export --from OUT [--out DIR]</c>: reopens the results a <c>run</c> left under <c>OUT/.storage</c> (or the
/// account given by <c>--storage</c>) and writes the exports again, for every upload stored, without
/// processing anything. Later commands (summaries, the local API) reopen results the same way.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, CancellationToken cancellationToken)
    {
        var from = Path.GetFullPath(args.Required("from"));
        var localStore = Path.Combine(from, ".storage");
        if (args["storage"] is null && !Directory.Exists(localStore))
        {
            throw new UsageException($"No results to reopen: {localStore} does not exist. Run 'run --out {from}' first.");
        }

        var outDir = Path.GetFullPath(args["out"] ?? from);
        await using var session = await StorageSession.OpenAsync(args["storage"], localStore, cancellationToken);
        using var services = session.CreateServices(args);
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.EnsureCreatedAsync(cancellationToken);

        var uploads = new List<IngestOutcome>();
        await foreach (var upload in services.GetRequiredService<UploadStore>().ListAllAsync(cancellationToken))
        {
            uploads.Add(new IngestOutcome(upload.Path, upload.UploadKey, upload.Status, upload.Rows, upload.IssueCode, upload.Message, UploadIdentity.Of(upload.Path).ResultPath, Skipped: true));
        }

        uploads.Sort((a, b) => string.CompareOrdinal(a.UploadPath, b.UploadPath));
        await new Exporter(storage, services.GetRequiredService<UploadStore>(), services.GetRequiredService<RecordStore>()).ExportAsync(uploads, outDir, cancellationToken);
        output.WriteLine($"{uploads.Count} uploads exported to {outDir}");
        return 0;
    }
}
