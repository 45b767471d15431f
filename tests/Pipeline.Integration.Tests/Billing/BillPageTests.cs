using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Cohort;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Billing;

/// <summary>
/// The "Tagihan BPJS" tab in headless Chromium, served as <c>pipeline serve</c> runs it: an approver uploads BPJS's bill,
/// sees the count of each code and the money, downloads the workbook and records the payment. The screenshot goes to
/// docs/images/ for the README.
/// </summary>
public sealed class BillPageTests
{
    [Fact]
    public async Task An_approver_uploads_the_bill_sees_each_code_downloads_the_workbook_and_records_the_payment()
    {
        await using var scenario = await CohortScenario.StartAsync();
        await scenario.ListAndReleaseAsync();
        await scenario.ConfirmAsync("""
            NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN
            1223011203800001;25011111111;DITERIMA;01-02-2026;
            1223016507900002;;DITOLAK;;NIK tidak terdaftar di Dukcapil
            1223015508920004;25022222222;DITERIMA;01-02-2026;
            """);
        var bill = Path.Combine(Path.GetTempPath(), "tagihan-2026-02-" + Guid.NewGuid().ToString("N")[..6] + ".csv");
        await File.WriteAllTextAsync(bill, "KPJ;NIK;NAMA;IURAN\n25011111111;1223011203800001;BUDI SIREGAR;16.800\n25011111111;1223011203800001;BUDI SIREGAR;16.800\n25099999999;;ORANG LAIN;16800\n");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate }).Build();
        await using var server = await LocalApiServer.StartAsync(scenario.Environment.Storage, configuration, port: 0, developmentSignIn: true);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 }, AcceptDownloads = true, Locale = "id-ID" });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { consoleErrors.Add(message.Text); } };

        await page.GotoAsync(server.Address.ToString());
        await Browsers.SignInAsync(page, "Bayu BPJS", ApiRoles.Approver);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tagihan BPJS" }).ClickAsync();
        await page.Locator("#bill-empty:not([hidden])").WaitForAsync();
        await page.Locator("#bill-upload input[name=bill]").SetInputFilesAsync(bill);
        await page.Locator("#bill-upload input[name=period]").FillAsync("2026-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rekonsiliasi" }).ClickAsync();

        var row = page.Locator("#bill-table tbody tr").First;
        await row.WaitForAsync();
        Assert.Equal("Februari 2026", await row.Locator("td").First.TextContentAsync());
        Assert.Equal("COCOK 1", await row.Locator(".code[data-code=COCOK]").TextContentAsync());
        Assert.Equal("DITAGIH_GANDA 1", await row.Locator(".code[data-code=DITAGIH_GANDA]").TextContentAsync());
        Assert.Equal("TIDAK_DIBIAYAI 1", await row.Locator(".code[data-code=TIDAK_DIBIAYAI]").TextContentAsync());
        Assert.Equal("TIDAK_DITAGIH 1", await row.Locator(".code[data-code=TIDAK_DITAGIH]").TextContentAsync());
        Assert.Contains("16.800", await row.Locator("td").Nth(5).TextContentAsync());
        // Funded since February 2026 and never paid: every month past the lapse is one warning, not one per month.
        Assert.Equal(1, await page.Locator("#bill-unpaid p", new() { HasText = "perlindungan mereka terputus" }).CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(CliTests.RepoRoot(), "docs", "images", "reconciliation-page.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Button, new() { Name = ".xlsx" }).ClickAsync());
        Assert.Equal("rekonsiliasi-tagihan-2026-02.xlsx", download.SuggestedFilename);

        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await row.Locator("input[name=paidOn]").FillAsync(today);
        await row.GetByRole(AriaRole.Button, new() { Name = "Catat pembayaran" }).ClickAsync();
        await page.Locator("#bill-table tbody tr td", new() { HasText = "pada " + today }).WaitForAsync();
        Assert.Empty(consoleErrors);
        File.Delete(bill);
    }
}
