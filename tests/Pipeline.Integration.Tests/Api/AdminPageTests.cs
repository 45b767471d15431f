using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Support;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The administrators' page in headless Chromium (Debian's, through Playwright), served by the CLI's server with
/// the development sign-in, exactly as <c>pipeline serve</c> runs it: open the queue, decide a pair, see the
/// statuses change, release and download the list; a name holding "&lt;script&gt;" stays text. The screenshot
/// of the queue goes to docs/ for the README.
/// </summary>
public sealed class AdminPageTests
{
    private const string Script = "Siti <script>document.title='diretas'</script> Aminah";

    [Fact]
    public async Task An_administrator_decides_a_pair_and_an_approver_releases_and_downloads_the_list()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223014503850004", Script, "05-03-1985", "P")));
        await env.UploadAndIngestAsync("kualuh-hulu/sukarame/data.xlsx", VillageList(
            Worker(1, "1223014503850005", Script, "05-03-1985", "P", desa: "Sukarame"),
            Worker(2, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate }).Build();
        await using var server = await LocalApiServer.StartAsync(env.Storage, configuration, port: 0, developmentSignIn: true);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true, Locale = "id-ID" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { consoleErrors.Add(message.Text); } };

        await page.GotoAsync(server.Address.ToString());
        await Browsers.SignInAsync(page, "Rina Disnaker", ApiRoles.Reviewer);

