using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ClosedXML.Excel;
using Pipeline.Api.Auth;
using Pipeline.Storage;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>The list for BPJS: new people only, each once, nothing under review; maker-checker release; audited.</summary>
public sealed class ExportTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";

    [Fact]
    public async Task The_list_has_each_new_person_once_no_pending_review_and_is_released_only_by_an_approver_who_decided_none_of_it()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P", phone: "+6281298765432"),
            Worker(3, "", "Tanpa NIK", "01-01-1985", "L")));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame"),
            Worker(2, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame"),
            Worker(3, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var andi = host.As("andi", ApiRoles.Approver);
        var bayu = host.As("bayu", ApiRoles.Approver);

        // Budi twice (a duplicate), his namesake under review (one record, against both of Budi's listings: one item),
        // one rejected row: three people on the list, one record still under review (records, as every page counts).
        var draft = await ApiHost.JsonAsync(await reviewer.PostAsync("api/exports", null));
        Assert.Equal(("draft", 3, 1), (draft.GetProperty("status").GetString(), draft.GetProperty("people").GetInt32(), draft.GetProperty("pendingReviewRecords").GetInt32()));
        var queue = await ApiHost.GetJsonAsync(reviewer, "api/reviews");
        Assert.Equal((1, "orang", 1), (queue.GetProperty("total").GetInt32(), queue.GetProperty("unit").GetString(), queue.GetProperty("records").GetInt32()));
        Assert.Equal(3, queue.GetProperty("items")[0].GetProperty("members").GetArrayLength());
        var csv = await DownloadCsvAsync(reviewer, draft);
        Assert.Equal(["NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN", "ALAMAT", "DESA/KELURAHAN", "KECAMATAN", "NO HP", "PEKERJAAN", "PROGRAM", "PERIODE"], csv[0]);
        var niks = csv.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(["1223011203800001", "1223015508920004", "1223016507900002"], niks.Order());
        var sri = csv.Single(r => r[0] == "1223016507900002");
        Assert.Equal(("SRI WAHYUNI HARAHAP", "25-07-1990", "P", "Aek Kanopan", "Kualuh Hulu", "081298765432", "JKK+JKM"), (sri[1], sri[3], sri[4], sri[6], sri[7], sri[8], sri[10]));

        // Andi decides the namesake (two people), once for both of Budi's listings; the next list carries him and Andi
        // may not release it.
        var item = (await ApiHost.GetJsonAsync(andi, "api/reviews")).GetProperty("items")[0];
        Assert.Equal(HttpStatusCode.OK, (await ReviewDecisionTests.DecideAsync(andi, item, "different", "DIFFERENT_NAMESAKE")).StatusCode);
        Assert.Equal(0, (await ApiHost.GetJsonAsync(andi, "api/reviews")).GetProperty("total").GetInt32());
        var list = await ApiHost.JsonAsync(await reviewer.PostAsync("api/exports", null));
        var id = list.GetProperty("id").GetString();
        Assert.Equal((4, 0), (list.GetProperty("people").GetInt32(), list.GetProperty("pendingReviewRecords").GetInt32()));
        Assert.Equal(["oid-andi"], list.GetProperty("deciders").EnumerateArray().Select(d => d.GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"api/exports/{id}/release", null)).StatusCode);
        var refused = await andi.PostAsync($"api/exports/{id}/release", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("empat mata", await refused.Content.ReadAsStringAsync());

        var released = await ApiHost.JsonAsync(await bayu.PostAsync($"api/exports/{id}/release", null));
        Assert.Equal(("released", "bayu"), (released.GetProperty("status").GetString(), released.GetProperty("releasedBy").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await bayu.PostAsync($"api/exports/{id}/release", null)).StatusCode);

        using (var workbook = new XLWorkbook(new MemoryStream(await (await bayu.GetAsync($"api/exports/{id}/file/xlsx")).Content.ReadAsByteArrayAsync())))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal("NIK", sheet.Cell(1, 1).GetString());
            Assert.Equal(5, sheet.LastRowUsed()!.RowNumber());
            var nikCells = Enumerable.Range(2, 4).Select(r => sheet.Cell(r, 1)).ToList();
            Assert.All(nikCells, c => Assert.Equal(XLDataType.Text, c.DataType));
            Assert.Equal(4, nikCells.Select(c => c.GetString()).Distinct().Count());
            Assert.DoesNotContain(sheet.CellsUsed(), c => c.HasFormula);
        }

        var audit = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=export.")).EnumerateArray().ToList();
        Assert.Equal(["export.prepare", "export.prepare", "export.release"], audit.Select(a => a.GetProperty("action").GetString()).Order());
        Assert.Equal("oid-bayu", audit.Single(a => a.GetProperty("action").GetString() == "export.release").GetProperty("actor").GetString());

        // A later list leaves out the people already released to BPJS.
        var next = await ApiHost.JsonAsync(await reviewer.PostAsync("api/exports", null));
        Assert.Equal((0, 4), (next.GetProperty("people").GetInt32(), next.GetProperty("alreadyReleased").GetInt32()));
    }

    [Fact]
    public async Task Whoever_decided_stays_a_decider_after_a_new_version_of_the_file_replaces_the_decided_item()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L")));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame")));
        var andi = host.As("andi", ApiRoles.Approver);
        var item = (await ApiHost.GetJsonAsync(andi, "api/reviews")).GetProperty("items")[0];
        Assert.Equal(HttpStatusCode.OK, (await ReviewDecisionTests.DecideAsync(andi, item, "different", "DIFFERENT_NAMESAKE")).StatusCode);

        // Sukarame sends a new version, the namesake on another row: the decided item is gone, the decision is not.
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(
            Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame"),
            Worker(2, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame")));
        Assert.Empty(await host.Environment.Storage.Table(StorageNames.ReviewsTable).QueryAsync<TableEntity>().ToListAsync());

        var list = await ApiHost.JsonAsync(await host.As("rina", ApiRoles.Reviewer).PostAsync("api/exports", null));
        Assert.Equal(3, list.GetProperty("people").GetInt32());
        Assert.Equal(["oid-andi"], list.GetProperty("deciders").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await andi.PostAsync($"api/exports/{list.GetProperty("id").GetString()}/release", null)).StatusCode);
    }

    private static async Task<List<string[]>> DownloadCsvAsync(HttpClient client, JsonElement export)
    {
        var response = await client.GetAsync(export.GetProperty("csvUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
    }
}
