using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Results;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// <c>export --from OUT [--out DIR]</c>: reopens the results a <c>run</c> left under <c>OUT/.storage</c> (or the
/// account given by <c>--storage</c>) and writes the exports again, for every upload stored, without
/// processing anything. Later commands (summaries, the local API) reopen results the same way.
/// </summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = EarlierRun.FromOption();
        var outDir = new Option<DirectoryInfo?>("--out")
        {
            Description = "Where to write records.csv, uploads.csv and results/ (default: the --from folder).",
            HelpName = "DIR",
        };
        var common = new CommonOptions();
        var command = new Command("export", "Write records.csv, uploads.csv and results/ again from the stored results, processing nothing.") { from, outDir };
        common.AddTo(command);
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            parsed.GetRequiredValue(from).FullName, parsed.GetValue(outDir)?.FullName, common.Read(parsed), output, errors, cancellationToken));
        return command;
    }

    public static async Task<int> ExecuteAsync(string from, string? outDir, CommonSettings common, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var localStore = EarlierRun.LocalStore(from, common);

        var target = outDir ?? from;
        await using var session = await StorageSession.OpenAsync(common, localStore, errors, cancellationToken);
        session.Activity = "writing the exports";
        return await session.RunAsync(
            async (services, token) =>
            {
                var storage = services.GetRequiredService<PipelineStorage>();
                var uploads = new List<IngestOutcome>();
                await foreach (var upload in services.GetRequiredService<UploadStore>().ListAllAsync(token))
                {
                    // An upload still being ingested (or left so by a process that was killed) has no result of this
                    // version yet: it is listed as processing, with no result and no records, never as an empty file.
                    var resultPath = upload.Status == IngestOutcome.Processing ? "" : UploadIdentity.Of(upload.Path).ResultPath;
                    uploads.Add(new IngestOutcome(upload.Path, upload.UploadKey, upload.Status, upload.Rows, upload.IssueCode, upload.Message, resultPath, Skipped: true));
                }

                uploads.Sort((a, b) => string.CompareOrdinal(a.UploadPath, b.UploadPath));
                await new Exporter(storage, services.GetRequiredService<UploadStore>(), services.GetRequiredService<RecordPages>()).ExportAsync(uploads, target, token);
                var inProgress = uploads.Where(u => u.Status == IngestOutcome.Processing).Select(u => ShownFileName.Of(u.UploadPath)).ToList();
                output.WriteLine($"{uploads.Count - inProgress.Count} uploads exported to {target}");
                if (inProgress.Count > 0)
                {
                    output.WriteLine($"{inProgress.Count} still processing, listed in uploads.csv without a result (run export again when they are done): {string.Join(", ", inProgress)}");
                }
                return 0;
            },
            cancellationToken);
    }
}
