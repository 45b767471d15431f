using System.Diagnostics;
using Pipeline.Benchmarks.Febrl;

namespace Pipeline.Benchmarks;

/// <summary>Pair precision, recall and F1 on the public FEBRL sets, without and with the id column.</summary>
internal static class FebrlBenchmark
{
    public static void Run(string[] args)
    {
        var dir = BenchmarkPaths.FebrlDirectory(args);
        Console.WriteLine($"FEBRL data: {dir}");
        IReadOnlyList<FebrlRecord> Load(string file) => FebrlRecord.Parse(File.ReadLines(Path.Combine(dir, file)));
        var sets = new[] { "dataset1.csv", "dataset2.csv", "dataset3.csv" }.Select(f => (f, Load(f))).ToList();
        var left = Load("dataset4a.csv");
        var right = Load("dataset4b.csv");
        Console.WriteLine("| run | soc_sec_id | candidates | pairs completeness | predicted | precision | recall | F1 | seconds |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var withId in new[] { false, true })
        {
            foreach (var (file, records) in sets)
            {
                Print(() => FebrlEvaluation.Deduplicate($"dedupe {file}", records, withId), withId);
            }

            Print(() => FebrlEvaluation.Link("link dataset4a x dataset4b", left, right, withId), withId);
        }
    }

    private static void Print(Func<FebrlScore> run, bool withId)
    {
        var watch = Stopwatch.StartNew();
        var s = run();
        Console.WriteLine($"| {s.Name} | {(withId ? "in" : "out")} | {s.CandidatePairs:N0} | {s.PairsCompleteness:0.0000} | {s.PredictedPairs:N0} | {s.Precision:0.0000} | {s.Recall:0.0000} | {s.F1:0.0000} | {watch.Elapsed.TotalSeconds:0.0} |");
    }
}
