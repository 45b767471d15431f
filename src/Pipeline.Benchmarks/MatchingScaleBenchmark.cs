using System.Diagnostics;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Benchmarks;

/// <summary>
/// Time, memory and (against the generator's ground truth) quality of the resolver at regency scale.
/// Each scenario runs in its own child process so its peak working set is its own.
/// </summary>
internal static class MatchingScaleBenchmark
{
    private static readonly string[] Scenarios = ["dedupe-100k", "link-100k-vs-1m", "dedupe-1m"];

    public static void Run(string[] args)
    {
        Console.WriteLine();
        Console.WriteLine("| scenario | records | generate s | index s | resolve s | peak working set MB | allocated MB | true repeats | matched | review | missed | wrong merges | first listings to review | oversized blocks |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var scenario in Scenarios)
        {
            using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["matching-scale-one", scenario])
            {
                RedirectStandardOutput = true,
            })!;
            Console.WriteLine(child.StandardOutput.ReadToEnd().TrimEnd());
            child.WaitForExit();
        }
    }

    public static void RunOne(string scenario)
    {
        switch (scenario)
        {
            case "dedupe-100k": Deduplicate(scenario, 100_000, seed: 1); break;
            case "dedupe-1m": Deduplicate(scenario, 1_000_000, seed: 3); break;
            case "link-100k-vs-1m": Link(scenario, seed: 2); break;
            default: throw new ArgumentException($"unknown scenario {scenario}");
        }
    }

    private static void Deduplicate(string name, int count, int seed)
    {
        var watch = Stopwatch.StartNew();
        var records = new WorkerDataGenerator(seed).List(count, duplicateShare: 0.07);
        var generate = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var options = new MatchOptions();
        var persons = new PersonIndex(options);
        var participants = new ParticipantIndex(options);
        var tally = Resolve(records, persons, participants, options, _ => null);
        Print(name, count, generate, 0, watch.Elapsed.TotalSeconds, tally, persons.OversizedBlocks);
    }

    private static void Link(string name, int seed)
    {
        var watch = Stopwatch.StartNew();
        var generator = new WorkerDataGenerator(seed);
        var register = generator.List(1_000_000, duplicateShare: 0);
        var workers = generator.List(100_000, duplicateShare: 0.05, source: register, sourceShare: 0.10);
        var generate = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var options = new MatchOptions();
        var participants = new ParticipantIndex(options);
        for (var i = 0; i < register.Count; i++)
        {
            participants.Add(new Participant("KPJ" + i, "AKTIF", register[i].Fields));
        }

        var index = watch.Elapsed.TotalSeconds;
        var entityByKpj = (Func<string, int?>)(kpj => register[int.Parse(kpj.AsSpan(3))].Entity);
        watch.Restart();
        var persons = new PersonIndex(options);
        var tally = Resolve(workers, persons, participants, options, entityByKpj);
        Print(name, workers.Count, generate, index, watch.Elapsed.TotalSeconds, tally, persons.OversizedBlocks + participants.OversizedBlocks);
    }

    private sealed class Tally
    {
        public int TrueRepeats, Matched, Review, Missed, WrongMerges, FirstListingsToReview;
    }

    private static Tally Resolve(List<GeneratedRecord> records, PersonIndex persons, ParticipantIndex participants,
        MatchOptions options, Func<string, int?> entityOfKpj)
    {
        var resolver = new PersonResolver(options);
        var firstPersonId = new Dictionary<int, string>();
        var entityOfPerson = new Dictionary<string, int>();
        var tally = new Tally();
        for (var i = 0; i < records.Count; i++)
        {
            var (entity, f) = records[i];
            var record = new WorkerRecord { SourceRow = i + 2, Nik = f.Nik, Name = f.Name, NameKey = f.NameKey, BirthDate = f.BirthDate, Sex = f.Sex, DesaCode = f.DesaCode, Phone = f.Phone };
            var resolution = resolver.Resolve(record, new RecordId("bench", i), "bench.xlsx", persons, participants);
            var seenBefore = firstPersonId.ContainsKey(entity) || (entityOfKpj("KPJ0") is not null && entity < participants.Count);
            if (seenBefore)
            {
                tally.TrueRepeats++;
            }

            var claimed = resolution.Status switch
            {
                RecordStatus.Enrolled => entityOfKpj(resolution.Kpj!),
                RecordStatus.Duplicate => entityOfPerson.GetValueOrDefault(resolution.PersonId!, -1),
                _ => null,
            };
            if (claimed is { } c) { if (c == entity)
                {
                    tally.Matched++;
                }
                else
                {
                    tally.WrongMerges++;
                }
            }
            else if (resolution.Status == RecordStatus.Review && seenBefore)
            {
                tally.Review++;
            }
            else if (seenBefore)
            {
                tally.Missed++;
            }
            else if (resolution.Status == RecordStatus.Review)
            {
                tally.FirstListingsToReview++;
            }

            firstPersonId.TryAdd(entity, resolution.PersonId!);
            entityOfPerson.TryAdd(resolution.PersonId!, entity);
        }
        return tally;
    }

    private static void Print(string name, int count, double generate, double index, double resolve, Tally t, int oversized)
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine($"| {name} | {count:N0} | {generate:0.0} | {index:0.0} | {resolve:0.0} | {process.PeakWorkingSet64 / 1048576:N0} | {GC.GetTotalAllocatedBytes() / 1048576:N0} | {t.TrueRepeats:N0} | {t.Matched:N0} | {t.Review:N0} | {t.Missed:N0} | {t.WrongMerges:N0} | {t.FirstListingsToReview:N0} | {oversized:N0} |");
    }
}
