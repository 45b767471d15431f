using System.Diagnostics;
using Pipeline.Core.Budget;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Results;
using Pipeline.Core.Validation;

namespace Pipeline.Benchmarks;

/// <summary>
/// One large upload through everything but storage: read, normalise, match, and write the result workbook.
/// Prints time per stage and the process's peak memory, the figures the "50,000 rows must not need
/// gigabytes" rule is checked against.
/// </summary>
internal static class PipelineBenchmark
{
    public static void Run(string file)
    {
        var options = new ValidationOptions { ReferenceDate = new DateOnly(2025, 11, 6) };
        var processor = new ListProcessor(new ListReader(new RecordNormalizer(Gazetteer.LabuhanbatuUtara, options)), new UploadMatcher(new MatchOptions()));
        var total = Stopwatch.StartNew();

        var stage = Stopwatch.StartNew();
        ProcessedList list;
        using (var content = File.OpenRead(file))
        {
            list = processor.Process(content, "kualuh-hulu/aek-kanopan/" + Path.GetFileName(file), "ubenchmark", new UploadLocation("kualuh-hulu", "aek-kanopan"), new PersonIndex(), new ParticipantIndex());
        }

        var processed = stage.Elapsed;
        Report("read + normalise + match", processed, list.Rows.Count);

        stage.Restart();
        var output = Path.Combine(Path.GetTempPath(), "pipeline-benchmark-result.xlsx");
        using (var destination = File.Create(output))
        {
            ResultWorkbookWriter.WriteProcessed(list, new UploadReport(file, DateTimeOffset.UtcNow, ContributionSchedule.Default), destination);
        }

        Report("result workbook", stage.Elapsed, list.Rows.Count);
        var counts = list.Counts;
        Console.WriteLine($"statuses: {string.Join(", ", Enum.GetValues<RecordStatus>().Select(s => $"{s.ToCode()} {counts[s]}"))}");
        var issues = list.Rows.SelectMany(r => r.Record.Issues).GroupBy(i => i.Code).OrderByDescending(g => g.Count()).Take(8);
        Console.WriteLine($"issues: {string.Join(", ", issues.Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB; result {new FileInfo(output).Length / 1024} KB");
        File.Delete(output);
    }

    private static void Report(string what, TimeSpan elapsed, int rows) =>
        Console.WriteLine($"{what,-26} {rows,7} rows  {elapsed.TotalSeconds,6:F1} s  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB");
}
