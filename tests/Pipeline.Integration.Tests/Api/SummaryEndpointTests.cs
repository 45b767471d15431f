using System.Net;
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
}
