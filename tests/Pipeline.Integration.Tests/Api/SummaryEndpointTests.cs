using System.Net;
using System.Net.Http.Json;
using Pipeline.Api.Auth;
using Pipeline.Core.Reporting;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>"Make this week's summary now" through the API: who may, what it makes, where it is downloaded, the audit.</summary>
public sealed class SummaryEndpointTests
{
    private const string AekKanopan = "kualuh-hulu/aek-kanopan/daftar.xlsx";

    [Fact]
    public async Task A_reviewer_makes_this_weeks_summary_now_and_downloads_its_workbook_and_page()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223015508920004", "Rina Pohan", "15-08-1992", "P"),
            Worker(3, "", "Tanpa NIK", "01-01-1985", "L")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().PostAsync("api/summaries/current", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("camat", ApiRoles.Viewer).PostAsync("api/summaries/current", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("andi", ApiRoles.Approver).PostAsync("api/summaries/current", null)).StatusCode);

        var made = await reviewer.PostAsync("api/summaries/current", null);
        Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        var summary = await ApiHost.JsonAsync(made);
        var week = ReportWeek.Containing(DateTimeOffset.UtcNow).ToString();
        Assert.Equal(week, summary.GetProperty("week").GetString());
        Assert.False(summary.GetProperty("complete").GetBoolean());
        Assert.Equal((1, 3, 2), (summary.GetProperty("lists").GetInt32(), summary.GetProperty("rows").GetInt32(), summary.GetProperty("candidates").GetInt32()));

        var workbook = await reviewer.GetAsync(summary.GetProperty("workbookUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        using (var book = Open(await workbook.Content.ReadAsByteArrayAsync()))
        {
            var names = book.Worksheet(ReportWorkbookWriter.NewWorkersSheet).CellsUsed().Select(c => c.GetString()).ToList();
            Assert.Contains("BUDI SIREGAR", names);
            Assert.Contains("RINA POHAN", names);
            Assert.DoesNotContain("TANPA NIK", names);
        }

        var page = await reviewer.GetAsync(summary.GetProperty("pageUrl").GetString()!.TrimStart('/'));
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains(week, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("camat", ApiRoles.Viewer).GetAsync(summary.GetProperty("workbookUrl").GetString()!.TrimStart('/'))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync("api/summaries/2020-W01/workbook")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("api/summaries/pekan-ini/workbook")).StatusCode);

        var audit = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=summary.")).EnumerateArray().ToList();
        var entry = Assert.Single(audit);
        Assert.Equal(("oid-rina", "summary.make", week), (entry.GetProperty("actor").GetString(), entry.GetProperty("action").GetString(), entry.GetProperty("target").GetString()));
    }

    /// <summary>
    /// A camat reads the week's figures, the desa table and the villages still missing of their own kecamatan, and
    /// nothing of another: no other kecamatan's name, desa or figures, no worker's name. Another kecamatan is refused.
    /// </summary>
    [Fact]
    public async Task A_camat_reads_the_weeks_summary_of_their_own_kecamatan_only()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223015508920004", "Rina Pohan", "15-08-1992", "P"),
            Worker(3, "", "Tanpa NIK", "01-01-1985", "L")));
        await host.Environment.UploadAndIngestAsync("na-ix-x/pulo-jantan/daftar.xlsx", VillageList(
            Worker(1, "1223064506900001", "Siti Aminah", "05-06-1990", "P", desa: "Pulo Jantan"),
            Worker(2, "1223061111750002", "Hotman Sitorus", "11-11-1975", "L", desa: "Pulo Jantan"),
            Worker(3, "1223062203880003", "Lina Tanjung", "22-03-1988", "P", desa: "Pulo Jantan"),
            Worker(4, "1223060101700004", "Darwin Nasution", "01-01-1970", "L", desa: "Pulo Jantan")));
        var admin = host.As("admin", ApiRoles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("api/role-assignments/oid-camat-hulu", new { kecamatan = "Kualuh Hulu", displayName = "Camat Kualuh Hulu" })).StatusCode);
        var camat = host.As("camat-hulu", ApiRoles.Viewer);

        var answer = await camat.GetAsync("api/summaries/kecamatan");
        var text = await answer.Content.ReadAsStringAsync();
        var summary = await ApiHost.JsonAsync(answer);
        var kecamatan = summary.GetProperty("kecamatan");
        Assert.Equal("Kualuh Hulu", kecamatan.GetProperty("name").GetString());
        Assert.Equal((1, 3, 2, 1), (kecamatan.GetProperty("lists").GetInt32(), kecamatan.GetProperty("rows").GetInt32(), kecamatan.GetProperty("candidates").GetInt32(), kecamatan.GetProperty("rejected").GetInt32()));
        Assert.StartsWith("Minggu ke-", summary.GetProperty("weekLabel").GetString(), StringComparison.Ordinal);
        var desa = summary.GetProperty("desa").EnumerateArray().ToList();
        Assert.Equal(3, desa.Single(d => d.GetProperty("name").GetString() == "Aek Kanopan").GetProperty("rows").GetInt32());
        Assert.Equal(desa.Sum(d => d.GetProperty("rows").GetInt32()), kecamatan.GetProperty("rows").GetInt32());
        var missing = summary.GetProperty("desaMissing").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains("Sukarame", missing);
        Assert.DoesNotContain("Aek Kanopan", missing);

        // Nothing of another kecamatan, nor anyone's name: Na IX-X's four rows are nowhere.
        Assert.All(Pipeline.Core.Validation.Gazetteer.LabuhanbatuUtara.Kecamatan.Where(k => k.Name != "Kualuh Hulu"),
            k => Assert.DoesNotContain(k.Name, text, StringComparison.OrdinalIgnoreCase));
        Assert.All(["Pulo Jantan", "BUDI SIREGAR", "SITI AMINAH", "1223011203800001"], word => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(desa, d => d.GetProperty("rows").GetInt32() == 4);

        Assert.Equal(HttpStatusCode.Forbidden, (await camat.GetAsync("api/summaries/kecamatan?kecamatan=na-ix-x")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("camat-baru", ApiRoles.Viewer).GetAsync("api/summaries/kecamatan")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("api/summaries/kecamatan")).StatusCode);

        // The regency's staff name the kecamatan they want.
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer.GetAsync("api/summaries/kecamatan")).StatusCode);
        var naIxX = await ApiHost.GetJsonAsync(reviewer, "api/summaries/kecamatan?kecamatan=na-ix-x");
        Assert.Equal(("Na IX-X", 4), (naIxX.GetProperty("kecamatan").GetProperty("name").GetString(), naIxX.GetProperty("kecamatan").GetProperty("rows").GetInt32()));
    }
}
