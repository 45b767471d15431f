using Pipeline.Core.Model;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Ingest;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Resilience;

/// <summary>
/// What an official holds is never stale: when another village's upload changes this village's statuses, this
/// village's result workbook is written again from its stored records.
/// </summary>
public sealed class StaleResultTests
{
    private const string VillageA = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string VillageB = "kualuh-hulu/sukarame/daftar.xlsx";

    [Fact]
    public async Task A_duplicate_promoted_to_new_by_another_village_shows_as_new_in_its_own_result()
    {
        await using var env = await TestEnvironment.StartAsync();
        var x = Worker(1, "1223011203800201", "Ahmad Nasution", "12-03-1980", "L");
        var y = Worker(2, "1223014506850002", "Dewi Lubis", "05-06-1985", "P");
        Assert.Equal(IngestOutcome.Processed, await env.UploadAndIngestAsync(VillageA, VillageList(x, y)));
        Assert.Equal(IngestOutcome.Processed, await env.UploadAndIngestAsync(VillageB, VillageList(x)));
        using (var before = await ResultWorkbooks.OpenAsync(env, VillageB))
        {
            Assert.Equal(RecordStatus.Duplicate.ToIndonesian(), ResultWorkbooks.StatusOf(before, "Ahmad Nasution"));
        }

        // Village A sends a new version without X: B's listing is now X's first, so X is new there.
        Assert.Equal(IngestOutcome.Processed, await env.UploadAndIngestAsync(VillageA, VillageList(y)));

        using var after = await ResultWorkbooks.OpenAsync(env, VillageB);
        Assert.Equal(RecordStatus.New.ToIndonesian(), ResultWorkbooks.StatusOf(after, "Ahmad Nasution"));
        Assert.Contains(IssueCatalog.ResultUpdated.Code, ResultWorkbooks.AllText(after));
        var b = await IngestTests.GetUploadAsync(env, VillageB);
        Assert.Equal((1, 0, false), (b.Counts[RecordStatus.New], b.Counts[RecordStatus.Duplicate], b.ResultStale));
        Assert.NotNull(b.ResultRefreshedAt);
        var records = await IngestTests.ReadRecordsAsync(env, UploadIdentity.Of(VillageB).Key);
        Assert.Equal("new", Assert.Single(records).Status);
    }

    [Fact]
    public async Task A_refresh_missed_by_the_ingest_that_caused_it_is_done_by_the_next_ingest()
    {
        await using var env = await TestEnvironment.StartAsync();
        var x = Worker(1, "1223011203800301", "Rahmat Daulay", "12-03-1979", "L");
        var y = Worker(2, "1223014506850302", "Nurhayati Pane", "05-06-1986", "P");
        await env.UploadAndIngestAsync(VillageA, VillageList(x, y));
        await env.UploadAndIngestAsync(VillageB, VillageList(x));

        // The blob of B is briefly replaced by other bytes, so the refresh after A's new version skips it (its
        // content no longer matches what was processed) and the mark stays.
        var original = (await env.Storage.Uploads.GetBlobClient(VillageB).DownloadContentAsync()).Value.Content;
        await env.Storage.Uploads.GetBlobClient(VillageB).UploadAsync(new BinaryData(new byte[] { 1, 2, 3 }), overwrite: true);
        await env.UploadAndIngestAsync(VillageA, VillageList(y));
        Assert.True((await IngestTests.GetUploadAsync(env, VillageB)).ResultStale);
        using (var stale = await ResultWorkbooks.OpenAsync(env, VillageB))
        {
            Assert.Equal(RecordStatus.Duplicate.ToIndonesian(), ResultWorkbooks.StatusOf(stale, "Rahmat Daulay"));
        }

        await env.Storage.Uploads.GetBlobClient(VillageB).UploadAsync(original, overwrite: true);
        await env.UploadAndIngestAsync("kualuh-hulu/gunting-saga/daftar.xlsx", VillageList(Worker(1, "1223011203800303", "Siti Rambe", "12-03-1990", "P")));

        Assert.False((await IngestTests.GetUploadAsync(env, VillageB)).ResultStale);
        using var fresh = await ResultWorkbooks.OpenAsync(env, VillageB);
        Assert.Equal(RecordStatus.New.ToIndonesian(), ResultWorkbooks.StatusOf(fresh, "Rahmat Daulay"));
    }
}
