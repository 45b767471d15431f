using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using Pipeline.Api.Auth;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// Decisions that decide people, not pairs, against Azurite through the API: one item per person with all its
/// candidates, the identity a "same" decision chooses (what the list for BPJS carries, also after a re-upload),
/// an identical twin rejected with its row, and what another village is told.
/// </summary>
public sealed class ReviewItemDecisionTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";
    private const string DamuliPekan = "kualuh-selatan/damuli-pekan/data.xlsx";

    // Budi as Aek Kanopan lists him; another Budi (other NIK, other birth date) in Damuli Pekan; Sukarame lists Budi
    // with Aek Kanopan's NIK and Damuli Pekan's birth date. Sukarame's row resembles both: one item, three members.
    private static readonly object?[] BudiAek = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", phone: "081211110001");
    private static readonly object?[] BudiDamuli = Worker(1, "1223021505850003", "Budi Siregar", "15-05-1985", "L", desa: "Damuli Pekan", phone: "081211110002");
    private static readonly object?[] BudiSukarame = Worker(1, "1223011203800001", "Budi Siregar", "15-05-1985", "L", desa: "Sukarame", phone: "081211110003");

    [Fact]
    public async Task A_person_resembling_two_listings_is_one_item_decided_once_with_the_identity_the_reviewer_chose()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(BudiAek));
        await host.Environment.UploadAndIngestAsync(DamuliPekan, VillageList(BudiDamuli));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(BudiSukarame));
        var reviewer = host.As("rina", ApiRoles.Reviewer);

        var queue = await ApiHost.GetJsonAsync(reviewer, "api/reviews");
        Assert.Equal((1, 1), (queue.GetProperty("total").GetInt32(), queue.GetProperty("records").GetInt32()));
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray());
        var members = item.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(3, members.Count);
        Assert.Equal(2, item.GetProperty("pairs").GetArrayLength());
        var differences = item.GetProperty("differences").EnumerateArray().ToDictionary(d => d.GetProperty("field").GetString()!, d => d.GetProperty("values").EnumerateArray().Select(v => v.GetString()).ToList());
        Assert.Equal(["1223011203800001", "1223021505850003"], differences["nik"].Order());
        Assert.Equal(["1980-03-12", "1985-05-15"], differences["birthDate"].Order());

        // All three are Budi; the reviewer picks Damuli Pekan's NIK and birth date (Aek Kanopan's listing stays the primary one).
        var decided = await ApiHost.PostJsonAsync(reviewer, $"api/reviews/{item.GetProperty("id").GetString()}/decision", new
        {
            decision = "same",
            reason = "SAME_DOCUMENT",
            members = members.Select(m => m.GetProperty("ref").GetString()),
            chosen = new Dictionary<string, string> { ["nik"] = "1223021505850003", ["birthDate"] = "1985-05-15" },
        });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(0, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());

        var aek = await ReviewDecisionTests.RecordAsync(reviewer, AekKanopan, 4);
        var damuli = await ReviewDecisionTests.RecordAsync(reviewer, DamuliPekan, 4);
        var sukarame = await ReviewDecisionTests.RecordAsync(reviewer, Sukarame, 4);
        Assert.Equal(["duplicate", "duplicate", "new"], new[] { aek, damuli, sukarame }.Select(r => r.GetProperty("status").GetString()).Order());
        Assert.Single(new[] { aek, damuli, sukarame }.Select(r => r.GetProperty("personId").GetString()).Distinct());
        Assert.Equal(2, await CountAsync(host, StorageNames.DecisionsTable));

        // Damuli Pekan's demoted listing names the person id, never another village's file or row (the leak of a
        // decision's DUPLICATE_OTHER_FILE).
        var personId = aek.GetProperty("personId").GetString()!;
        var notice = damuli.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("code").GetString() is "DUPLICATE_OTHER_FILE" or "REVIEW_SAME_PERSON");
        Assert.Contains("ID orang " + personId, notice.GetProperty("message").GetString());
        await AssertWorkbookNamesNoOtherVillageAsync(host, DamuliPekan, ["aek-kanopan", "sukarame", "daftar.xlsx", "baris"]);

        // The list for BPJS carries the chosen identity, not the primary listing's.
        var row = Assert.Single(await PrepareListAsync(host));
        Assert.Equal(("1223021505850003", "BUDI SIREGAR", "15-05-1985"), (row[0], row[1], row[3]));

        // A new version of Aek Kanopan's file, Budi on another row: the decision is met again, the list still carries the choice.
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P"), BudiAek));
        Assert.Equal(0, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());
        var list = await PrepareListAsync(host);
        Assert.Equal(["1223015508920004", "1223021505850003"], list.Select(r => r[0]).Order());
        Assert.Equal("15-05-1985", list.Single(r => r[0] == "1223021505850003")[3]);
    }

    [Fact]
    public async Task Rejecting_one_of_two_identical_rows_rejects_its_twin_and_leaves_nothing_that_can_only_be_rejected()
    {
        await using var host = await ApiHost.StartAsync();

        // A register NIK under a made-up name: a shared NIK, under review. The second village lists the same row: it waits too,
        // with the first row and the participant as candidates. One item.
        await host.Environment.Register.LoadAsync("peserta/export.csv", IngestTests.Utf8("KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n25014176869;1223035402710001;SUYATMI;14-02-1971;AKTIF\n"), default);
        var butet = Worker(1, "1223035402710001", "Butet Simanjuntak", "", "");
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(butet));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223035402710001", "Butet Simanjuntak", "", "", desa: "Sukarame")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var queue = await ApiHost.GetJsonAsync(reviewer, "api/reviews");
        Assert.Equal((1, 2), (queue.GetProperty("total").GetInt32(), queue.GetProperty("records").GetInt32()));
        var item = queue.GetProperty("items")[0];
        var first = item.GetProperty("members").EnumerateArray().First(m => m.GetProperty("record").ValueKind == JsonValueKind.Object
            && m.GetProperty("record").GetProperty("uploadPath").GetString() == AekKanopan).GetProperty("ref").GetString();

        var rejected = await ApiHost.PostJsonAsync(reviewer, $"api/reviews/{item.GetProperty("id").GetString()}/decision",
            new { decision = "reject", reason = "REJECT_NIK_NOT_THEIRS", members = new[] { first } });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal("rejected", (await ReviewDecisionTests.RecordAsync(reviewer, AekKanopan, 4)).GetProperty("status").GetString());
        Assert.Equal("rejected", (await ReviewDecisionTests.RecordAsync(reviewer, Sukarame, 4)).GetProperty("status").GetString());
        Assert.Equal(0, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ReviewDecisionTests.UploadAsync(reviewer, Sukarame)).GetProperty("counts").GetProperty("review").GetInt32());
        var sentence = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=review.")).EnumerateArray().Single().GetProperty("sentence").GetString();
        Assert.Equal("rina menolak data BUTET SIMANJUNTAK (Aek Kanopan baris 4) dan BUTET SIMANJUNTAK (Sukarame baris 4). Alasan: NIK bukan milik orang ini.", sentence);
    }

    [Fact]
    public async Task A_choice_that_is_none_of_the_listings_values_is_refused_and_changes_nothing()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(BudiAek));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var item = await ReviewDecisionTests.SingleQueueItemAsync(reviewer);

        var refused = await ApiHost.PostJsonAsync(reviewer, $"api/reviews/{item.GetProperty("id").GetString()}/decision",
            new { decision = "same", reason = "SAME_TYPO", chosen = new Dictionary<string, string> { ["nik"] = "1223011203800009" } });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("bukan salah satu nilai", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, (await ApiHost.GetJsonAsync(reviewer, "api/reviews")).GetProperty("total").GetInt32());
        Assert.Equal(0, await CountAsync(host, StorageNames.DecisionsTable));
    }

    /// <summary>Prepares a list for BPJS and reads the rows of its first sheet (header left out).</summary>
    private static async Task<List<string[]>> PrepareListAsync(ApiHost host)
    {
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var export = await ApiHost.JsonAsync(await reviewer.PostAsync("api/exports", null));
        using var workbook = Open(await (await reviewer.GetAsync(export.GetProperty("xlsxUrl").GetString()!.TrimStart('/'))).Content.ReadAsByteArrayAsync());
        var sheet = workbook.Worksheets.First();
        var columns = sheet.Row(1).CellsUsed().Count();
        return [.. sheet.RowsUsed().Skip(1).Select(r => Enumerable.Range(1, columns).Select(c => r.Cell(c).GetString()).ToArray())];
    }

    private static async Task AssertWorkbookNamesNoOtherVillageAsync(ApiHost host, string path, string[] others)
    {
        var content = (await host.Environment.Storage.Results.GetBlobClient(UploadIdentity.Of(path).ResultPath).DownloadContentAsync()).Value.Content.ToArray();
        using var workbook = Open(content);
        var hasil = workbook.Worksheet("Hasil");
        var keterangan = hasil.Row(1).CellsUsed().Single(c => c.GetString() == "Keterangan").Address.ColumnNumber;
        Assert.All(Enumerable.Range(2, hasil.LastRowUsed()!.RowNumber() - 1).Select(r => hasil.Cell(r, keterangan).GetString()),
            text => Assert.False(others.Any(o => text.Contains(o, StringComparison.OrdinalIgnoreCase)), text));
    }

    private static async Task<int> CountAsync(ApiHost host, string table) =>
        (await host.Environment.Storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey"]).ToListAsync()).Count;
}
