using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli;
using Pipeline.Storage;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// <c>villages [--files 90 --rows 730]</c>: a regency's village lists through the CLI's <c>run</c> (the same
/// services as the Functions host) against an Azurite started here, and in the same run the floor (a bare read
/// plus a bare batched insert of the same rows). The pipeline runs in a child process so that its peak memory is
/// its own; Azurite's is read from the kernel (VmHWM). Each measurement gets a fresh Azurite, in memory unless
/// <c>--on-disk</c>: on disk, Azurite rewrites its whole table database every five seconds, a cost of the
/// emulator that grows with what is stored and that Table Storage does not have.
/// </summary>
internal static class VillagesBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var files = options.Int("files", 90);
        var rows = options.Int("rows", 730);
        var parallel = options.Value("parallel");
        var onDisk = args.Contains("--on-disk");
        Console.WriteLine($"machine: {BenchmarkMachine.Describe()}; Azurite {(onDisk ? "on disk" : "in memory")}");
        var data = await GeneratedData.EnsureAsync(files, rows);

        // The floor is measured before and after the pipeline and averaged: this machine is shared, and its load moves.
        var before = await MeasureFloorAsync(data, onDisk);

        var work = Directory.CreateTempSubdirectory("pipeline-villages-run-");
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(onDisk ? Path.Combine(work.FullName, "azurite") : null);
            var azuriteStartCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId);
            var child = await ChildProcess.RunAsync(
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
            var total = TimeSpan.FromMilliseconds(child.Long("total_ms"));
            var after = await MeasureFloorAsync(data, onDisk);
            var floor = (before.Elapsed + after.Elapsed) / 2;
            var floorCpu = (before.CpuSeconds + after.CpuSeconds) / 2;
            var pipelineCpu = child.Long("cpu_ms") / 1000.0 + azuriteCpu;
            Console.WriteLine($"floor: {before.Elapsed.TotalSeconds:F1} s before, {after.Elapsed.TotalSeconds:F1} s after, for {before.Rows:N0} sheet rows; CPU {before.CpuSeconds:F1} / {after.CpuSeconds:F1} s (reader and Azurite)");
            Console.WriteLine();
            Console.WriteLine("| files × rows | total | floor | ratio | CPU: pipeline / floor (ratio) | upload under lease: first / median / last | upload end to end: first / median / last | pipeline peak | Azurite peak |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: |");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {files} × {rows} | {total.TotalSeconds:F1} s | {floor.TotalSeconds:F1} s | {total / floor:F2} | {pipelineCpu:F0} s / {floorCpu:F0} s ({pipelineCpu / floorCpu:F2}) | {Spread(uploads, u => u.LockedMs)} | {Spread(uploads, u => u.DurationMs)} | {child.Long("peak_mb")} MB | {azuritePeak} MB |"));
            Console.WriteLine($"run: {child.Value("summary")} {child.Value("timing")}; CPU {child.Long("cpu_ms") / 1000.0:F1} s pipeline, {azuriteCpu:F1} s Azurite");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The child: the CLI's run command in this process, then its own figures on stdout.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var output = new StringWriter();
        var errors = new StringWriter();
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
            ("peak_mb", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576).ToString(CultureInfo.InvariantCulture)),
            ("cpu_ms", ((long)Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)),
            ("summary", summary ?? "")));
        return 0;
    }

    private static async Task<(TimeSpan Elapsed, int Rows, double CpuSeconds)> MeasureFloorAsync(GeneratedData data, bool onDisk)
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-villages-floor-");
        try
        {
            await using var azurite = await AzuriteProcess.StartAsync(onDisk ? folder.FullName : null);
            var azuriteCpu = BenchmarkMachine.CpuSeconds(azurite.ProcessId);
            var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (elapsed, rows) = await FloorMeasurement.RunAsync(azurite.ConnectionString, data.UploadsRoot, data.Paths);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalSeconds + BenchmarkMachine.CpuSeconds(azurite.ProcessId) - azuriteCpu;
            return (elapsed, rows, cpu);
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
}
