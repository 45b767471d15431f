using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Review;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Review;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// The decision book kept across uploads against Azurite: an upload with nothing decided since reads one log entry and
/// no decision; a decision made in another process reaches a warm process through its entry and its row; a decision
/// whose rows failed after its entry is neither half seen nor missed once asked again.
/// </summary>
public sealed class DecisionBookCacheTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";
    private const string GuntingSaga = "kualuh-hulu/gunting-saga/data.xlsx";

    // Two namesakes: same name and birth date, NIKs one serial digit apart: one review item until someone decides.
    private static readonly object?[] Budi = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L");
    private static readonly object?[] Rina = Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame");
    private static object?[] Namesake(int no) => Worker(no, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame");

    [Fact]
    public async Task A_decision_made_in_another_process_reaches_a_warm_process_through_its_entry_not_a_read_of_every_decision()
    {
        await using var env = await TestEnvironment.StartAsync();
        var requests = new ConcurrentQueue<string>();
        await using var ingesting = Process(env, message =>
        {
            requests.Enqueue(message.Request.Method + " " + Uri.UnescapeDataString(message.Request.Uri.PathAndQuery));
            return null;
        });
        await IngestAsync(env, ingesting, AekKanopan, VillageList(Budi));
        await IngestAsync(env, ingesting, Sukarame, VillageList(Namesake(1)));
        var book = ingesting.GetRequiredService<DecisionBookCache>();
        Assert.Equal(1, book.Statistics.Loads);

        // Nothing decided since: the upload asks the log for its newest entry and reads no decision.
        requests.Clear();
        await IngestAsync(env, ingesting, GuntingSaga, VillageList(Worker(1, "1223015508920008", "Dewi Lestari", "15-08-1992", "P", desa: "Gunting Saga")));
        Assert.DoesNotContain(requests, r => r.Contains("/Decisions", StringComparison.Ordinal));
        Assert.Contains(requests, r => r.Contains("/PipelineState()", StringComparison.Ordinal) && r.Contains("decision-log", StringComparison.Ordinal));
        Assert.Equal(1, book.Statistics.Loads);

        // Another process (the API's) decides the namesakes are different people.
        Assert.Equal(DecisionStatus.Applied, (await DecideAsync(env.Services)).Status);

        // A new version of Sukarame's file, ingested by the warm process: the decision holds (nothing to review),
        // learnt from one entry and a point read of its row, not a query of the table.
        requests.Clear();
        await IngestAsync(env, ingesting, Sukarame, VillageList(Rina, Namesake(2)));
        Assert.Equal(0, (await env.Services.GetRequiredService<ReviewQueue>().PageAsync(1, 10, null, null, default)).Total);
        Assert.Equal((1, 1, 1), (book.Statistics.Loads, book.Statistics.EntriesRead, book.Statistics.RowsRead));
        Assert.DoesNotContain(requests, r => r.Contains("/Decisions()", StringComparison.Ordinal));
        Assert.Single(requests, r => r.StartsWith("GET ", StringComparison.Ordinal) && r.Contains("/Decisions(PartitionKey='pair'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_whose_rows_failed_after_its_entry_is_read_as_stored_and_applied_once_asked_again()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync(AekKanopan, VillageList(Budi));
        await env.UploadAndIngestAsync(Sukarame, VillageList(Namesake(1)));
        var book = env.Services.GetRequiredService<DecisionBookCache>();

        // The decision logs its entry, then storage fails as it writes the decision's row.
        await using (var failing = Process(env, m => m.Request.Method == RequestMethod.Put && m.Request.Uri.Path.Contains("/Decisions(", StringComparison.Ordinal)
            ? new RequestFailedException(503, "Injected fault: storage unavailable")
            : null))
        {
            await Assert.ThrowsAsync<RequestFailedException>(() => DecideAsync(failing));
        }

        // The warm process reads the entry's key as stored (no row): the pair is still undecided, the item still open.
        await IngestAsync(env, env.Services, Sukarame, VillageList(Rina, Namesake(2)));
        Assert.Equal((1, 1, 1), (book.Statistics.Loads, book.Statistics.EntriesRead, book.Statistics.RowsRead));
        Assert.Equal(1, (await env.Services.GetRequiredService<ReviewQueue>().PageAsync(1, 10, null, null, default)).Total);

        // Asked again (storage healthy): applied, and the warm process's next upload obeys it.
        await using (var healthy = Process(env, _ => null))
        {
            Assert.Equal(DecisionStatus.Applied, (await DecideAsync(healthy)).Status);
        }

        await IngestAsync(env, env.Services, Sukarame, VillageList(Namesake(1), Rina));
        Assert.Equal(0, (await env.Services.GetRequiredService<ReviewQueue>().PageAsync(1, 10, null, null, default)).Total);
        Assert.Equal((1, 2, 2), (book.Statistics.Loads, book.Statistics.EntriesRead, book.Statistics.RowsRead));
    }

    /// <summary>A second process over the same account, every request shown to <paramref name="fault"/> (null lets it through).</summary>
    private static ServiceProvider Process(TestEnvironment env, Func<HttpMessage, Exception?> fault) =>
        TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(env.ConnectionString, options =>
        {
            options.Retry.MaxRetries = 0;
            options.AddPolicy(new ThrowingPolicy(fault), HttpPipelinePosition.PerRetry);
        }));

    private static async Task IngestAsync(TestEnvironment env, IServiceProvider process, string path, byte[] content)
    {
        await env.Storage.Uploads.GetBlobClient(path).UploadAsync(new BinaryData(content), overwrite: true);
        await process.GetRequiredService<UploadIngestService>().IngestAsync(path, new MemoryStream(content), CancellationToken.None);
    }

    /// <summary>Decides the one open item "different" in that process.</summary>
    private static async Task<DecisionResult> DecideAsync(IServiceProvider process)
    {
        var item = (await process.GetRequiredService<ReviewQueue>().PageAsync(1, 10, null, null, default)).Items.Single();
        return await process.GetRequiredService<DecisionService>().DecideAsync(
            new DecisionRequest(item.Id, DecisionKind.Different, "DIFFERENT_NAMESAKE", null, null, null, null), new AuditLog.Actor("oid-rina", "rina"), default);
    }
}
