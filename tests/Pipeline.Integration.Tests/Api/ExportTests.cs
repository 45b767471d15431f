using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Core.Cohort;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The lists for BPJS: prepared from the funded cohort's candidates (new people, and reactivations with their KPJ),
/// released by an approver who neither prepared them nor decided about their people, checked against what happened
/// since, never sending anyone twice; every download audited.
/// </summary>
public sealed class ExportTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Sukarame = "kualuh-hulu/sukarame/data.xlsx";
    private const string Register = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n25012345678;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;NON AKTIF\n";

    [Fact]
    public async Task The_list_carries_each_candidate_once_reactivations_with_their_KPJ_and_goes_out_once_by_another_approver()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.Register.LoadAsync("peserta/export.csv", IngestTests.Utf8(Register), default);
        await SeedAsync(host);
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var dewi = host.As("dewi", ApiRoles.Reviewer, ApiRoles.Approver);
        var bayu = host.As("bayu", ApiRoles.Approver);

        // Budi twice (one duplicate), his namesake under review (one record, against both of Budi's listings: one item),
        // one rejected row, Sri lapsed (NON AKTIF): Budi and Rina are new, Sri is reactivated with her KPJ; one record
        // still under review (records, as every page counts).
        var draft = await PrepareAsync(reviewer);
        Assert.Equal(("draft", "registration", 3, 1, 1), (draft.GetProperty("status").GetString(), draft.GetProperty("kind").GetString(),
            draft.GetProperty("people").GetInt32(), draft.GetProperty("reactivations").GetInt32(), draft.GetProperty("pendingReviewRecords").GetInt32()));
        var queue = await ApiHost.GetJsonAsync(reviewer, "api/reviews");
        Assert.Equal((1, "orang", 1), (queue.GetProperty("total").GetInt32(), queue.GetProperty("unit").GetString(), queue.GetProperty("records").GetInt32()));
        using (var workbook = await DownloadAsync(reviewer, draft))
        {
            var list = workbook.Worksheet("Pendaftaran BPU");
            Assert.Equal(["NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN", "ALAMAT", "DESA/KELURAHAN", "KECAMATAN", "NO HP", "PEKERJAAN", "PROGRAM", "PERIODE"],
                list.Row(1).CellsUsed().Select(c => c.GetString()));
            Assert.Equal(["1223011203800001", "1223015508920004"], Column(list, 1).Order());
            Assert.All(list.Column(1).CellsUsed().Skip(1), c => Assert.Equal(XLDataType.Text, c.DataType));
            var reactivation = workbook.Worksheet("Reaktivasi");
            Assert.Equal(("KPJ", "NIK"), (reactivation.Cell(1, 1).GetString(), reactivation.Cell(1, 2).GetString()));
            Assert.Equal(["25012345678"], Column(reactivation, 1));
            Assert.Equal(["1223016507900002"], Column(reactivation, 2));
            Assert.Equal("081298765432", reactivation.Cell(2, 10).GetString());
            Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"api/exports/{Id(draft)}/file/csv")).StatusCode);

        // Whoever prepared a list may not release it, even an approver.
        var own = await PrepareAsync(dewi);
        var refused = await dewi.PostAsync($"api/exports/{Id(own)}/release", null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Anda yang membuat daftar ini", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsync($"api/exports/{Id(draft)}/release", null)).StatusCode);

        var released = await ApiHost.JsonAsync(await bayu.PostAsync($"api/exports/{Id(draft)}/release", null));
        Assert.Equal(("released", "bayu"), (released.GetProperty("status").GetString(), released.GetProperty("releasedBy").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await bayu.PostAsync($"api/exports/{Id(draft)}/release", null)).StatusCode);

        // Dewi's draft holds the same three people: released since, so it cannot go out.
        var stale = await bayu.PostAsync($"api/exports/{Id(own)}/release", null);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("3 orang sudah dirilis dalam daftar lain", await stale.Content.ReadAsStringAsync());
        Assert.Contains("Buat daftar baru", (await ApiHost.GetJsonAsync(bayu, $"api/exports/{Id(own)}")).GetProperty("releaseRefusal").GetString());

        // The submitted people are on no later list, and a list of nobody cannot be released.
        var empty = await PrepareAsync(reviewer);
        Assert.Equal(0, empty.GetProperty("people").GetInt32());
        var nothing = await bayu.PostAsync($"api/exports/{Id(empty)}/release", null);
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
        Assert.Contains("kosong (0 orang)", await nothing.Content.ReadAsStringAsync());

        // Listed again, a submitted person says where they went; still not on a list.
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame")));
        var rina = await ReviewDecisionTests.RecordAsync(reviewer, Sukarame, 4);
        Assert.Equal("new", rina.GetProperty("status").GetString());
        Assert.Contains(rina.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "COHORT_SUBMITTED" && i.GetProperty("message").GetString()!.Contains(Id(draft)!));
        Assert.Equal(0, (await PrepareAsync(reviewer)).GetProperty("people").GetInt32());

        var audit = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=export.&take=50")).EnumerateArray().ToList();
        Assert.Single(audit, a => a.GetProperty("action").GetString() == "export.release");
        Assert.Equal("oid-bayu", audit.Single(a => a.GetProperty("action").GetString() == "export.release").GetProperty("actor").GetString());
        var downloads = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=download.export&take=50")).EnumerateArray().ToList();
        Assert.Contains(downloads, a => a.GetProperty("actor").GetString() == "oid-rina" && a.GetProperty("target").GetString() == Id(draft));
        var submits = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=cohort.submit&take=50")).EnumerateArray().ToList();
        Assert.Equal(3, submits.Count);
        Assert.All(submits, s => Assert.Equal("oid-bayu", s.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Two_overlapping_drafts_released_at_once_by_two_approvers_send_nobody_twice()
    {
        await using var host = await ApiHost.StartAsync();
        await SeedAsync(host);
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var first = await PrepareAsync(reviewer);
        var second = await PrepareAsync(reviewer);
        Assert.Equal((3, 3), (first.GetProperty("people").GetInt32(), second.GetProperty("people").GetInt32()));

        var answers = await Task.WhenAll(
            host.As("andi", ApiRoles.Approver).PostAsync($"api/exports/{Id(first)}/release", null),
            host.As("bayu", ApiRoles.Approver).PostAsync($"api/exports/{Id(second)}/release", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var lists = (await ApiHost.GetJsonAsync(reviewer, "api/exports")).EnumerateArray().ToList();
        var released = Assert.Single(lists, l => l.GetProperty("status").GetString() == "released");
        var submitted = await MembersAsync(host, CohortState.Submitted);
        Assert.Equal(3, submitted.Count);
        Assert.All(submitted, m => Assert.Equal(Id(released), m.ExportId));
        Assert.Empty(await MembersAsync(host, CohortState.Candidate));
    }

    [Fact]
    public async Task A_release_checks_its_draft_against_what_happened_since_and_says_why_with_counts()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P", phone: "+6281298765432")));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var bayu = host.As("bayu", ApiRoles.Approver);
        var draft = await PrepareAsync(reviewer);
        Assert.Equal(3, draft.GetProperty("people").GetInt32());

        // Since the draft: Sukarame replaced Rina by Dedi, and Aek Kanopan corrected Sri's phone.
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223010101700003", "Dedi Lubis", "01-01-1970", "L", desa: "Sukarame")));
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P", phone: "081311112222")));

        var refused = await bayu.PostAsync($"api/exports/{Id(draft)}/release", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var why = await refused.Content.ReadAsStringAsync();
        Assert.True(why.Contains("1 orang tidak lagi diusulkan", StringComparison.Ordinal) && why.Contains("1 orang datanya berubah", StringComparison.Ordinal), why);
        Assert.Empty(await MembersAsync(host, CohortState.Submitted));
        var fresh = await PrepareAsync(reviewer);
        Assert.Equal(3, fresh.GetProperty("people").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync($"api/exports/{Id(fresh)}/release", null)).StatusCode);
        var submitted = await MembersAsync(host, CohortState.Submitted);
        Assert.Equal(["1223010101700003", "1223011203800001", "1223016507900002"], submitted.Select(m => m.Details!.Nik).Order());
        Assert.Equal("+6281311112222", submitted.Single(m => m.Details!.Nik == "1223016507900002").Details!.Phone);
        Assert.Equal(CohortState.Withdrawn, Assert.Single(await MembersAsync(host, CohortState.Withdrawn)).State);
    }

    [Fact]
    public async Task A_release_a_crash_interrupted_is_finished_by_the_next_call_and_audited_once()
    {
        await using var host = await ApiHost.StartAsync();
        await SeedAsync(host);
        var draft = await PrepareAsync(host.As("rina", ApiRoles.Reviewer));
        var exports = host.Environment.Storage.Table(StorageNames.ExportsTable);
        var claimed = (await exports.GetEntityAsync<ExportEntity>(ExportEntity.Partition, Id(draft))).Value;
        (claimed.Status, claimed.ReleasedBy, claimed.ReleasedByName, claimed.ReleasedAt) = (ExportEntity.Releasing, "oid-bayu", "bayu", DateTimeOffset.UtcNow);
        await exports.UpdateEntityAsync(claimed, claimed.ETag);

        // The process died after the claim; the next call on the lists (here: preparing another) finishes it.
        var next = await PrepareAsync(host.As("rina", ApiRoles.Reviewer));

        Assert.Equal(0, next.GetProperty("people").GetInt32());
        Assert.Equal("released", (await ApiHost.GetJsonAsync(host.As("rina", ApiRoles.Reviewer), $"api/exports/{Id(draft)}")).GetProperty("status").GetString());
        Assert.Equal(3, (await MembersAsync(host, CohortState.Submitted)).Count);
        await host.Environment.Services.GetRequiredService<ListReleaser>().CompleteInterruptedAsync(default);
        var audit = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=export.release")).EnumerateArray().ToList();
        Assert.Equal("oid-bayu", Assert.Single(audit).GetProperty("actor").GetString());
    }

    /// <summary>Aek Kanopan: Budi, Sri, a row without NIK. Sukarame: Budi again, his namesake (review), Rina.</summary>
    private static async Task SeedAsync(ApiHost host)
    {
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P", phone: "+6281298765432"),
            Worker(3, "", "Tanpa NIK", "01-01-1985", "L")));
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame"),
            Worker(2, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame"),
            Worker(3, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame")));
    }

    internal static async Task<JsonElement> PrepareAsync(HttpClient client) => await ApiHost.JsonAsync(await client.PostAsync("api/exports", null));

    internal static string Id(JsonElement export) => export.GetProperty("id").GetString()!;

    internal static async Task<XLWorkbook> DownloadAsync(HttpClient client, JsonElement export)
    {
        var response = await client.GetAsync(export.GetProperty("xlsxUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    internal static async Task<List<CohortMember>> MembersAsync(ApiHost host, CohortState state)
    {
        var list = new List<CohortMember>();
        await foreach (var member in host.Environment.Services.GetRequiredService<CohortStore>().ReadAsync(state, default))
        {
            list.Add(member);
        }

        return list;
    }

    private static List<string> Column(IXLWorksheet sheet, int column) =>
        sheet.Column(column).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
}
