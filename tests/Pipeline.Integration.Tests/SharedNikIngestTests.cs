using Pipeline.Core.Model;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.IngestTests;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// Through ingest against Azurite: village B lists a NIK village A already listed, under another name, and a NIK
/// of the BPJS register under a made-up name without a birth date. Both wait for review as a shared NIK; B's
/// result workbook says so without naming A's file, rows or people; the Reviews table keeps the detail.
/// </summary>
public sealed class SharedNikIngestTests
{
    private const string VillageA = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string VillageB = "na-ix-x/pulo-jantan/data-pekerja.xlsx";

    // Invented people; the register holds one more.
    private static readonly object?[] Sri = Worker(1, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P");
    private static readonly object?[] Budi = Worker(2, "1223011203800001", "Budi Siregar", "12-03-1980", "L");
    private static readonly object?[] SriNikOtherName = Worker(1, "1223016507900002", "Dewi Lestari", "", "", "Pulo Jantan");
    private static readonly object?[] RegisterNikMadeUpName = Worker(2, "1223035402710001", "Butet Simanjuntak", "", "", "Pulo Jantan");
    private static readonly object?[] BudiWithATypo = Worker(3, "1223011203800001", "Budi Siregat", "12-03-1980", "L", "Pulo Jantan");

    [Fact]
    public async Task A_NIK_listed_elsewhere_under_another_name_waits_for_review_and_the_uploader_learns_nothing_of_the_other_listing()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.Register.LoadAsync("peserta/export.csv", Utf8("KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n25014176869;1223035402710001;SUYATMI;14-02-1971;AKTIF\n"), default);
        var a = await env.Ingest.IngestAsync(VillageA, new MemoryStream(VillageList(Sri, Budi)), default);

        var b = await env.Ingest.IngestAsync(VillageB, new MemoryStream(VillageList(SriNikOtherName, RegisterNikMadeUpName, BudiWithATypo)), default);

        var listedByA = await ReadRecordsAsync(env, a.UploadKey);
        var listedByB = await ReadRecordsAsync(env, b.UploadKey);
        Assert.Equal(["new", "new"], listedByA.Select(r => r.Status));
        Assert.Equal(["review", "review", "duplicate"], listedByB.Select(r => r.Status));
        Assert.All(listedByB.Take(2), r => Assert.Contains("NIK_SHARED", r.Issues.Split(';')));
        Assert.Equal(listedByA[1].PersonId, listedByB[2].PersonId);
        var upload = await GetUploadAsync(env, VillageB);
        Assert.Equal((0, 2, 1), (upload.Counts[RecordStatus.New], upload.Counts[RecordStatus.Review], upload.Counts[RecordStatus.Duplicate]));

        var reviews = await ReadReviewsAsync(env, b.UploadKey);
        var sri = Assert.Single(reviews, r => r.SourceRow == listedByB[0].SourceRow);
        Assert.Equal($"{a.UploadKey}:{listedByA[0].RowKey}", sri.CandidateId);
        Assert.Equal(listedByA[0].PersonId, sri.CandidatePersonId);
        Assert.Contains("nama berbeda", sri.Explanation);
        Assert.Contains(reviews, r => r.SourceRow == listedByB[1].SourceRow && r.CandidateId == "KPJ:25014176869");

        using var result = Open((await env.Storage.Results.GetBlobClient(UploadIdentity.Of(VillageB).ResultPath).DownloadContentAsync()).Value.Content.ToArray());
        var sheet = result.Worksheet("Hasil");
        var keterangan = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "Keterangan").Address.ColumnNumber;
        var messages = Enumerable.Range(2, 3).Select(r => sheet.Cell(r, keterangan).GetString()).ToList();
        Assert.All(messages.Zip(listedByB), p => Assert.Contains(p.Second.PersonId!, p.First));
        Assert.All(messages, m => Assert.False(new[] { "baris", "NIK sama", "nama sama", "nama berbeda", "tanggal lahir sama" }.Any(m.Contains), m));
        string[] others = ["daftar.xlsx", "aek-kanopan", "kualuh-hulu", "SRI WAHYUNI", "SUYATMI", "25014176869"];
        Assert.All(result.Worksheets.SelectMany(s => s.CellsUsed()), c => Assert.False(others.Any(c.GetString().Contains), c.GetString()));
    }

    private static async Task<List<ReviewEntity>> ReadReviewsAsync(TestEnvironment env, string uploadKey)
    {
        var list = new List<ReviewEntity>();
        await foreach (var r in env.Storage.Table(StorageNames.ReviewsTable).QueryAsync<ReviewEntity>(e => e.PartitionKey == uploadKey))
        {
            list.Add(r);
        }

        return list;
    }
}
