using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Matching;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// The person index as durable state: read once per process, kept current from the journal, compacted into
/// snapshots, rebuilt from the Records table when missing, and repaired when an ingest stopped half way.
/// Each test compares the cached index with one rebuilt from the Records table, the source of truth.
/// </summary>
public sealed class PersonIndexTests
{
    private static readonly object?[] Budi = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L");
    private static readonly object?[] Sri = Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P");
    private static readonly object?[] Ahmad = Worker(3, "1223010101700003", "Ahmad Lubis", "01-01-1970", "L");
    private static readonly object?[] BudiInSukarame = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame");

    [Fact]
    public async Task One_process_reads_the_index_once_and_keeps_it_current()
    {
        await using var env = await TestEnvironment.StartAsync();

        await Ingest(env, "kualuh-hulu/aek-kanopan/a.xlsx", Budi, Sri);
        await Ingest(env, "kualuh-hulu/sukarame/b.xlsx", BudiInSukarame);
        await Ingest(env, "kualuh-hulu/aek-kanopan/a.xlsx", Sri, Ahmad);
        await Ingest(env, "kualuh-hulu/sukarame/c.xlsx", Ahmad);

        var statistics = Cache(env).Statistics;
        Assert.Equal((1, 0, 0, 4), (statistics.Rebuilds, statistics.SnapshotLoads, statistics.JournalEntriesRead, statistics.Commits));
        await AssertIndexMatchesRecordsAsync(env);
        Assert.Equal("new", (await RecordsOf(env, "kualuh-hulu/sukarame/b.xlsx")).Single().Status);
    }

    [Fact]
    public async Task A_second_process_starts_from_the_snapshot_and_catches_up_from_the_journal()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var other = TestEnvironment.Compose(env.Storage);
        var otherIngest = other.GetRequiredService<UploadIngestService>();

        await Ingest(env, "kualuh-hulu/aek-kanopan/a.xlsx", Budi, Sri);
        await otherIngest.IngestAsync("kualuh-hulu/sukarame/b.xlsx", new MemoryStream(VillageList(BudiInSukarame)), default);
        await Ingest(env, "kualuh-hulu/aek-kanopan/c.xlsx", Worker(1, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P"));

        Assert.Equal("duplicate", (await RecordsOf(env, "kualuh-hulu/sukarame/b.xlsx")).Single().Status);
        Assert.Equal("duplicate", (await RecordsOf(env, "kualuh-hulu/aek-kanopan/c.xlsx")).Single().Status);
        var mine = Cache(env).Statistics;
        var theirs = other.GetRequiredService<PersonIndexCache>().Statistics;
        Assert.Equal((1, 0, 1), (mine.Rebuilds, mine.SnapshotLoads, mine.JournalEntriesRead));
        Assert.Equal((0, 1, 1), (theirs.Rebuilds, theirs.SnapshotLoads, theirs.JournalEntriesRead));
        await AssertIndexMatchesRecordsAsync(env);
        Assert.Equal(Describe(await other.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)), Describe(await RebuildAsync(env)));
    }

    [Fact]
    public async Task Snapshots_replace_the_journal_and_a_fresh_process_starts_from_the_latest()
    {
        var settings = new Dictionary<string, string?> { ["Ingest:SnapshotEvery"] = "2" };
        await using var env = await TestEnvironment.StartAsync(settings);
        for (var i = 1; i <= 5; i++)
        {
            await Ingest(env, $"kualuh-hulu/desa-{i}/daftar.xlsx", Worker(1, $"12230112038000{i:D2}", $"Pekerja {Name(i)} Siregar", "12-03-1980", "L"));
        }

        var state = (await env.Services.GetRequiredService<PersonIndexStore>().ReadStateAsync(default))!;
        Assert.Equal((6L, 5L, 0L), (state.Version, state.SnapshotVersion, state.Pending));
        var blobs = new List<string>();
        await foreach (var blob in env.Storage.Reference.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "index/", default))
        {
            blobs.Add(blob.Name);
        }

        Assert.Equal(["index/labuhanbatu-utara/journal/000000000006.bin", "index/labuhanbatu-utara/snapshot-000000000005.bin"], blobs.Order());

