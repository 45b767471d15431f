using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// <c>soak [--minutes 3 --files 90 --rows 730 --parallel 4]</c>: village lists uploaded and ingested concurrently
/// through <see cref="UploadIngestService"/> against Azurite for a few minutes, round after round (each round a new
/// version of every file: the full list, then the list without every tenth row, and so on), and then the tables
/// checked against the input. Prints throughput, errors, the peak working set of the pipeline process and of
/// Azurite, and what the checks found; exits 1 when a check fails.
/// </summary>
/// <remarks>
/// The pipeline runs in a child process so its peak memory is its own (as in <see cref="VillagesBenchmark"/>);
/// Azurite runs in memory. A round is started only while time is left, and every file of a round is finished
/// before the next round starts, so one path is never ingested twice at once (the blob trigger does not do
/// that either: one blob, one invocation at a time).
/// </remarks>
internal static class SoakBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var minutes = double.Parse(options.Value("minutes") ?? "3", CultureInfo.InvariantCulture);
        var files = options.Int("files", 90);
        var rows = options.Int("rows", 730);
        var parallel = options.Int("parallel", 4);
        Console.WriteLine($"machine: {BenchmarkMachine.Describe()}; Azurite in memory");
        var data = await GeneratedData.EnsureAsync(files, rows);
        var versions = await SoakVersions.EnsureAsync(data);

        await using var azurite = await AzuriteProcess.StartAsync(location: null);
        var azuriteStartCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId);
        var child = await ChildProcess.RunAsync(
            "soak-run", "--storage", azurite.ConnectionString, "--participants", data.Register, "--input", data.UploadsRoot,
            "--trimmed", versions.TrimmedRoot, "--minutes", minutes.ToString(CultureInfo.InvariantCulture), "--parallel", parallel.ToString(CultureInfo.InvariantCulture));
        var azuritePeak = BenchmarkMachine.PeakMegabytes(azurite.ProcessId);
        var azuriteCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId) - azuriteStartCpu;

        var seconds = child.Long("elapsed_ms") / 1000.0;
        Console.WriteLine();
        Console.WriteLine("| files × rows | parallel | time | rounds | ingests | files/min | rows/s | errors | pipeline peak | Azurite peak | CPU pipeline / Azurite | checks |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {files} × {rows} | {parallel} | {seconds:F0} s | {child.Value("rounds")} | {child.Long("ingests")} | {child.Long("ingests") * 60 / seconds:F1} | {child.Long("rows") / seconds:F0} | {child.Long("errors")} | {child.Long("peak_mb")} MB | {azuritePeak} MB | {child.Long("cpu_ms") / 1000.0:F0} s / {azuriteCpu:F0} s | {child.Value("checks")} |"));
        Console.WriteLine($"ingest end to end per file: {child.Value("spread")}; errors by type: {child.Value("error_types")}");
        return child.Value("checks") == "ok" && child.Long("errors") == 0 ? 0 : 1;
    }

    /// <summary>The child: rounds of concurrent ingests until the time is up, then the checks, then its figures.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var input = options.Required("input");
        var trimmed = options.Required("trimmed");
        var parallel = options.Int("parallel", 4);
        var duration = TimeSpan.FromMinutes(double.Parse(options.Required("minutes"), CultureInfo.InvariantCulture));
        var paths = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(input)!, "paths.txt"));
        var rowsOf = File.ReadAllLines(Path.Combine(trimmed, "rows.tsv")).Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => new[] { int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture) }, StringComparer.Ordinal);

        await using var services = StoredRecordsBenchmark.Compose(options.Required("storage"));
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.EnsureCreatedAsync();
        var register = options.Required("participants");
        await using (var stream = File.OpenRead(register))
        {
            await services.GetRequiredService<ParticipantRegisterService>().LoadAsync(StorageNames.ParticipantsPrefix + Path.GetFileName(register), stream, default);
        }

        var ingest = services.GetRequiredService<UploadIngestService>();
        var lastVersion = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var errors = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var durations = new ConcurrentBag<long>();
        long ingests = 0, rows = 0;
        var rounds = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            var version = rounds % 2;
            var round = rounds + 1;
            await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (path, ct) =>
            {
                var file = Path.Combine(version == 0 ? input : trimmed, path);
                var started = Stopwatch.StartNew();
                try
                {
                    var content = await File.ReadAllBytesAsync(file, ct);
                    await storage.Uploads.GetBlobClient(path).UploadAsync(new BinaryData(content), overwrite: true, ct);
                    var outcome = await ingest.IngestAsync(path, new MemoryStream(content), ct);
                    durations.Add(started.ElapsedMilliseconds);
                    Interlocked.Increment(ref ingests);
                    if (outcome.Status != IngestOutcome.Processed || outcome.Skipped)
                    {
                        errors.AddOrUpdate($"{outcome.Status} {outcome.IssueCode}{(outcome.Skipped ? " skipped" : "")}", 1, (_, n) => n + 1);
                        return;
                    }

                    Interlocked.Add(ref rows, outcome.Rows);
                    lastVersion[path] = version;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The type only: a message could one day carry cell data.
                    errors.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }
            });
            rounds = round;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} ({(version == 0 ? "full lists" : "every tenth row left out")}) done at {watch.Elapsed.TotalSeconds:F0} s: {Interlocked.Read(ref ingests)} ingests, {Interlocked.Read(ref rows):N0} rows"));
        }

        var elapsed = watch.ElapsedMilliseconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;
        var cpu = (long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var problems = await SoakChecks.RunAsync(services, options.Required("storage"), paths.ToDictionary(p => p, p => rowsOf[p][lastVersion.GetValueOrDefault(p)], StringComparer.Ordinal));
        foreach (var problem in problems.Take(20))
        {
            Console.WriteLine("check failed: " + problem);
        }

        var sorted = durations.Order().ToList();
        Console.WriteLine(ChildProcess.Line(
            ("elapsed_ms", elapsed.ToString(CultureInfo.InvariantCulture)),
            ("rounds", rounds.ToString(CultureInfo.InvariantCulture)),
            ("ingests", ingests.ToString(CultureInfo.InvariantCulture)),
            ("rows", rows.ToString(CultureInfo.InvariantCulture)),
            ("errors", errors.Values.Sum().ToString(CultureInfo.InvariantCulture)),
            ("error_types", errors.IsEmpty ? "none" : string.Join(", ", errors.Select(e => $"{e.Key} × {e.Value}"))),
            ("spread", sorted.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
                $"median {sorted[sorted.Count / 2] / 1000.0:F2} s, p95 {sorted[(int)(sorted.Count * 0.95)] / 1000.0:F2} s, max {sorted[^1] / 1000.0:F2} s")),
            ("peak_mb", peak.ToString(CultureInfo.InvariantCulture)),
            ("cpu_ms", cpu.ToString(CultureInfo.InvariantCulture)),
            ("checks", problems.Count == 0 ? "ok" : $"{problems.Count} failed")));
        return 0;
    }
}
