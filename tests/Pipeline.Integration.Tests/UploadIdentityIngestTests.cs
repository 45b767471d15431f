using Pipeline.Core.Model;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Ingest;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// Paths that differ only in case, in characters Table Storage forbids, or deep inside a long name are different
/// uploads end to end: their own rows, their own Uploads row, their own result workbook, nobody's people lost.
/// The tests share one Azurite and use different people, so they do not see each other as duplicates.
/// </summary>
public sealed class UploadIdentityIngestTests(SharedEnvironment shared) : IClassFixture<SharedEnvironment>
{
    [Fact]
    public async Task Paths_differing_only_in_case_are_two_villages()
    {
        var env = shared.Environment;
        const string upper = "Kualuh-Hulu/Aek-Kanopan/Daftar.xlsx";
        const string lower = "kualuh-hulu/aek-kanopan/daftar.xlsx";

        var a = await env.Ingest.IngestAsync(upper, new MemoryStream(VillageList(Worker(1, "1223011203800011", "Budi Siregar", "12-03-1980", "L"))), default);
        var b = await env.Ingest.IngestAsync(lower, new MemoryStream(VillageList(
            Worker(1, "1223016507900012", "Sri Wahyuni Harahap", "25-07-1990", "P"),
            Worker(2, "1223010101700013", "Ahmad Lubis", "01-01-1970", "L"))), default);

        Assert.NotEqual(a.UploadKey, b.UploadKey);
        Assert.Equal("new", Assert.Single(await IngestTests.ReadRecordsAsync(env, a.UploadKey)).Status);
        Assert.Equal(["new", "new"], (await IngestTests.ReadRecordsAsync(env, b.UploadKey)).Select(r => r.Status));
        Assert.Equal((upper, 1, 1), Summary(await IngestTests.GetUploadAsync(env, upper)));
        Assert.Equal((lower, 2, 2), Summary(await IngestTests.GetUploadAsync(env, lower)));
        Assert.True(await env.Storage.Results.GetBlobClient(UploadIdentity.Of(upper).ResultPath).ExistsAsync());
        Assert.True(await env.Storage.Results.GetBlobClient(UploadIdentity.Of(lower).ResultPath).ExistsAsync());
    }

    [Theory]
    [InlineData("kualuh-hulu/sukarame/daftar#2.xlsx", "kualuh-hulu/sukarame/daftar?2.xlsx", "1223012203800021")]
    [InlineData("kualuh-hulu/sukarame/x.csv", "kualuh-hulu/sukarame/x.csv.xlsx", "1223012203800031")]
    [InlineData("kualuh-hulu/sukarame/daftar~23.xlsx", "kualuh-hulu/sukarame/daftar#.xlsx", "1223012203800041")]
    public async Task Forbidden_characters_and_lookalike_names_keep_uploads_apart(string first, string second, string nik)
    {
        var env = shared.Environment;
        var other = nik[..^1] + "9";

        var a = await env.Ingest.IngestAsync(first, new MemoryStream(VillageList(Worker(1, nik, "Rahmat Ritonga", "22-03-1980", "L", desa: "Sukarame"))), default);
        var b = await env.Ingest.IngestAsync(second, new MemoryStream(VillageList(Worker(1, other, "Zulkifli Pane", "22-03-1980", "L", desa: "Sukarame"))), default);

        Assert.Equal(("processed", "processed"), (a.Status, b.Status));
        Assert.NotEqual(a.UploadKey, b.UploadKey);
        Assert.NotEqual(a.ResultPath, b.ResultPath);
        Assert.Equal(nik, Assert.Single(await IngestTests.ReadRecordsAsync(env, a.UploadKey)).Nik);
        Assert.Equal(other, Assert.Single(await IngestTests.ReadRecordsAsync(env, b.UploadKey)).Nik);
        Assert.Equal(first, (await IngestTests.GetUploadAsync(env, first)).Path);
        Assert.Equal(second, (await IngestTests.GetUploadAsync(env, second)).Path);
        Assert.True(await env.Storage.Results.GetBlobClient(a.ResultPath).ExistsAsync());
        Assert.True(await env.Storage.Results.GetBlobClient(b.ResultPath).ExistsAsync());
    }

    [Fact]
    public async Task Very_long_paths_that_differ_at_the_end_are_two_uploads()
    {
        var env = shared.Environment;
        var folder = "kualuh-hulu/" + string.Concat(Enumerable.Repeat("arsip-daftar-pekerja-rentan-", 25)) + "/";

        var a = await env.Ingest.IngestAsync(folder + "versi-1.xlsx", new MemoryStream(VillageList(Worker(1, "1223011505850051", "Nurhayati Sinaga", "15-05-1985", "P"))), default);
        var b = await env.Ingest.IngestAsync(folder + "versi-2.xlsx", new MemoryStream(VillageList(Worker(1, "1223011506850052", "Masniari Daulay", "15-06-1985", "P"))), default);

        Assert.NotEqual(a.UploadKey, b.UploadKey);
        Assert.Equal("1223011505850051", Assert.Single(await IngestTests.ReadRecordsAsync(env, a.UploadKey)).Nik);
        Assert.Equal("1223011506850052", Assert.Single(await IngestTests.ReadRecordsAsync(env, b.UploadKey)).Nik);
        Assert.Equal(folder + "versi-2.xlsx", (await IngestTests.GetUploadAsync(env, folder + "versi-2.xlsx")).Path);
    }

    [Fact]
    public async Task A_name_with_backslashes_is_processed_under_its_exact_path()
    {
        var env = shared.Environment;
        const string path = "kualuh-hulu\\aek-kanopan\\daftar-windows.xlsx";

        var outcome = await env.Ingest.IngestAsync(path, new MemoryStream(VillageList(Worker(1, "1223011708880061", "Irwan Munthe", "17-08-1988", "L"))), default);

        Assert.Equal("processed", outcome.Status);
        Assert.Equal(path, (await IngestTests.GetUploadAsync(env, path)).Path);
        Assert.True(await env.Storage.Results.GetBlobClient(outcome.ResultPath).ExistsAsync());
    }

    private static (string Path, int Rows, int New) Summary(Pipeline.Storage.Tables.UploadEntity upload) => (upload.Path, upload.Rows, upload.Counts[RecordStatus.New]);
}