        await using var fresh = TestEnvironment.Compose(env.Storage, settings);
        var index = await fresh.GetRequiredService<PersonIndexCache>().CatchUpAsync(default);
        Assert.Equal((1, 1), (fresh.GetRequiredService<PersonIndexCache>().Statistics.SnapshotLoads, fresh.GetRequiredService<PersonIndexCache>().Statistics.JournalEntriesRead));
        Assert.Equal(Describe(await RebuildAsync(env)), Describe(index));
        Assert.Equal(5, index.Count);
    }

    [Fact]
    public async Task A_lost_snapshot_is_rebuilt_from_the_Records_table()
    {
        await using var env = await TestEnvironment.StartAsync();
        await Ingest(env, "kualuh-hulu/aek-kanopan/a.xlsx", Budi, Sri);
        await foreach (var blob in env.Storage.Reference.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "index/", default))
        {
            await env.Storage.Reference.DeleteBlobAsync(blob.Name);
        }

        await using var fresh = TestEnvironment.Compose(env.Storage);
        await fresh.GetRequiredService<UploadIngestService>().IngestAsync("kualuh-hulu/sukarame/b.xlsx", new MemoryStream(VillageList(BudiInSukarame)), default);

        Assert.Equal(1, fresh.GetRequiredService<PersonIndexCache>().Statistics.Rebuilds);
        Assert.Equal("duplicate", (await RecordsOf(env, "kualuh-hulu/sukarame/b.xlsx")).Single().Status);
        Assert.Equal(Describe(await RebuildAsync(env)), Describe(await fresh.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)));
    }

    [Fact]
    public async Task A_crash_after_the_index_entry_and_before_the_rows_is_repaired_by_whoever_comes_next()
    {
        await using var env = await TestEnvironment.StartAsync();
        await Ingest(env, "kualuh-hulu/aek-kanopan/a.xlsx", Sri);

        // Process 1 journals its change and marks it pending, then its first row write fails.
        var fault = new FaultInjectionPolicy(0, m => m.Request.Uri.Path.Contains("$batch", StringComparison.Ordinal));
        await using (var crashing = Faulty(env, fault))
        {
            await Assert.ThrowsAsync<Azure.RequestFailedException>(() =>
                crashing.GetRequiredService<UploadIngestService>().IngestAsync("kualuh-hulu/aek-kanopan/b.xlsx", new MemoryStream(VillageList(Budi, Ahmad)), default));
        }

        Assert.NotEqual(0, (await env.Services.GetRequiredService<PersonIndexStore>().ReadStateAsync(default))!.Pending);

        // Process 2 uploads the same Budi meanwhile: it repairs the index first, so Budi is not "already listed".
        await using var second = TestEnvironment.Compose(env.Storage);
        await second.GetRequiredService<UploadIngestService>().IngestAsync("kualuh-hulu/sukarame/c.xlsx", new MemoryStream(VillageList(BudiInSukarame)), default);
        Assert.Equal(1, second.GetRequiredService<PersonIndexCache>().Statistics.Repairs);
        Assert.Equal("new", (await RecordsOf(env, "kualuh-hulu/sukarame/c.xlsx")).Single().Status);

        // The retry converges: all rows once, Budi new exactly once, the index equal to the tables.
        var retry = await env.Ingest.IngestAsync("kualuh-hulu/aek-kanopan/b.xlsx", new MemoryStream(VillageList(Budi, Ahmad)), default);
        Assert.Equal(("processed", false), (retry.Status, retry.Skipped));
        Assert.Equal(["duplicate", "new"], (await RecordsOf(env, "kualuh-hulu/aek-kanopan/b.xlsx")).Select(r => r.Status));
        await AssertIndexMatchesRecordsAsync(env);
        Assert.Equal(Describe(await RebuildAsync(env)), Describe(await second.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)));
    }

    [Fact]
    public async Task A_crash_after_the_rows_and_before_the_commit_converges_on_retry()
    {
        await using var env = await TestEnvironment.StartAsync();
        await Ingest(env, "kualuh-hulu/aek-kanopan/a.xlsx", Sri);
        const string path = "kualuh-hulu/sukarame/b.xlsx";

        // The first state update (the pending mark) passes, the second (the commit) fails: the rows are written.
        var fault = new FaultInjectionPolicy(1, m => m.Request.Method == RequestMethod.Put && m.Request.Uri.Path.Contains("PipelineState(", StringComparison.Ordinal));
        await using (var crashing = Faulty(env, fault))
        {
            await Assert.ThrowsAsync<Azure.RequestFailedException>(() =>
                crashing.GetRequiredService<UploadIngestService>().IngestAsync(path, new MemoryStream(VillageList(Budi, Ahmad)), default));
        }

        var written = await RecordsOf(env, path);
        Assert.Equal(2, written.Count);

        var retry = await env.Ingest.IngestAsync(path, new MemoryStream(VillageList(Budi, Ahmad)), default);

        Assert.Equal(("processed", false), (retry.Status, retry.Skipped));
        var records = await RecordsOf(env, path);
        Assert.Equal(written.Select(r => (r.RowKey, r.Status, r.PersonId)), records.Select(r => (r.RowKey, r.Status, r.PersonId)));
        Assert.Equal(1, Cache(env).Statistics.Repairs);
        await AssertIndexMatchesRecordsAsync(env);
    }

    private static ServiceProvider Faulty(TestEnvironment env, FaultInjectionPolicy fault) =>
        TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(env.ConnectionString, options =>
        {
            options.Retry.MaxRetries = 0;
            options.AddPolicy(fault, HttpPipelinePosition.PerRetry);
        }));

    private static async Task Ingest(TestEnvironment env, string path, params object?[][] rows) =>
        Assert.Equal("processed", (await env.Ingest.IngestAsync(path, new MemoryStream(VillageList(rows)), default)).Status);

    private static async Task<List<RecordEntity>> RecordsOf(TestEnvironment env, string path) =>
        await IngestTests.ReadRecordsAsync(env, UploadIdentity.Of(path).Key);

    private static PersonIndexCache Cache(TestEnvironment env) => env.Services.GetRequiredService<PersonIndexCache>();

    internal static async Task AssertIndexMatchesRecordsAsync(TestEnvironment env) =>
        Assert.Equal(Describe(await RebuildAsync(env)), Describe(await Cache(env).CatchUpAsync(default)));

    internal static Task<PersonIndex> RebuildAsync(TestEnvironment env) =>
        env.Services.GetRequiredService<RecordStore>().ReadPersonIndexAsync(env.Services.GetRequiredService<IOptions<MatchOptions>>().Value, default);

    /// <summary>Every record and every known upload, in a stable order, as text.</summary>
    internal static List<string> Describe(PersonIndex index) =>
        index.Records.OrderBy(r => r.RecordId).Select(r => $"{r.RecordId} {r.PersonId} {r.Status} {r.SourceLabel} {r.Fields}")
            .Concat(index.Uploads.Select(u => $"upload {u.Key} {u.Path}").Order(StringComparer.Ordinal))
            .ToList();

    private static string Name(int i) => new[] { "", "Satu", "Dua", "Tiga", "Empat", "Lima" }[i];
}
