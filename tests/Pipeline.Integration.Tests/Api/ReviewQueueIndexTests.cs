using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Core.Review;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The review queue's index against Azurite: it follows items as ingest opens them, a decision closes them and a new
/// version of a file supersedes them; a page reads it in the order the queue always had, pages on with <c>next</c>,
/// filters by kecamatan, and never shows an item whose entry went stale.
/// </summary>
public sealed class ReviewQueueIndexTests
{
    private const string DamuliPekan = "kualuh-selatan/damuli-pekan/data.xlsx";
    private const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";

    // Three people listed by Damuli Pekan; Sukarame lists Siti and Budi, Aek Kanopan lists Rahmat, each with a NIK one
    // digit off: three items, one person each, waiting in the two later files.
    private static readonly object?[] Budi = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Damuli Pekan");
    private static readonly object?[] Rahmat = Worker(2, "1223010507750004", "Rahmat Hidayat", "05-07-1975", "L", desa: "Damuli Pekan");
    private static readonly object?[] Siti = Worker(3, "1223016109900006", "Siti Aminah", "21-09-1990", "P", desa: "Damuli Pekan");

    [Fact]
    public async Task The_index_follows_items_as_they_are_opened_decided_and_superseded()
    {
        await using var host = await StartWithThreeItemsAsync();
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        Assert.Equal(3, (await EntriesAsync(host)).Count);
        Assert.Equal((3, 3), await CountsAsync(host));

        // Deciding Siti closes her item: its entry goes, and the counts with it.
        var siti = (await QueueAsync(reviewer, "api/reviews")).Items.Single(i => i.Name == "SITI AMINAH");
        var decided = await ApiHost.PostJsonAsync(reviewer, $"api/reviews/{siti.Id}/decision", new { decision = "different", reason = "DIFFERENT_NAMESAKE" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(2, (await EntriesAsync(host)).Count);
        Assert.Equal((2, 2), await CountsAsync(host));

        // A new version of Aek Kanopan's file without Rahmat supersedes his item.
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P")));
        var left = await QueueAsync(reviewer, "api/reviews");
        Assert.Equal(["BUDI SIREGAR"], left.Items.Select(i => i.Name));
        Assert.Equal((1, 1), (left.Total, left.Records));
        Assert.Equal((1, 1), await CountsAsync(host));

        // A new version of Sukarame's file that only adds someone new leaves Budi's item, and the index, as they were.
        var before = await RowVersionsAsync(host);
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(
            Worker(1, "1223016109900007", "Siti Aminah", "21-09-1990", "P", desa: "Sukarame"),
            Worker(2, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame"),
            Worker(3, "1223015508920008", "Dewi Lestari", "15-08-1992", "P", desa: "Sukarame")));
        Assert.Equal(before, await RowVersionsAsync(host));
        Assert.Equal(["BUDI SIREGAR"], (await QueueAsync(reviewer, "api/reviews")).Items.Select(i => i.Name));
    }

    [Fact]
    public async Task A_page_comes_in_the_order_the_queue_had_and_pages_on_with_next()
    {
        await using var host = await StartWithThreeItemsAsync();
        var reviewer = host.As("rina", ApiRoles.Reviewer);

        // The order of the scan the queue used before the index: the items of every open pair, sorted.
        var scanned = QueueOrder.Sort(ReviewItem.Group(await new ReviewStore(host.Environment.Storage).PendingAsync(default)))
            .Select(i => i.Id.UploadKey + "/" + i.Id.PaddedRow).ToList();
        var page = await QueueAsync(reviewer, "api/reviews");
        Assert.Equal(scanned, page.Items.Select(i => i.Id));
        Assert.Equal(["RAHMAT HIDAYAT", "SITI AMINAH", "BUDI SIREGAR"], page.Items.Select(i => i.Name));
        Assert.Null(page.Next);

        // One at a time, following next: the same three, then no next.
        var followed = new List<string>();
        string? next = null;
        do
        {
            var one = await QueueAsync(reviewer, "api/reviews?pageSize=1" + (next is null ? "" : "&next=" + Uri.EscapeDataString(next)));
            Assert.Equal((3, 3), (one.Total, one.Records));
            followed.AddRange(one.Items.Select(i => i.Id));
            next = one.Next;
        }
        while (next is not null && followed.Count < 5);
        Assert.Equal(scanned, followed);

        // Page numbers still work: the second page of one is the second item.
        Assert.Equal([scanned[1]], (await QueueAsync(reviewer, "api/reviews?pageSize=1&page=2")).Items.Select(i => i.Id));
        Assert.Empty((await QueueAsync(reviewer, "api/reviews?pageSize=1&page=4")).Items);

        // The kecamatan filter: every record under review is in Kualuh Hulu, none in Kualuh Selatan (where the candidates are).
        var hulu = await QueueAsync(reviewer, "api/reviews?kecamatan=kualuh-hulu&pageSize=2");
        Assert.Equal((3, 3), (hulu.Total, hulu.Records));
        Assert.Equal(scanned.Take(2), hulu.Items.Select(i => i.Id));
        Assert.Equal([scanned[2]], (await QueueAsync(reviewer, "api/reviews?kecamatan=kualuh-hulu&pageSize=2&next=" + Uri.EscapeDataString(hulu.Next!))).Items.Select(i => i.Id));
        Assert.Equal(0, (await QueueAsync(reviewer, "api/reviews?kecamatan=kualuh-selatan")).Total);

        // Without the index (a store from before it), the scan gives the same page; the next write builds the index again.
        var table = host.Environment.Storage.Table(StorageNames.ReviewQueueTable);
        await table.DeleteEntityAsync(ReviewQueueIndex.OpenPartition, ReviewQueueIndex.CountsKey);
        var scan = await QueueAsync(reviewer, "api/reviews");
        Assert.Equal(scanned, scan.Items.Select(i => i.Id));
        Assert.Equal((3, 3), (scan.Total, scan.Records));
        await host.Environment.UploadAndIngestAsync("kualuh-hulu/gunting-saga/data.xlsx", VillageList(Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Gunting Saga")));
        Assert.Equal((3, 3), await CountsAsync(host));
    }

    [Fact]
    public async Task An_entry_whose_item_was_decided_behind_its_back_is_skipped_and_deleted()
    {
        await using var host = await StartWithThreeItemsAsync();
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var budi = (await QueueAsync(reviewer, "api/reviews")).Items.Single(i => i.Name == "BUDI SIREGAR");

        // Budi's pair closed in Reviews without the index hearing of it (a decision stopped between the two).
        var reviews = host.Environment.Storage.Table(StorageNames.ReviewsTable);
        var pair = (await reviews.QueryAsync<ReviewEntity>().ToListAsync()).Single(r => r.RecordId.Replace(":", "/", StringComparison.Ordinal) == budi.Id);
        pair.Decision = "different";
        await reviews.UpdateEntityAsync(pair, pair.ETag);

        var page = await QueueAsync(reviewer, "api/reviews");
        Assert.Equal(["RAHMAT HIDAYAT", "SITI AMINAH"], page.Items.Select(i => i.Name));
        Assert.DoesNotContain(await EntriesAsync(host), e => e.Replace(":", "/", StringComparison.Ordinal) == budi.Id);
        Assert.Equal((2, 2), await CountsAsync(host));
        var again = await QueueAsync(reviewer, "api/reviews");
        Assert.Equal((2, 2, 2), (again.Total, again.Records, again.Items.Count));
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"api/reviews/{budi.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_decision_finds_its_item_through_the_index_not_a_scan_of_the_open_pairs()
    {
        await using var host = await StartWithThreeItemsAsync();
        var scans = new ConcurrentQueue<string>();
        await using var process = Recording(host, scans);

        // The item by its record's pointer, its entry and its pairs.
        Assert.Equal(DecisionStatus.Applied, (await DecideFirstAsync(process)).Status);
        Assert.Equal((2, 2), await CountsAsync(host));
        Assert.Empty(scans);

        // Without the index (a store from before it) the decision scans, as before, and its write builds the index again.
        await host.Environment.Storage.Table(StorageNames.ReviewQueueTable).DeleteEntityAsync(ReviewQueueIndex.OpenPartition, ReviewQueueIndex.CountsKey);
        Assert.Equal(DecisionStatus.Applied, (await DecideFirstAsync(process)).Status);
        Assert.NotEmpty(scans);
        Assert.Equal((1, 1), await CountsAsync(host));
        Assert.Equal(1, (await process.GetRequiredService<ReviewQueue>().PageAsync(1, 10, null, null, default)).Records);
    }

    [Fact]
    public async Task A_prepared_list_counts_what_waits_from_the_index_counts_not_a_scan_of_the_open_pairs()
    {
        await using var host = await StartWithThreeItemsAsync();
        var scans = new ConcurrentQueue<string>();
        await using var process = Recording(host, scans);
        var preparer = process.GetRequiredService<ListPreparer>();

        Assert.Equal(3, (await preparer.PrepareAsync(ListKind.Registration, Rina, default)).PendingReviewRecords);
        Assert.Empty(scans);

        // Without the index (a store from before it) the open pairs are scanned, with the same answer.
        await host.Environment.Storage.Table(StorageNames.ReviewQueueTable).DeleteEntityAsync(ReviewQueueIndex.OpenPartition, ReviewQueueIndex.CountsKey);
        Assert.Equal(3, (await preparer.PrepareAsync(ListKind.Registration, Rina, default)).PendingReviewRecords);
        Assert.NotEmpty(scans);
    }

    private static readonly AuditLog.Actor Rina = new("oid-rina", "rina");

    /// <summary>A second process over the same storage that notes every scan of the open pairs it makes.</summary>
    private static ServiceProvider Recording(ApiHost host, ConcurrentQueue<string> scans) =>
        TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(host.Environment.ConnectionString, options =>
            options.AddPolicy(new ThrowingPolicy(m =>
            {
                if (IsScanOfOpenPairs(m))
                {
                    scans.Enqueue(m.Request.Uri.Path);
                }

                return null;
            }), HttpPipelinePosition.PerRetry)));

    /// <summary>Decides the queue's first item "different" in that process.</summary>
    private static async Task<DecisionResult> DecideFirstAsync(IServiceProvider process)
    {
        var first = (await process.GetRequiredService<ReviewQueue>().PageAsync(1, 10, null, null, default)).Items[0];
        return await process.GetRequiredService<DecisionService>().DecideAsync(
            new DecisionRequest(first.Id, DecisionKind.Different, "DIFFERENT_NAMESAKE", null, null, null, null), Rina, default);
    }

    /// <summary>A query of <c>Reviews</c> for every open pair: a filter on the decision column, not on a partition.</summary>
    private static bool IsScanOfOpenPairs(HttpMessage message)
    {
        var request = Uri.UnescapeDataString(message.Request.Uri.PathAndQuery);
        return request.Contains("/" + StorageNames.ReviewsTable + "()", StringComparison.Ordinal)
            && request.Contains("Decision eq", StringComparison.Ordinal) && !request.Contains("PartitionKey", StringComparison.Ordinal);
    }

    private static async Task<ApiHost> StartWithThreeItemsAsync()
    {
        var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(DamuliPekan, VillageList(Budi, Rahmat, Siti));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(
            Worker(1, "1223016109900007", "Siti Aminah", "21-09-1990", "P", desa: "Sukarame"),
            Worker(2, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame")));
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223010507750005", "Rahmat Hidayat", "05-07-1975", "L")));
        return host;
    }

    private sealed record Shown(string Id, string Name);

    private sealed record Page(IReadOnlyList<Shown> Items, int Total, int Records, string? Next);

    private static async Task<Page> QueueAsync(HttpClient reviewer, string url)
    {
        var json = await ApiHost.GetJsonAsync(reviewer, url);
        var items = json.GetProperty("items").EnumerateArray()
            .Select(i => new Shown(i.GetProperty("id").GetString()!, i.GetProperty("subject").GetProperty("name").GetString()!)).ToList();
        var next = json.GetProperty("next");
        return new Page(items, json.GetProperty("total").GetInt32(), json.GetProperty("records").GetInt32(), next.ValueKind == JsonValueKind.String ? next.GetString() : null);
    }

    /// <summary>The item ids of the index's entries.</summary>
    private static async Task<List<string>> EntriesAsync(ApiHost host) =>
        [.. (await host.Environment.Storage.Table(StorageNames.ReviewQueueTable).QueryAsync<TableEntity>(e => e.PartitionKey == ReviewQueueIndex.OpenPartition).ToListAsync())
            .Where(e => e.RowKey != ReviewQueueIndex.CountsKey).Select(e => e.GetString("Item"))];

    private static async Task<(int Items, int Records)> CountsAsync(ApiHost host)
    {
        var counts = (await host.Environment.Storage.Table(StorageNames.ReviewQueueTable).GetEntityAsync<TableEntity>(ReviewQueueIndex.OpenPartition, ReviewQueueIndex.CountsKey)).Value;
        return (counts.GetInt32("Items")!.Value, counts.GetInt32("Records")!.Value);
    }

    private static async Task<List<string>> RowVersionsAsync(ApiHost host) =>
        [.. (await host.Environment.Storage.Table(StorageNames.ReviewQueueTable).QueryAsync<TableEntity>().ToListAsync()).Select(e => $"{e.PartitionKey}/{e.RowKey}/{e.ETag}").Order()];
}
