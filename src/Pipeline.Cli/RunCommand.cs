using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Cli;

/// <summary>
/// <c>run --input DIR [--participants FILE] --out DIR [--storage CONNECTION] [--parallel N]</c>: uploads every
/// file under DIR to <c>uploads/</c> with its relative path, ingests each with the service the blob trigger runs
/// (N files side by side, one per processor by default; matching in file order), and writes the exports and the
/// week's summary (OUT/reports/). Rejected files and rows are results, not failures: the exit code is 0 when the
/// run completed.
/// </summary>
public static class RunCommand
{
    public static async Task<int> ExecuteAsync(CliArguments args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var input = Path.GetFullPath(args.Required("input"));
        var outDir = Path.GetFullPath(args.Required("out"));
        var participantsFile = args["participants"];
        if (!Directory.Exists(input))
        {
            throw new UsageException($"Input folder not found: {input}");
        }

        if (participantsFile is not null && !File.Exists(participantsFile))
        {
            throw new UsageException($"Participants file not found: {participantsFile}");
        }

        var files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(input, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')) && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        await using var session = await StorageSession.OpenAsync(args["storage"], Path.Combine(outDir, ".storage"), cancellationToken);
        using var services = session.CreateServices(args);
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.EnsureCreatedAsync(cancellationToken);

        if (participantsFile is not null)
        {
            var name = Path.GetFileName(participantsFile);
            await using var stream = File.OpenRead(participantsFile);
            await storage.Reference.GetBlobClient(StorageNames.ParticipantsPrefix + name).UploadAsync(stream, overwrite: true, cancellationToken);
            stream.Position = 0;
            var loaded = await services.GetRequiredService<ParticipantRegisterService>().LoadAsync(StorageNames.ParticipantsPrefix + name, stream, cancellationToken);
            output.WriteLine($"Participant register {name}: {loaded.Status}, {loaded.Participants} participants{(loaded.IssueCode is null ? "" : $" ({loaded.IssueCode})")}");
        }

        var ingest = services.GetRequiredService<UploadIngestService>();
        var progress = new ProgressBar(files.Count, errors);
        var outcomes = new IngestOutcome[files.Count];
        var order = new MatchingOrder(files.Count);
        var parallelism = ParallelismOf(args, services.GetRequiredService<IOptions<IngestOptions>>().Value);

        var ingestWatch = System.Diagnostics.Stopwatch.StartNew();

        // Files are read side by side but enter matching in their sorted order, so results never depend on timing.
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (position, token) =>
            {
                var file = files[position];
                var blob = storage.Uploads.GetBlobClient(file);
                await using (var upload = File.OpenRead(Path.Combine(input, file)))
                {
                    await blob.UploadAsync(upload, overwrite: true, token);
                }

                // Read back from storage, as the trigger would: what is processed is what was stored.
                await using var content = await blob.OpenReadAsync(cancellationToken: token);
                outcomes[position] = await ingest.IngestAsync(file, content, order.Turn(position), token);
                lock (progress)
                {
                    progress.Step(file);
                }
            });

        var ingestTime = ingestWatch.Elapsed;
        var exportWatch = System.Diagnostics.Stopwatch.StartNew();
        var newPeople = await new Exporter(storage, services.GetRequiredService<UploadStore>(), services.GetRequiredService<RecordStore>()).ExportAsync(outcomes, outDir, cancellationToken);
        var failed = outcomes.Count(o => o.Status == IngestOutcome.Failed);
        output.WriteLine($"{outcomes.Length} files: {outcomes.Length - failed} processed, {failed} failed; {outcomes.Sum(o => o.Rows)} rows. Exports in {outDir}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Time: ingest {ingestTime.TotalSeconds:F1} s ({parallelism} files side by side), exports {exportWatch.Elapsed.TotalSeconds:F1} s"));
        var budget = services.GetRequiredService<ContributionSchedule>().Estimate(newPeople, JakartaTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow()));
        output.WriteLine(
            $"Budget: {newPeople} new people x {IndonesianFormat.Rupiah(budget.MonthlyRate)} = {IndonesianFormat.Rupiah(budget.Monthly)} per month, " +
            $"{IndonesianFormat.Rupiah(budget.Total)} over {budget.Months} months");
        foreach (var outcome in outcomes.Where(o => o.Status == IngestOutcome.Failed))
        {
            output.WriteLine($"  failed: {outcome.UploadPath} [{outcome.IssueCode}]");
        }

        await SummaryCommand.WriteAsync(services, week: null, outDir, output, cancellationToken);

        return 0;
    }

    private static int ParallelismOf(CliArguments args, IngestOptions options)
    {
        var text = args["parallel"];
        if (text is null)
        {
            return options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException("--parallel takes a positive number of files.");
    }
}
