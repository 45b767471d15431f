using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Cli;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// <c>stored [--records 1000000 --rows 730]</c>: one village list ingested by a warm process into a store that
/// already holds a million records, beside the same list into an empty store. The million records are seeded
/// straight into the Records table (batched inserts of generated people, as ingest would have written them) and
/// the person index snapshot is written from the same records, as compaction would; ingesting them one file at
/// a time would take hours against Azurite and measure nothing new. The child process then starts cold (loads
/// the snapshot: the cold-start cost), ingests a warm-up list, and then the measured one. Last, a bare insert of
/// 730 rows into the same Records table shows what the emulator itself does with a million rows stored.
/// </summary>
/// <remarks>
/// Seeded rows are numbered on from one upload to the next (sheet rows 4 to 1,000,003) and inserted in key order:
/// Azurite keeps each key index as a sorted array, so inserting in the middle moves the whole array, and seeding a
/// million rows in sheet order (rows 4 to 733 in every upload) slows to hours. Table Storage has no such cost.
/// </remarks>
internal static class StoredRecordsBenchmark
{
    private const int RowsPerSeededUpload = 730;

    /// <summary>Lists measured after the warm-up (different villages); the median is reported, the machine being shared.</summary>
    private const int Measured = 3;

    /// <summary>Calls of each admin kind timed (different people); the median is reported.</summary>
    private const int AdminCalls = 11;

    public static async Task RunAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var records = options.Int("records", 1_000_000);
        var rows = options.Int("rows", 730);
        Console.WriteLine($"machine: {BenchmarkMachine.Describe()}");
        var data = await GeneratedData.EnsureAsync(1 + Measured, rows);

