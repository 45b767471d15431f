using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// <c>villages [--files 90 --rows 730 --runs 1]</c>: a regency's village lists through the CLI's whole <c>run</c>
/// (register, ingest, exports, weekly summary; the same services as the Functions host) against an Azurite started
/// here, and in the same measurement the floor: the Azurite start, a bare read of the same files and a bare batched
/// insert of their rows. Floors are measured before, between and after the runs; each run is compared with the mean
/// of the floors either side of it (the machine is shared and its load moves). The pipeline runs in a child process
/// so that its peak memory is its own; Azurite's is read from the kernel (VmHWM), at the end of ingest and at the end
/// of the run. Each measurement gets a fresh Azurite, in memory unless <c>--on-disk</c>: on disk, Azurite rewrites
/// its whole table database every five seconds, a cost of the emulator that grows with what is stored and that Table
/// Storage does not have.
/// </summary>
internal static class VillagesBenchmark
{
    /// <summary>The line the child prints the moment its last file is ingested, with its peak so far.</summary>
    private const string IngestedMarker = "INGESTED ";

    public static async Task RunAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var files = options.Int("files", 90);
        var rows = options.Int("rows", 730);
        var runs = options.Int("runs", 1);
        var parallel = options.Value("parallel");
        var onDisk = args.Contains("--on-disk");
        Console.WriteLine($"machine: {BenchmarkMachine.Describe()}; Azurite {(onDisk ? "on disk" : "in memory")}");
        var data = await GeneratedData.EnsureAsync(files, rows);

        var floors = new List<Floor> { await MeasureFloorAsync(data, onDisk) };
        var results = new List<Run>();
        for (var i = 0; i < runs; i++)
        {
            results.Add(await MeasureRunAsync(data, onDisk, parallel));
            floors.Add(await MeasureFloorAsync(data, onDisk));
        }