        // The queue: both records side by side, the name with <script> shown as text, nothing executed.
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrean pemeriksaan" }).ClickAsync();
        var item = page.Locator("article.item").First;
        await item.WaitForAsync();
        Assert.Equal(1, await page.Locator("article.item").CountAsync());
        var names = await item.Locator("dd.name").AllTextContentsAsync();
        Assert.Equal(2, names.Count);
        Assert.All(names, n => Assert.Matches("^SITI <SCRIPT>DOCUMENT\\. ?TITLE='DIRETAS'</SCRIPT> AMINAH$", n));
        Assert.Equal(0, await page.Locator("main script, main img").CountAsync());
        Assert.NotEqual("diretas", await page.TitleAsync());
        Assert.Contains("nama sama", await item.Locator(".why").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(CliTests.RepoRoot(), "docs", "admin-queue.png"), FullPage = true });

        // Decide: two people. The item leaves the queue and the record's new status is shown.
        await item.Locator("select[name=reason]").SelectOptionAsync("DIFFERENT_NAMESAKE");
        await item.GetByRole(AriaRole.Button, new() { Name = "Orang berbeda" }).ClickAsync();
        await page.Locator("#message.ok").WaitForAsync();
        Assert.Contains("Status baru: Baru", await page.Locator("#message").TextContentAsync());
        Assert.Equal("Baru", await page.Locator("#decided li .status").First.TextContentAsync());
        await page.GetByText("Tidak ada item yang menunggu keputusan.").WaitForAsync();

        // The uploads list shows the new counts: nothing left to review in Sukarame.
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggahan" }).ClickAsync();
        var sukarame = page.Locator("#upload-table tbody tr", new() { HasText = "kualuh-hulu/sukarame/data.xlsx" });
        await sukarame.WaitForAsync();
        var cells = await sukarame.Locator("td").AllTextContentsAsync();
        var headers = (await page.Locator("#upload-table thead th").AllTextContentsAsync()).ToList();
        Assert.Equal(("2", "2", "0"), (cells[headers.IndexOf("Baris")], cells[headers.IndexOf("Baru")], cells[headers.IndexOf("Perlu Diperiksa")]));

        // "Make this week's summary now", and its workbook downloaded.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ekspor BPJS" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat ringkasan minggu ini" }).ClickAsync();
        await page.Locator("#summary-result", new() { HasText = "peserta yang akan dibiayai" }).WaitForAsync();
        var summary = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Unduh .xlsx" }).ClickAsync());
        Assert.StartsWith("ringkasan-mingguan-", summary.SuggestedFilename);

        // Rina prepares the list; another person, an approver who decided nothing, releases it after a confirmation
        // that says how many people go out and how many review items are still open, and downloads it.
        await page.GetByRole(AriaRole.Button, new() { Name = "Buat daftar baru" }).ClickAsync();
        await page.GetByText("Daftar baru dibuat: 4 orang.").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Browsers.SignInAsync(page, "Bayu BPJS", ApiRoles.Approver);
        await page.Locator("#upload-table tbody tr").First.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ekspor BPJS" }).ClickAsync();
        var question = "";
        page.Dialog += async (_, dialog) => { question = dialog.Message; await dialog.AcceptAsync(); };
        await page.Locator("#export-table .status-draft").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rilis" }).ClickAsync();
        await page.Locator("#export-table .status-released").WaitForAsync();
        Assert.Contains("4 orang (0 di antaranya reaktivasi)", question);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = ".xlsx" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), "pipeline-page-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(file);
        using (var workbook = new XLWorkbook(file))
        {
            var sheet = workbook.Worksheets.First();
            var niks = Enumerable.Range(2, sheet.LastRowUsed()!.RowNumber() - 1).Select(r => sheet.Cell(r, 1).GetString()).ToList();
            Assert.Equal(["1223011203800001", "1223014503850004", "1223014503850005", "1223015508920004"], niks.Order());
        }

        File.Delete(file);

        // BPJS answers: three accepted, one refused; the approver uploads it on the page and reads the counts.
        await page.Locator("#confirmation-form input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "konfirmasi.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(
                "NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN\n1223011203800001;25010000001;DITERIMA;;\n1223014503850004;25010000002;DITERIMA;;\n" +
                "1223014503850005;25010000003;DITERIMA;;\n1223015508920004;;DITOLAK;;NIK tidak terdaftar di Dukcapil\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah konfirmasi" }).ClickAsync();
        await page.Locator("#confirmation-result", new() { HasText = "3 diterima, 1 ditolak" }).WaitForAsync();
        var audit = await ApiHost.GetJsonAsync(AdminClient(server), "api/audit");
        Assert.Equal(["download.export", "download.summary", "export.prepare", "export.release", "review.different", "summary.make"],
            audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()).Where(a => !a!.StartsWith("cohort.", StringComparison.Ordinal)).Order());
        Assert.Empty(consoleErrors);
    }

    /// <summary>
    /// "Orang yang sama" with the correct NIK picked on the page: the list for BPJS carries the picked NIK, and the
    /// audit tab reads the decision as a sentence, with names and villages, no table keys.
    /// </summary>
    [Fact]
    public async Task A_reviewer_picks_the_correct_NIK_of_the_same_person_and_the_audit_reads_it_as_a_sentence()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L")));
        await env.UploadAndIngestAsync("kualuh-hulu/sukarame/data.xlsx", VillageList(Worker(1, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame")));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate }).Build();
        await using var server = await LocalApiServer.StartAsync(env.Storage, configuration, port: 0, developmentSignIn: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "id-ID" })).NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await Browsers.SignInAsync(page, "Rina Disnaker", ApiRoles.Reviewer);

        await page.GetByRole(AriaRole.Button, new() { Name = "Antrean pemeriksaan" }).ClickAsync();
        var item = page.Locator("article.item").First;
        await item.WaitForAsync();
        Assert.Equal(2, await item.Locator("input[name=member]").CountAsync());
        await item.GetByRole(AriaRole.Radio, new() { Name = "1223011203800002" }).CheckAsync();
        await item.Locator("select[name=reason]").SelectOptionAsync("SAME_TYPO");
        await item.GetByRole(AriaRole.Button, new() { Name = "Orang yang sama" }).ClickAsync();
        await page.Locator("#message.ok").WaitForAsync();
        await page.GetByText("Tidak ada item yang menunggu keputusan.").WaitForAsync();

        var approver = AdminClient(server);
        var export = await ApiHost.JsonAsync(await approver.PostAsync("api/exports", null));
        using (var workbook = new XLWorkbook(new MemoryStream(await (await approver.GetAsync(export.GetProperty("xlsxUrl").GetString()!.TrimStart('/'))).Content.ReadAsByteArrayAsync())))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal(("1223011203800002", "BUDI SIREGAR"), (sheet.Cell(2, 1).GetString(), sheet.Cell(2, 2).GetString()));
            Assert.True(sheet.Cell(3, 1).IsEmpty());
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await Browsers.SignInAsync(page, "Ani Admin", ApiRoles.Admin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Audit" }).ClickAsync();
        var line = page.Locator("#audit-table tbody tr", new() { HasText = "memutuskan" });
        await line.WaitForAsync();
        Assert.StartsWith("Rina Disnaker memutuskan BUDI SIREGAR (Sukarame baris 4) sama dengan BUDI SIREGAR (Aek Kanopan baris 4).", await line.Locator("td").Nth(1).TextContentAsync());
        Assert.DoesNotContain("~2F", await page.Locator("#audit-table").TextContentAsync());
    }

    /// <summary>An admin signed in through the same development sign-in, to read the audit trail.</summary>
    private static HttpClient AdminClient(LocalApiServer server)
    {
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        var response = anonymous.PostAsync("api/dev/signin", new StringContent("""{"name":"Admin","roles":["admin"]}""", System.Text.Encoding.UTF8, "application/json")).GetAwaiter().GetResult();
        var token = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement.GetProperty("token").GetString();
        var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
