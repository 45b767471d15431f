using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Benchmarks.Villages;
using Pipeline.Cli;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Review;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>prepare [--people 100000]</c>: a registration list of that many candidates prepared from the funded cohort, in a
/// child process of its own so its peak memory is the list's; prints the time, the peak working set and the size of
/// the workbook. The candidates are written straight into the Cohort table first (a fifth of them reactivations).
/// </summary>
public static class PrepareListBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var people = new BenchmarkArguments(args).Int("people", 100_000);
        Console.WriteLine(BenchmarkMachine.Describe());
        await using var azurite = await AzuriteProcess.StartAsync(location: null);
        var seed = Stopwatch.StartNew();
        await SeedAsync(azurite.ConnectionString, people);
        Console.WriteLine($"seeded {people:N0} candidates in {seed.Elapsed.TotalSeconds:F0} s");
        var child = await ChildProcess.RunAsync("prepare-run", "--storage", azurite.ConnectionString);
        Console.WriteLine("| candidates | prepare (read the partition, sort, stream the workbook) | peak working set | workbook |");
        Console.WriteLine("| ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {child.Long("people"):N0} | {child.Long("elapsed_ms") / 1000.0:F1} s | {child.Long("peak_mb")} MB | {child.Long("xlsx_kb") / 1024.0:F1} MB |"));
    }

    /// <summary>The child: one preparation, timed, and this process's peak working set.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        await using var services = StoredRecordsBenchmark.Compose(new BenchmarkArguments(args).Required("storage"));
        var watch = Stopwatch.StartNew();
        var export = await services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Registration, new AuditLog.Actor("benchmark", "benchmark"), default);
        var elapsed = watch.ElapsedMilliseconds;
        var size = (await services.GetRequiredService<PipelineStorage>().Reports.GetBlobClient(export.XlsxPath).GetPropertiesAsync()).Value.ContentLength;
        Console.WriteLine(ChildProcess.Line(
            ("people", export.People.ToString(CultureInfo.InvariantCulture)),
            ("elapsed_ms", elapsed.ToString(CultureInfo.InvariantCulture)),
            ("xlsx_kb", (size / 1024).ToString(CultureInfo.InvariantCulture)),
            ("peak_mb", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576).ToString(CultureInfo.InvariantCulture))));
        return 0;
    }

    /// <summary>Writes <paramref name="count"/> candidates straight into the Cohort table (not through the ledger: its counts are not kept).</summary>
    internal static async Task SeedAsync(string connectionString, int count)
    {
        await using var services = StoredRecordsBenchmark.Compose(connectionString);
        await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync();
        await using (await services.GetRequiredService<MatchingGate>().EnterAsync(default))
        {
            await services.GetRequiredService<CohortLedger>().CatchUpAsync(default);
        }

        var store = services.GetRequiredService<CohortStore>();
        var at = DateTimeOffset.UtcNow;
        var generated = new WorkerDataGenerator(seed: 11, serialStart: 7000).List(count, duplicateShare: 0);
        foreach (var chunk in generated.Select((g, i) => (g.Fields, i)).Chunk(5_000))
        {
            var entities = chunk.Select(p =>
            {
                var reactivate = p.i % 5 == 0;
                var f = p.Fields;
                var listing = new CohortListing(
                    "P" + (p.i + 1).ToString("x12", CultureInfo.InvariantCulture), $"seed~2Fdesa-{p.i / 700}:{p.i % 700 + 4:D7}",
                    reactivate ? RecordStatus.Reactivate : RecordStatus.New, reactivate ? "2501" + (1_000_000 + p.i).ToString(CultureInfo.InvariantCulture) : null,
                    reactivate ? "NON AKTIF" : null,
                    new CohortDetails(f.Nik, f.Name, f.NameKey, "Aek Kanopan", f.BirthDate, f.Sex, "Dusun " + (p.i % 9 + 1).ToString(CultureInfo.InvariantCulture),
                        f.DesaCode, f.DesaCode is { Length: >= 6 } desa ? desa[..6] : null, f.Phone, "petani", null));
                return store.ToEntity(CohortMember.Propose(listing, CohortActor.Ingest, at, "benchmark").After);
            }).ToList();
            await store.WriteAsync(entities, [], default);
        }
    }
}