        var empty = await MeasureAsync(data, seed: 0);
        var full = await MeasureAsync(data, records);
        Console.WriteLine();
        Console.WriteLine("| stored records | seeding | cold start (person index and cohort load) | warm-up upload | measured upload: end to end / under lease / matching | bare insert of its rows | pipeline peak | Azurite peak |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (stored, m) in new[] { (0, empty), (records, full) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stored:N0} | {m.SeedSeconds:F0} s | {m.Child.Long("cold_ms") / 1000.0:F2} s | {m.Child.Long("warmup_ms") / 1000.0:F2} s | {m.Child.Long("measured_ms") / 1000.0:F2} s / {m.Child.Long("measured_locked_ms") / 1000.0:F2} s / {m.Child.Long("measured_match_ms") / 1000.0:F2} s | {m.BareInsertSeconds:F2} s | {m.Child.Long("peak_mb")} MB | {m.AzuritePeak} MB |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"measured upload with {records:N0} stored / empty store: {(double)full.Child.Long("measured_ms") / empty.Child.Long("measured_ms"):F2} end to end, {(double)full.Child.Long("measured_locked_ms") / Math.Max(1, empty.Child.Long("measured_locked_ms")):F2} under the lease"));
        if (full is { Admin: { } admin, Summary: { } summary, Export: { } export })
        {
            Console.WriteLine();
            Console.WriteLine($"With {records:N0} records stored (load average {BenchmarkMachine.LoadAverage()} at the end):");
            Console.WriteLine("| person lookup | NIK search | name search (page of 50) | queue page (20 items) | weekly summary: time / peak | export: time / peak |");
            Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {admin.Long("person_ms")} ms | {admin.Long("nik_ms")} ms | {admin.Long("name_ms")} ms | {admin.Long("queue_ms")} ms | " +
                $"{summary.Long("ms") / 1000.0:F1} s / {summary.Long("peak_mb")} MB | {export.Long("ms") / 1000.0:F1} s / {export.Long("peak_mb")} MB |"));
        }
    }

    private static async Task<Measurement> MeasureAsync(GeneratedData data, int seed)
    {
        // In memory: Azurite's on-disk mode rewrites its whole database every five seconds, which at a million
        // entities measures the emulator, not the pipeline.
        // A million records with their pointers, cohort and audit take Azurite past node's default heap (about 4 GB).
        await using var azurite = await AzuriteProcess.StartAsync(location: null, heapMegabytes: 16_384);
        var watch = Stopwatch.StartNew();
        var sample = seed > 0 ? await SeedAsync(azurite.ConnectionString, seed) : null;
        var seedSeconds = watch.Elapsed.TotalSeconds;
        var child = await ChildProcess.RunAsync(
            "stored-run", "--storage", azurite.ConnectionString, "--participants", data.Register,
            "--warmup", Path.Combine(data.UploadsRoot, data.Paths[0]),
            "--measure", string.Join(Path.PathSeparator, data.Paths.Skip(1).Select(p => Path.Combine(data.UploadsRoot, p))));
        var bareInsert = await BareInsertAsync(azurite.ConnectionString, Path.Combine(data.UploadsRoot, data.Paths[1]));
        ChildProcess? admin = null, summary = null, export = null;
        if (sample is not null)
        {
            Console.WriteLine($"  load average {BenchmarkMachine.LoadAverage()} before the admin calls, summary and export");
            admin = await ChildProcess.RunAsync("stored-admin", "--storage", azurite.ConnectionString, "--people", StoredAdminBenchmark.Encode(sample));
            var outDir = Directory.CreateTempSubdirectory("pipeline-stored-out-");
            try
            {
                summary = await ChildProcess.RunAsync("stored-summary", "--storage", azurite.ConnectionString, "--out", outDir.FullName);
                export = await ChildProcess.RunAsync("stored-export", "--storage", azurite.ConnectionString, "--out", outDir.FullName);
            }
            finally
            {
                outDir.Delete(recursive: true);
            }
        }

        return new Measurement(child, BenchmarkMachine.PeakMegabytes(azurite.ProcessId), seedSeconds, bareInsert, admin, summary, export);
    }

    private sealed record Measurement(
        ChildProcess Child, long AzuritePeak, double SeedSeconds, double BareInsertSeconds, ChildProcess? Admin, ChildProcess? Summary, ChildProcess? Export);

    /// <summary>The measured list's rows inserted bare (cells as text) into the Records table, 100 per transaction.</summary>
    private static async Task<double> BareInsertAsync(string connectionString, string file)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var table = PipelineStorageFactory.FromConnectionString(connectionString).Table(StorageNames.RecordsTable);
        await using var stream = File.OpenRead(file);
        using var reader = ExcelDataReader.ExcelReaderFactory.CreateReader(stream);
        var entities = new List<ITableEntity>();
        var row = 0;
        while (reader.Read())
        {
            var entity = new TableEntity("zz-bare-insert", (++row).ToString("D7", CultureInfo.InvariantCulture));
            for (var c = 0; c < reader.FieldCount; c++)
            {
                if (reader.GetValue(c) is { } value)
                {
                    entity["C" + c.ToString(CultureInfo.InvariantCulture)] = Convert.ToString(value, CultureInfo.InvariantCulture);
                }
            }

            entities.Add(entity);
        }

        var watch = Stopwatch.StartNew();
        foreach (var chunk in entities.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)));
        }

        return watch.Elapsed.TotalSeconds;
    }

    /// <summary>The child: cold start, a warm-up list, then the measured list, each timed.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var options = new BenchmarkArguments(args);
        await using var services = Compose(options.Required("storage"));
        var storage = services.GetRequiredService<PipelineStorage>();
        await storage.EnsureCreatedAsync();
        var register = options.Required("participants");
        await using (var stream = File.OpenRead(register))
        {
            await services.GetRequiredService<ParticipantRegisterService>().LoadAsync(StorageNames.ParticipantsPrefix + Path.GetFileName(register), stream, default);
        }

        var cold = Stopwatch.StartNew();
        int indexed;
        await using (await services.GetRequiredService<MatchingGate>().EnterAsync(default))
        {
            indexed = (await services.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)).Count;

            // The cohort is held in memory beside the person index (docs/cohort.md): its load is part of a cold start too.
            await services.GetRequiredService<CohortLedger>().CatchUpAsync(default);
        }

        var coldMs = cold.ElapsedMilliseconds;
        var warmup = await IngestAsync(services, "kualuh-hulu/pemanasan/daftar.xlsx", options.Required("warmup"));
        var runs = new List<(long Elapsed, UploadEntity Upload)>();
        var files = options.Required("measure").Split(Path.PathSeparator);
        for (var i = 0; i < files.Length; i++)
        {
            runs.Add(await IngestAsync(services, $"kualuh-hulu/diukur-{i + 1}/daftar.xlsx", files[i]));
        }

        foreach (var run in runs)
        {
            Console.WriteLine($"  measured upload: {run.Upload.Rows} rows ({run.Upload.Counts}); {run.Elapsed} ms, {run.Upload.LockedMs} ms under the lease, {run.Upload.MatchMs} ms matching");
        }

        Console.WriteLine($"  index held {indexed:N0} records at start");
        var measured = runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2);
        Console.WriteLine(ChildProcess.Line(
            ("cold_ms", coldMs.ToString(CultureInfo.InvariantCulture)),
            ("warmup_ms", warmup.Elapsed.ToString(CultureInfo.InvariantCulture)),
            ("measured_ms", measured.Elapsed.ToString(CultureInfo.InvariantCulture)),
            ("measured_locked_ms", measured.Upload.LockedMs.ToString(CultureInfo.InvariantCulture)),
            ("measured_match_ms", measured.Upload.MatchMs.ToString(CultureInfo.InvariantCulture)),
            ("peak_mb", (Process.GetCurrentProcess().PeakWorkingSet64 / 1048576).ToString(CultureInfo.InvariantCulture))));
        return 0;
    }

    private static async Task<(long Elapsed, UploadEntity Upload)> IngestAsync(ServiceProvider services, string path, string file)
    {
        var watch = Stopwatch.StartNew();
        await using (var content = File.OpenRead(file))
        {
            var outcome = await services.GetRequiredService<UploadIngestService>().IngestAsync(path, content, default);
            if (outcome.Status != IngestOutcome.Processed)
            {
                throw new InvalidOperationException($"{path}: {outcome.Status} {outcome.IssueCode}");
            }
        }

        var elapsed = watch.ElapsedMilliseconds;
        return (elapsed, (await services.GetRequiredService<UploadStore>().GetAsync(path, default))!);
    }

    internal static ServiceProvider Compose(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = "2025-11-06" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
        services.AddPipeline(configuration, PipelineStorageFactory.FromConnectionString(connectionString));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Generated people written as ingest writes them, upload by upload: the rows, their lookup pointers, each upload's
    /// Uploads row (processed, counted) and review pairs (one repeat in three waits for review, about 2 % of the rows, as
    /// ingest leaves them), and the index snapshot of them. Returns a sample of the seeded people for the admin calls.
    /// </summary>
    private static async Task<SeededSample> SeedAsync(string connectionString, int count)
    {
        var storage = PipelineStorageFactory.FromConnectionString(connectionString);
        await storage.EnsureCreatedAsync();
        var ingest = Options.Create(new IngestOptions());
        var table = storage.Table(StorageNames.RecordsTable);
        var uploadStore = new UploadStore(storage);
        var reviewStore = new ReviewStore(storage);
        var index = new PersonIndex();
        var people = new WorkerDataGenerator(seed: 7, serialStart: 5000).List(count, duplicateShare: 0.07);
        var firstOf = new Dictionary<int, (string PersonId, RecordId Record)>();
        var pointers = new List<TableEntity>(count * 3);
        var sample = new SeededSample();
        var uploads = (count + RowsPerSeededUpload - 1) / RowsPerSeededUpload;
        var seededAt = new DateTimeOffset(2025, 11, 3, 8, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var pending = new List<Task>();
        var openPairs = new List<ReviewPair>();
        for (var u = 0; u < uploads; u++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"arsip/desa-{u / 90:D2}/daftar-{u:D4}.xlsx");
            var upload = UploadIdentity.Of(path);
            var entities = new List<RecordEntity>(RowsPerSeededUpload);
            var known = new List<KnownRecord>(RowsPerSeededUpload);
            var reviews = new List<ReviewCandidate>();
            var counts = new StatusCounts();
            for (var r = 0; r < RowsPerSeededUpload && u * RowsPerSeededUpload + r < count; r++)
            {
                var (entity, fields) = people[u * RowsPerSeededUpload + r];
                var row = u * RowsPerSeededUpload + r + 4;
                var id = new RecordId(upload.Key, row);
                var first = !firstOf.TryGetValue(entity, out var earlier);
                var personId = first ? (firstOf[entity] = (PersonIds.ForRecord(id, fields).ToString(), id)).PersonId : earlier.PersonId;
                var status = first ? RecordStatus.New : reviews.Count < (r + 1) / 50 ? RecordStatus.Review : RecordStatus.Duplicate;
                if (status == RecordStatus.Review)
                {
                    reviews.Add(new ReviewCandidate(id, CandidateRef.ForRecord(earlier.Record), personId, 0.82, "nama mirip, tanggal lahir sama"));
                }

                var record = RecordOf(row, fields, personId, status);
                var stored = RecordMapper.ToEntity(ingest.Value.Scope, upload.Key, upload.Path, record);
                entities.Add(stored);
                counts.Add(status);
                pointers.AddRange(RecordStore.LookupsOf(stored));
                known.Add(new KnownRecord(id, personId, upload.Path, fields, record.Status));
                if (u % 97 == 3 && r == 7 && fields is { Nik.Length: 16, Name: not null } && sample.People.Count < AdminCalls)
                {
                    sample.People.Add((fields.Nik!, fields.Name!.Split(' ')[0], personId));
                }
            }

            index.Apply(new IndexDelta([new UploadReplacement(upload.Key, upload.Path, known)], []));
            openPairs.AddRange(reviews.Select(r => new ReviewPair(r.RecordId, upload.Path, r.Candidate, r.CandidatePersonId, r.Score, r.Explanation, seededAt)));
            pending.Add(SeedUploadAsync(table, uploadStore, reviewStore, upload, entities, reviews, counts, seededAt));
            if (pending.Count == 4)
            {
                await Task.WhenAll(pending);
                pending.Clear();
            }

            if (u % 100 == 99)
            {
                Console.WriteLine($"  seeded {(u + 1) * RowsPerSeededUpload:N0} records in {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        await Task.WhenAll(pending);

        // The pointers in key order, partition by partition (Azurite keeps each key index as a sorted array: inserting in
        // the middle moves the whole of it, a cost Table Storage does not have).
        pointers.Sort((a, b) => string.CompareOrdinal(a.PartitionKey, b.PartitionKey) is var c and not 0 ? c : string.CompareOrdinal(a.RowKey, b.RowKey));
        foreach (var chunk in pointers.Chunk(BatchWriter.MaxBatch * 40))
        {
            foreach (var kind in chunk.GroupBy(p => p.PartitionKey, StringComparer.Ordinal))
            {
                await BatchWriter.SubmitAsync(storage.Table(RecordStore.TableNameOf(kind.Key)), kind, TableTransactionActionType.UpsertReplace, default);
            }
        }

        Console.WriteLine($"  seeded {pointers.Count:N0} lookup pointers in {watch.Elapsed.TotalSeconds:F0} s");

        // The review queue's index as ingest keeps it: one entry per open item (a person's open pairs), in queue order.
        var openItems = ReviewItem.Group(openPairs);
        await new ReviewQueueIndex(storage, reviewStore).SeedAsync(openItems, default);
        Console.WriteLine($"  seeded the review queue index: {openItems.Count:N0} open items of {openPairs.Count:N0} pairs, in {watch.Elapsed.TotalSeconds:F0} s");
        var store = new PersonIndexStore(storage, ingest);
        var bytes = await store.WriteSnapshotAsync(1, index, default);
        await store.SaveStateAsync(new PersonIndexStateEntity { Version = 1, SnapshotVersion = 1, SnapshotBytes = bytes, SnapshotRecords = index.Count }, default);
        Console.WriteLine($"  seeded {index.Count:N0} records in {uploads:N0} uploads, snapshot {bytes / 1048576.0:F1} MB, in {watch.Elapsed.TotalSeconds:F0} s");

        // The funded cohort as ingest keeps it (every new or reactivate person a candidate), made by the cohort's
        // one-time start from the records, which a store written before the cohort existed goes through once. Seeded
        // here, so the measured process meets a started cohort instead of paying that start in its first upload.
        var started = Stopwatch.StartNew();
        await using (var services = Compose(connectionString))
        {
            var cohort = await services.GetRequiredService<CohortLedger>().CatchUpAsync(default);
            Console.WriteLine($"  seeded the cohort: {cohort.Count:N0} candidates from the records (the one-time start) in {started.Elapsed.TotalSeconds:F0} s");
        }

        return sample;
    }

    private static async Task SeedUploadAsync(
        TableClient records, UploadStore uploads, ReviewStore reviews, UploadIdentity upload, List<RecordEntity> entities, List<ReviewCandidate> pairs, StatusCounts counts, DateTimeOffset at)
    {
        await BatchWriter.SubmitAsync(records, entities, TableTransactionActionType.Add, default);
        await reviews.ReplaceAsync(upload, pairs, replacesEarlierVersion: false, at, default);
        await uploads.StartAsync(upload, "seeded", 0, 1, at, default);
        await uploads.RecordCountsAsync(upload, counts, entities[0].KecamatanCode, entities[0].DesaCode, default);
        await uploads.CompleteAsync(upload, IngestOutcome.Processed, null, at, new UploadTimings(0, 0, 0), default);
    }

    private static WorkerRecord RecordOf(int row, MatchFields fields, string personId, RecordStatus status)
    {
        var record = new WorkerRecord
        {
            SourceRow = row, Nik = fields.Nik, Name = fields.Name, NameKey = fields.NameKey, BirthDate = fields.BirthDate, Sex = fields.Sex,
            DesaCode = fields.DesaCode, KecamatanCode = fields.DesaCode?[..6], Phone = fields.Phone, Occupation = "petani", Age = 40,
            PersonId = personId, Status = status,
        };
        record.Raw[Field.Nik] = fields.Nik ?? "";
        record.Raw[Field.Name] = fields.Name ?? "";
        record.Raw[Field.BirthDate] = fields.BirthDate?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
        record.Raw[Field.Sex] = fields.Sex?.ToString() ?? "";
        record.Raw[Field.Desa] = fields.DesaCode ?? "";
        record.Raw[Field.Occupation] = "Petani";
        record.Raw[Field.Phone] = fields.Phone ?? "";
        return record;
    }
}
