using System.CommandLine;
using System.Globalization;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Results;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;
using Pipeline.Storage;

namespace Pipeline.Cli;

/// <summary>
/// <c>run --input DIR --out DIR [--participants FILE] [--parallel N]</c>: uploads every file under DIR to
/// <c>uploads/</c> with its relative path, ingests each with the service the blob trigger runs (N files side by
/// side, matching in file order), and writes the exports and the week's summary (OUT/reports/). Rejected files and
/// rows are results, not failures: the exit code is 0 when the run completed.
/// </summary>
public static class RunCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var input = new Option<DirectoryInfo>("--input")
        {
            Description = "Folder of village lists; every file under it is uploaded with its path (kecamatan/desa/file.xlsx).",
            HelpName = "DIR",
            Required = true,
        }.AcceptExistingOnly();
        var outDir = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for records.csv, uploads.csv, results/ and reports/ (and .storage/, the private Azurite's data).",
            HelpName = "DIR",
            Required = true,
        };
        var participants = new Option<FileInfo>("--participants")
        {
            Description = "The BPJS Ketenagakerjaan participant export (.csv or .xlsx), loaded before the lists are matched.",
            HelpName = "FILE",
        }.AcceptExistingOnly();
        var parallel = new Option<int?>("--parallel")
        {
            Description = "Files read side by side (default: Ingest__Parallelism, or one per processor). Matching keeps the file order.",
            HelpName = "N",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
                {
                    return value;
                }

                result.AddError($"--parallel takes a positive number of files, not '{text}'.");
                return null;
            },
        };
        var common = new CommonOptions();
        var command = new Command("run", "Upload and ingest every file of a folder, then write the exports and this week's summary.")
        {
            input, outDir, participants, parallel,
        };
        common.AddTo(command);
        command.SetAction((parsed, cancellationToken) => ExecuteAsync(
            new RunSettings(parsed.GetRequiredValue(input).FullName, parsed.GetRequiredValue(outDir).FullName, parsed.GetValue(participants)?.FullName, parsed.GetValue(parallel), common.Read(parsed)),
            output, errors, cancellationToken));
        return command;
    }

    public static async Task<int> ExecuteAsync(RunSettings settings, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var files = InputFolder.List(settings.Input);
        var notUploaded = files.Where(f => !f.ToUpload).ToList();
        foreach (var file in notUploaded)
        {
            errors.WriteLine($"{(file.Status == IngestOutcomeStatus.Skipped ? "Skipped" : "Not uploaded")}: {ShownFileName.Of(file.UploadPath)} [{file.Problem!.Code}]");
        }

        await using var session = await StorageSession.OpenAsync(settings.Common, Path.Combine(settings.Out, ".storage"), errors, cancellationToken);
        return await session.RunAsync((services, token) => RunAsync(session, services, settings, files, output, errors, token), cancellationToken);
    }

    private static async Task<int> RunAsync(
        StorageSession session, IServiceProvider services, RunSettings settings, IReadOnlyList<InputFile> files, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var storage = services.GetRequiredService<PipelineStorage>();
        session.Activity = "loading the participant register and ingesting the files";

        var toUpload = files.Where(f => f.ToUpload).ToList();
        var sizes = toUpload.Select(f => SizeOf(f.FullPath!)).ToArray();
        var ingested = new IngestOutcome[toUpload.Count];
        var parallelism = settings.Parallel ?? DefaultParallelism(services.GetRequiredService<IOptions<IngestOptions>>().Value);
        var ingest = services.GetRequiredService<UploadIngestService>();
        var progress = RunProgress.Create(errors, toUpload.Count, sizes.Sum());

        // The register loads while the first files are uploaded and read; no file is matched before it is in.
        var register = LoadRegisterAsync(services, settings.Participants, output, progress, cancellationToken);
        var order = new MatchingOrder(toUpload.Count, register);
        var ingestWatch = System.Diagnostics.Stopwatch.StartNew();
        var gate = services.GetRequiredService<MatchingGate>();
        void ShowLockWait(object? sender, EventArgs e) => progress.WaitingForLock();
        gate.WaitingForLease += ShowLockWait;

        // Files are read side by side but enter matching in their sorted order, so results never depend on timing.
        await progress.RunAsync(() => Parallel.ForEachAsync(
            Enumerable.Range(0, toUpload.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (position, token) =>
            {
                var file = toUpload[position];
                try
                {
                    ingested[position] = await UploadAndIngestAsync(storage, ingest, file, order.Turn(position), token);
                }
                catch (Exception e) when (!token.IsCancellationRequested && StorageFault.Matches(e))
                {
                    order.Turn(position).Complete();
                    throw new StorageUnavailableException($"ingesting {file.UploadPath}", null, e);
                }

                progress.Report(ingested[position], sizes[position]);
            }));
        gate.WaitingForLease -= ShowLockWait;

        var ingestTime = ingestWatch.Elapsed;
        var registerTime = await register;
        session.Activity = "writing the exports and this week's summary";
        var outcomes = Merge(files, toUpload, ingested);
        var exportWatch = System.Diagnostics.Stopwatch.StartNew();

        // One pass over the stored records makes the week's summary and records.csv together; uploads.csv and the
        // result workbooks are written meanwhile. Everything reflects the tables as ingest left them.
        int newPeople;
        var summary = new StringWriter();
        await using (var export = await new Exporter(storage, services.GetRequiredService<UploadStore>(), services.GetRequiredService<RecordPages>()).BeginAsync(outcomes, settings.Out, cancellationToken))
        {
            await SummaryCommand.WriteAsync(services, week: null, settings.Out, summary, cancellationToken, export.Records);
            newPeople = await export.CompleteAsync();
        }

        var failed = outcomes.Count(o => o.Status == IngestOutcome.Failed);
        var skipped = outcomes.Count(o => o.Status == IngestOutcomeStatus.Skipped);
        output.WriteLine(
            $"{outcomes.Count} files: {outcomes.Count - failed - skipped} processed, {failed} failed{(skipped > 0 ? $", {skipped} skipped (system files)" : "")}; " +
            $"{outcomes.Sum(o => o.Rows)} rows. Exports in {settings.Out}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Time: register {registerTime.TotalSeconds:F1} s (beside the first files), ingest {ingestTime.TotalSeconds:F1} s ({parallelism} files side by side), exports and summary {exportWatch.Elapsed.TotalSeconds:F1} s"));
        var budget = services.GetRequiredService<ContributionSchedule>().Estimate(newPeople, JakartaTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow()));
        output.WriteLine(
            $"Budget: {newPeople} people to be paid for (new, reactivate) x {IndonesianFormat.Rupiah(budget.MonthlyRate)} = {IndonesianFormat.Rupiah(budget.Monthly)} per month, " +
            $"{IndonesianFormat.Rupiah(budget.Total)} over {budget.Months} months");
        foreach (var outcome in outcomes.Where(o => o.Status != IngestOutcome.Processed))
        {
            output.WriteLine($"  {outcome.Status}: {ShownFileName.Of(outcome.UploadPath)} [{outcome.IssueCode}]");
        }

        output.Write(summary.ToString());
        return 0;
    }

    /// <summary>Stores the participant register export and loads it as the current snapshot; returns how long it took.</summary>
    private static async Task<TimeSpan> LoadRegisterAsync(IServiceProvider services, string? participantsFile, TextWriter output, RunProgress progress, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        if (participantsFile is null)
        {
            return watch.Elapsed;
        }

        await Task.Yield();
        var name = Path.GetFileName(participantsFile);
        await using var stream = File.OpenRead(participantsFile);
        await services.GetRequiredService<PipelineStorage>().Reference.GetBlobClient(StorageNames.ParticipantsPrefix + name).UploadAsync(stream, overwrite: true, cancellationToken);
        stream.Position = 0;
        var loaded = await services.GetRequiredService<ParticipantRegisterService>().LoadAsync(
            StorageNames.ParticipantsPrefix + name, stream, cancellationToken, RegisterReport.Progress(progress.Note, name));
        RegisterReport.Write(output, name, loaded);
        return watch.Elapsed;
    }

    /// <summary>
    /// Uploads the file to its path, then ingests what was stored, as the blob trigger would. A name storage refuses
    /// (HTTP 400) or a file that cannot be opened is that file's failure; any other storage error is an outage.
    /// </summary>
    private static async Task<IngestOutcome> UploadAndIngestAsync(PipelineStorage storage, UploadIngestService ingest, InputFile file, IMatchingTurn turn, CancellationToken cancellationToken)
    {
        var blob = storage.Uploads.GetBlobClient(file.UploadPath);
        FileStream upload;
        try
        {
            upload = File.OpenRead(file.FullPath!);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            turn.Complete();
            return NotUploaded(file.UploadPath, IssueCatalog.FileNotReadable.Create(InputFolder.ReadProblem(e)));
        }

        await using (upload)
        {
            try
            {
                await blob.UploadAsync(upload, overwrite: true, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 400)
            {
                turn.Complete();
                return NotUploaded(file.UploadPath, IssueCatalog.FileNameUnusable.Create($"ditolak penyimpanan: {e.ErrorCode ?? "400"}"));
            }

            // The bytes just stored, from the file still held open (File.OpenRead lets nobody write it meanwhile):
            // reading them back from storage would cost a download and a copy to get the same bytes.
            upload.Position = 0;
            return await ingest.IngestAsync(file.UploadPath, upload, turn, cancellationToken);
        }
    }

    /// <summary>The uploads.csv row of a file that never reached ingest: no key, no result workbook.</summary>
    internal static IngestOutcome NotUploaded(string uploadPath, Issue problem, string status = IngestOutcome.Failed) =>
        new(uploadPath, "", status, 0, problem.Code, problem.Message, ResultPath: "", Skipped: false);

    /// <summary>Every file in path order: what ingest said, or why it was not uploaded.</summary>
    private static List<IngestOutcome> Merge(IReadOnlyList<InputFile> files, List<InputFile> uploaded, IngestOutcome[] ingested)
    {
        var byPath = new Dictionary<string, IngestOutcome>(StringComparer.Ordinal);
        for (var i = 0; i < uploaded.Count; i++)
        {
            byPath[uploaded[i].UploadPath] = ingested[i];
        }

        return files.Select(f => f.ToUpload ? byPath[f.UploadPath] : NotUploaded(f.UploadPath, f.Problem!, f.Status!)).ToList();
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static int DefaultParallelism(IngestOptions options) => options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
}

/// <summary>The values of <c>run</c>'s options, paths made absolute.</summary>
public sealed record RunSettings(string Input, string Out, string? Participants, int? Parallel, CommonSettings Common);
