using System.Diagnostics;
using Pipeline.Core.Budget;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Results;
using Pipeline.Core.Validation;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// Where the pipeline's own CPU goes, without storage: <c>villages-stages</c> runs each stage of ingest over the
/// same generated village lists as <c>villages</c>; <c>index-snapshot [--records N]</c> times writing a person
/// index snapshot and loading it back (the cold start of a process, less the download).
/// </summary>
internal static class StageProfile
{
    public static async Task RunStagesAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var data = await GeneratedData.EnsureAsync(options.Int("files", 90), options.Int("rows", 730));
        var reader = new ListReader(new RecordNormalizer(Gazetteer.LabuhanbatuUtara, new ValidationOptions { ReferenceDate = new DateOnly(2025, 11, 6) }));
        var matcher = new UploadMatcher(new MatchOptions());
        var files = data.Paths.Select(p => (Path: p, Bytes: File.ReadAllBytes(Path.Combine(data.UploadsRoot, p)))).ToList();

        // Twice: the first round pays for JIT compilation; the second is reported.
        for (var round = 0; round < 2; round++)
        {
            TimeSpan spool = default, read = default, match = default, result = default, entities = default;
            var persons = new PersonIndex();
            var register = new ParticipantIndex();
            foreach (var (path, bytes) in files)
            {
                var upload = UploadIdentity.Of(path);
                var watch = Stopwatch.StartNew();
                using (await SpooledContent.CopyAsync(new MemoryStream(bytes), default))
                {
                }

                spool += watch.Elapsed;
                watch.Restart();
                var list = reader.Read(new MemoryStream(bytes), Path.GetFileName(path), upload.Location);
                read += watch.Elapsed;
                watch.Restart();
                var matched = matcher.Match(list, upload.Key, upload.Path, persons, register);
                match += watch.Elapsed;
                watch.Restart();
                using (var sink = new MemoryStream())
                {
                    ResultWorkbookWriter.WriteProcessed(matched.List, new UploadReport(path, DateTimeOffset.UtcNow, ContributionSchedule.Default), sink);
                }

                result += watch.Elapsed;
                watch.Restart();
                foreach (var row in matched.List.Rows)
                {
                    System.Text.Json.JsonSerializer.Serialize(RecordMapper.ToEntity("scope", upload.Key, upload.Path, row.Record));
                }

                entities += watch.Elapsed;
            }

            if (round == 1)
            {
                Console.WriteLine($"{files.Count} lists, {persons.Count:N0} people indexed: spool and hash {spool.TotalSeconds:F1} s, read and validate {read.TotalSeconds:F1} s, " +
                                  $"match {match.TotalSeconds:F1} s, result workbook {result.TotalSeconds:F1} s, entities to JSON {entities.TotalSeconds:F1} s");
            }
        }
    }

    public static void RunSnapshot(string[] args)
    {
        var count = new BenchmarkArguments(args).Int("records", 1_000_000);
        var people = new WorkerDataGenerator(seed: 7).List(count, duplicateShare: 0.07);
        var watch = Stopwatch.StartNew();
        var index = new PersonIndex();
        for (var u = 0; u * 730 < count; u++)
        {
            var key = "archive-" + u;
            var records = people.Skip(u * 730).Take(730).Select((p, r) => new KnownRecord(new RecordId(key, r + 4), "P0123456789ab", key, p.Fields)).ToList();
            index.Apply(new IndexDelta([new UploadReplacement(key, key, records)], []));
        }

        Console.WriteLine($"index of {index.Count:N0} built in {watch.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
        watch.Restart();
        var snapshot = new MemoryStream();
        var uploads = index.Uploads.ToList();
        IndexDeltaCodec.Write(snapshot, uploads.Count, uploads.Select(u => new UploadReplacement(u.Key, u.Path, index.RecordsOf(u.Key))), []);
        Console.WriteLine($"snapshot written in {watch.Elapsed.TotalSeconds:F1} s: {snapshot.Length / 1048576.0:F1} MB, {snapshot.Length / (double)count:F0} bytes per record");
        watch.Restart();
        snapshot.Position = 0;
        var loaded = new PersonIndex();
        IndexDeltaCodec.Read(snapshot, upload => loaded.Apply(new IndexDelta([upload], [])), _ => { });
        Console.WriteLine($"snapshot loaded (decoded and blocked) in {watch.Elapsed.TotalSeconds:F1} s; {loaded.Count:N0} records");
    }
}