        Console.WriteLine();
        Console.WriteLine("floors (Azurite start + bare read + bare insert): " + string.Join(", ", floors.Select(f => string.Create(CultureInfo.InvariantCulture,
            $"{f.Elapsed.TotalSeconds:F1} s ({f.AzuriteStart.TotalSeconds:F1} + {f.ReadAndInsert.TotalSeconds:F1}; CPU {f.CpuSeconds:F1} s)"))) +
            $" for {floors[0].Rows:N0} sheet rows");
        Console.WriteLine("| run | total | floor | ratio | CPU: pipeline + Azurite / floor (ratio) | pipeline peak: ingest / whole run | Azurite peak: ingest / whole run | upload under lease: first / median / last | upload end to end: first / median / last |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        for (var i = 0; i < results.Count; i++)
        {
            var (run, floor) = (results[i], (floors[i].Elapsed + floors[i + 1].Elapsed) / 2);
            var floorCpu = (floors[i].CpuSeconds + floors[i + 1].CpuSeconds) / 2;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {i + 1} | {run.Total.TotalSeconds:F1} s | {floor.TotalSeconds:F1} s | **{run.Total / floor:F2}** | {run.CpuSeconds:F0} s / {floorCpu:F0} s ({run.CpuSeconds / floorCpu:F2}) | " +
                $"{run.Child.Long("ingest_peak_mb")} / {run.Child.Long("peak_mb")} MB | {run.AzuriteIngestPeak} / {run.AzuritePeak} MB | " +
                $"{Spread(run.Uploads, u => u.LockedMs)} | {Spread(run.Uploads, u => u.DurationMs)} |"));
        }

        Console.WriteLine();
        foreach (var run in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run: Azurite start {run.AzuriteStart.TotalSeconds:F1} s; {run.Child.Value("summary")} {run.Child.Value("timing")}; CPU {run.Child.Long("cpu_ms") / 1000.0:F1} s pipeline, {run.AzuriteCpu:F1} s Azurite"));
        }
    }

    /// <summary>The child: the CLI's run command in this process, then its own figures on stdout.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var output = new StringWriter();
        var errors = new IngestWatcher();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(
            ["run", "--input", options.Required("input"), "--participants", options.Required("participants"), "--out", options.Required("out"),
             "--storage", options.Required("storage"), "--reference-date", "2025-11-06", "--parallel", options.Value("parallel") is "0" or null ? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture) : options.Required("parallel")],
            output, errors);
        var total = watch.ElapsedMilliseconds;
        if (exit != 0)
        {
            Console.Error.WriteLine(errors.ToString());
            return exit;
        }

        var lines = output.ToString().Split('\n');
        var summary = lines.FirstOrDefault(l => l.Contains("files:", StringComparison.Ordinal))?.Trim();
        var timing = lines.FirstOrDefault(l => l.StartsWith("Time:", StringComparison.Ordinal))?.Trim();
        Console.WriteLine(ChildProcess.Line(
            ("total_ms", total.ToString(CultureInfo.InvariantCulture)),
            ("timing", timing ?? ""),
            ("ingest_peak_mb", errors.IngestPeakMegabytes.ToString(CultureInfo.InvariantCulture)),
            ("peak_mb", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576).ToString(CultureInfo.InvariantCulture)),
            ("cpu_ms", ((long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)),
            ("summary", summary ?? "")));
        return 0;
    }

    private static async Task<Run> MeasureRunAsync(GeneratedData data, bool onDisk, string? parallel)
    {
        var work = Directory.CreateTempSubdirectory("pipeline-villages-run-");
        try
        {
            var start = Stopwatch.StartNew();
            await using var azurite = await AzuriteProcess.StartAsync(onDisk ? Path.Combine(work.FullName, "azurite") : null);
            var azuriteStart = start.Elapsed;
            var azuriteStartCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId);
            long azuriteIngestPeak = 0;
            var child = await ChildProcess.RunAsync(
                line =>
                {
                    if (line.StartsWith(IngestedMarker, StringComparison.Ordinal))
                    {
                        azuriteIngestPeak = BenchmarkMachine.PeakMegabytes(azurite.ProcessId);
                        return true;
                    }

                    return false;
                },
                "villages-run", "--input", data.UploadsRoot, "--participants", data.Register, "--out", Path.Combine(work.FullName, "out"),
                "--storage", azurite.ConnectionString, "--parallel", parallel ?? "0");
            var azuritePeak = BenchmarkMachine.PeakMegabytes(azurite.ProcessId);
            var azuriteCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId) - azuriteStartCpu;
            var uploads = new List<UploadEntity>();
            await foreach (var upload in new UploadStore(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString)).ListAllAsync(default))
            {
                uploads.Add(upload);
            }

            uploads.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            var total = azuriteStart + TimeSpan.FromMilliseconds(child.Long("total_ms"));
            return new Run(child, total, azuriteStart, azuriteIngestPeak, azuritePeak, azuriteCpu, child.Long("cpu_ms") / 1000.0 + azuriteCpu, uploads);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<Floor> MeasureFloorAsync(GeneratedData data, bool onDisk)
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-villages-floor-");
        try
        {
            var start = Stopwatch.StartNew();
            await using var azurite = await AzuriteProcess.StartAsync(onDisk ? folder.FullName : null);
            var azuriteStart = start.Elapsed;
            var azuriteCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId);
            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (elapsed, rows) = await FloorMeasurement.RunAsync(azurite.ConnectionString, data.UploadsRoot, data.Paths);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalSeconds + BenchmarkMachine.CpuSeconds(azurite.ProcessId) - azuriteCpu;
            return new Floor(azuriteStart + elapsed, azuriteStart, elapsed, rows, cpu);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Spread(List<UploadEntity> uploads, Func<UploadEntity, long> value)
    {
        if (uploads.Count == 0)
        {
            return "-";
        }

        var sorted = uploads.Select(value).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{value(uploads[0]) / 1000.0:F2} / {sorted[sorted.Count / 2] / 1000.0:F2} / {value(uploads[^1]) / 1000.0:F2} s");
    }

    private sealed record Floor(TimeSpan Elapsed, TimeSpan AzuriteStart, TimeSpan ReadAndInsert, int Rows, double CpuSeconds);

    private sealed record Run(
        ChildProcess Child, TimeSpan Total, TimeSpan AzuriteStart, long AzuriteIngestPeak, long AzuritePeak, double AzuriteCpu, double CpuSeconds, List<UploadEntity> Uploads);

    /// <summary>
    /// The run's progress writer: it keeps the lines, and when the last file is reported ("[90/90] ...") it notes this
    /// process's peak so far and tells the parent, which reads Azurite's then.
    /// </summary>
    private sealed class IngestWatcher : StringWriter
    {
        public long IngestPeakMegabytes { get; private set; }

        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (IngestPeakMegabytes == 0 && value is not null && IsLastFile(value))
            {
                IngestPeakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576;
                Console.WriteLine(IngestedMarker + IngestPeakMegabytes.ToString(CultureInfo.InvariantCulture));
            }
        }

        private static bool IsLastFile(string line)
        {
            var close = line.IndexOf(']', StringComparison.Ordinal);
            if (!line.StartsWith('[') || close < 0)
            {
                return false;
            }

            var parts = line[1..close].Split('/');
            return parts.Length == 2 && parts[0] == parts[1];
        }
    }
}
