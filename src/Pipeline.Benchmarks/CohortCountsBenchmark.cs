using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Benchmarks.Villages;
using Pipeline.Cli;
using Pipeline.Core.Cohort;
using Pipeline.Storage.Cohort;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>counts [--people 100000]</c>: what the cohort's figures (the weekly summary's, the bill's unpaid months,
/// <c>api/cohort/counts</c>) cost per call with that many candidates stored: the recount every call made before
/// (a projected scan of every state's partition), the one-time build of the kept counts, and a reading of them.
/// </summary>
public static class CohortCountsBenchmark
{
    private const int Readings = 5;

    public static async Task RunAsync(string[] args)
    {
        var people = new BenchmarkArguments(args).Int("people", 100_000);
        Console.WriteLine(BenchmarkMachine.Describe());
        await using var azurite = await AzuriteProcess.StartAsync(location: null);
        var seed = Stopwatch.StartNew();
        await PrepareListBenchmark.SeedAsync(azurite.ConnectionString, people);
        Console.WriteLine($"seeded {people:N0} candidates in {seed.Elapsed.TotalSeconds:F0} s");

        await using var services = StoredRecordsBenchmark.Compose(azurite.ConnectionString);
        var counts = services.GetRequiredService<CohortCountStore>();
        var watch = Stopwatch.StartNew();
        var recount = await services.GetRequiredService<CohortStore>().RecountAsync(default);
        var recountMs = watch.ElapsedMilliseconds;
        watch.Restart();
        await counts.ReplaceAsync(recount, default);
        var buildMs = watch.ElapsedMilliseconds;

        var readings = new List<long>();
        IReadOnlyList<CohortAreaCounts> areas = [];
        for (var i = 0; i < Readings; i++)
        {
            watch.Restart();
            areas = await counts.CountByDesaAsync(default);
            readings.Add(watch.ElapsedMilliseconds);
        }

        readings.Sort();
        if (areas.Sum(a => a[CohortState.Candidate]) != people)
        {
            throw new InvalidOperationException("The kept counts do not add up to the people seeded.");
        }

        Console.WriteLine("| people | recount (what every call cost before) | build the kept counts (once) | read the kept counts (every call now, median of 5) | count rows | desa |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {people:N0} | {recountMs / 1000.0:F1} s | {buildMs} ms | {readings[Readings / 2]} ms | {recount.People.Count:N0} | {areas.Count:N0} |"));
    }
}
