using Pipeline.Core.Model;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Resilience;

/// <summary>
/// Real Azurite stopped in the middle of an upload (between reading and writing, and between two batches of rows),
/// started again on the same data folder, and the same upload retried: nothing lost, nothing doubled, the counts
/// right and the person index consistent, all compared with a clean run of the same uploads.
/// </summary>
public sealed class StorageRestartTests
{
    private const string First = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Second = "kualuh-hulu/sukarame/daftar.xlsx";

    public static TheoryData<string> Moments => new() { "before-matching", "mid-batch" };

    private static readonly byte[] FirstList = VillageList(People(1, 40));

    /// <summary>150 rows (two batches of Records), ten of them the first village's people: duplicates.</summary>
    private static readonly byte[] SecondList = VillageList(People(31, 180));

    /// <summary>The same uploads in a clean run, made once for both moments.</summary>
    private static readonly Lazy<Task<string>> Clean = new(() => CleanRunAsync(FirstList, SecondList));

    [Theory]
    [MemberData(nameof(Moments))]
    public async Task An_upload_interrupted_by_storage_stopping_completes_on_retry_as_a_clean_run_would(string moment)
    {
        var (first, second) = (FirstList, SecondList);
        var clean = await Clean.Value;

        var location = Path.Combine(Path.GetTempPath(), "pipeline-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            var azurite = await AzuriteProcess.StartAsync(location);
            await using (var services = TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString)))
            {
                await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync();
                await Ingest(services, First, first);
            }

            var stopper = new StopPolicy(moment == "mid-batch"
                ? m => m.Request.Uri.Path.Contains("$batch", StringComparison.Ordinal)
                : m => m.Request.Uri.Path.Contains("matching.lock", StringComparison.Ordinal),
                moment == "mid-batch" ? 2 : 1,
                () => azurite.DisposeAsync());
            await using (var stopping = TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString, options =>
            {
                options.Retry.MaxRetries = 0;
                options.AddPolicy(stopper, HttpPipelinePosition.PerRetry);
            })))
            {
                await Assert.ThrowsAnyAsync<Exception>(() => stopping.GetRequiredService<UploadIngestService>().IngestAsync(Second, new MemoryStream(second), default));
            }

            Assert.True(stopper.Stopped);
            await using var restarted = await AzuriteProcess.StartAsync(location);
            await using var env = TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(restarted.ConnectionString));
            // The stopped holder's lease would expire within its 60 s; break it instead of waiting.
            var locks = env.GetRequiredService<PipelineStorage>().Reference.GetBlobClient("locks/labuhanbatu-utara/matching.lock");
            if ((await locks.GetPropertiesAsync()).Value.LeaseState == Azure.Storage.Blobs.Models.LeaseState.Leased)
            {
                await locks.GetBlobLeaseClient().BreakAsync(TimeSpan.Zero);
            }

            var retry = await env.GetRequiredService<UploadIngestService>().IngestAsync(Second, new MemoryStream(second), default);

            Assert.Equal((IngestOutcome.Processed, false, 150), (retry.Status, retry.Skipped, retry.Rows));
            Assert.Equal(clean, await DescribeAsync(env));
        }
        finally
        {
            Directory.Delete(location, recursive: true);
        }
    }

    private static async Task<string> CleanRunAsync(byte[] first, byte[] second)
    {
        await using var azurite = await AzuriteProcess.StartAsync(location: null);
        await using var services = TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString));
        await services.GetRequiredService<PipelineStorage>().EnsureCreatedAsync();
        await Ingest(services, First, first);
        await Ingest(services, Second, second);
        return await DescribeAsync(services);
    }

    private static async Task Ingest(IServiceProvider services, string path, byte[] content) =>
        Assert.Equal(IngestOutcome.Processed, (await services.GetRequiredService<UploadIngestService>().IngestAsync(path, new MemoryStream(content), default)).Status);

    /// <summary>Both uploads' rows and counts, and the person index (cached equal to rebuilt), as text to compare.</summary>
    private static async Task<string> DescribeAsync(IServiceProvider services)
    {
        var lines = new List<string>();
        var records = services.GetRequiredService<RecordStore>();
        var uploads = services.GetRequiredService<UploadStore>();
        foreach (var path in new[] { First, Second })
        {
            var upload = await uploads.GetAsync(path, default);
            lines.Add($"{path} {upload!.Status} rows={upload.Rows} new={upload.Counts[RecordStatus.New]} duplicate={upload.Counts[RecordStatus.Duplicate]} review={upload.Counts[RecordStatus.Review]} rejected={upload.Counts[RecordStatus.Rejected]}");
            lines.AddRange((await records.ReadUploadAsync(UploadIdentity.Of(path).Key, default))
                .Select(r => $"{r.SourceRow} {r.Status} {r.PersonId} {r.Nik} {string.Join(';', r.Issues.Select(i => i.Code))}"));
        }

        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Pipeline.Core.Matching.MatchOptions>>().Value;
        var rebuilt = PersonIndexTests.Describe(await records.ReadPersonIndexAsync(options, default));
        var cached = PersonIndexTests.Describe(await services.GetRequiredService<PersonIndexCache>().CatchUpAsync(default));
        Assert.Equal(rebuilt, cached);
        lines.AddRange(cached);
        return string.Join('\n', lines);
    }

    private static object?[][] People(int from, int to) =>
        Enumerable.Range(from, to - from + 1)
            .Select(i => Worker(i - from + 1, $"1223011203{800000 + i:D6}", $"Pekerja {Spell(i)}", "12-03-1980", "L"))
            .ToArray();

    private static string Spell(int i)
    {
        string[] ones = ["Nol", "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan"];
        return $"{ones[i / 100 % 10]} {ones[i / 10 % 10]} {ones[i % 10]}";
    }

    /// <summary>Stops Azurite just before the <paramref name="nth"/> matching request goes out (which then fails to connect).</summary>
    private sealed class StopPolicy(Func<HttpMessage, bool> applies, int nth, Func<ValueTask> stop) : HttpPipelinePolicy
    {
        private int _seen;

        public bool Stopped { get; private set; }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (!Stopped && applies(message) && Interlocked.Increment(ref _seen) == nth)
            {
                Stopped = true;
                await stop();
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
