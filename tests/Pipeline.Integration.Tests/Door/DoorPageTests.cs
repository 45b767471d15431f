using ClosedXML.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Cli;
using Pipeline.Core.Door;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Door;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Door;

/// <summary>
/// The village door in headless Chromium on a phone's screen (390 × 844), served exactly as <c>pipeline serve</c>
/// serves it (the CLI's server, with the development sign-in, ingesting what the door stores): an admin makes links
/// for two desa; desa A downloads the template, sends a list with two errors and a duplicate of desa B's person, and
/// reads the result in words and in the workbook; desa B sees none of it; a revoked and an expired link are refused;
/// a file over the limit is refused before it is stored; nothing scrolls sideways. The picture in the README is taken here.
/// </summary>
public sealed class DoorPageTests
{
    private const int Limit = 2 * 1024 * 1024;
    private const string ListA = "daftar-aek-kanopan.xlsx";
    private const string ListB = "pekerja-sukarame.xlsx";

    [Fact]
    public async Task A_desa_sends_its_list_from_a_phone_and_reads_its_result_and_nothing_of_another_desa()
    {
        var settings = new Dictionary<string, string?> { ["Reading:MaxUploadBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        await using var env = await TestEnvironment.StartAsync(settings);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate })
            .AddInMemoryCollection(settings)
            .Build();
        await using var server = await LocalApiServer.StartAsync(env.Storage, configuration, port: 0, developmentSignIn: true);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true, AcceptDownloads = true, Locale = "id-ID",
        });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = server.Address.ToString().TrimEnd('/') });
        context.SetDefaultTimeout(120_000);
        var consoleErrors = new List<string>();
        // A refused link's 404/410 is logged by Chromium as a failed load; anything else (a policy violation, a script error) is a fault.
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                consoleErrors.Add(message.Text);
            }
        };

        // 1. An admin makes links for two desa on the "Tautan desa" tab, and copies A's WhatsApp message.
        var admin = await context.NewPageAsync();
        await admin.GotoAsync(server.Address.ToString());
        await Browsers.SignInAsync(admin, "Admin Disnaker", ApiRoles.Admin);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Tautan desa" }).ClickAsync();
        var linkA = await MakeLinkAsync(admin, "Aek Kanopan");
        var copy = admin.Locator("#link-new-table tbody tr").First.GetByRole(AriaRole.Button, new() { Name = "Salin pesan" });
        await copy.ClickAsync();
        await admin.Locator("#message.ok", new() { HasText = "disalin" }).WaitForAsync();
        var message = await admin.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains(linkA, message);
        Assert.Contains("Desa Aek Kanopan", message);
        await admin.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(1, await admin.Locator("#link-sheet .sheet-block img[src^='data:image/svg+xml']").CountAsync());
        Assert.True(await admin.Locator("#link-sheet").IsVisibleAsync());
        await admin.EmulateMediaAsync(new() { Media = Media.Screen });
        var linkB = await MakeLinkAsync(admin, "Sukarame");

        // Desa B sends its list first: its person is the one A will list again.
        var pageB = await context.NewPageAsync();
        await pageB.GotoAsync(linkB);
        await SendAsync(pageB, ListB, VillageList(
            Worker(1, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame"),
            Worker(2, "1223011507880003", "Joko Santoso", "15-07-1988", "L", desa: "Sukarame")));
        await pageB.Locator("#result[data-status=processed]").WaitForAsync();

        // 2. Desa A's page shows its desa and downloads the template, NIK formatted as text.
        var pageA = await context.NewPageAsync();
        await pageA.GotoAsync(linkA);
        await pageA.Locator("#place", new() { HasText = "Desa Aek Kanopan" }).WaitForAsync();
        Assert.Contains("Kecamatan Kualuh Hulu", await pageA.Locator("#place").TextContentAsync());
        await AssertNoSidewaysScrollAsync(pageA);
        var template = await pageA.RunAndWaitForDownloadAsync(() => pageA.GetByText("Templat daftar (.xlsx)").ClickAsync());
        Assert.Equal("templat-daftar-aek-kanopan.xlsx", template.SuggestedFilename);
        using (var workbook = await OpenAsync(template))
        {
            var list = workbook.Worksheet(UploadTemplate.ListSheet);
            Assert.Equal("NIK", list.Cell(UploadTemplate.HeaderRow, 2).GetString());
            Assert.Equal("@", list.Column(2).Style.NumberFormat.Format);
            Assert.True(workbook.TryGetWorksheet(UploadTemplate.ExampleSheet, out _));
        }

        // 3. Desa A sends a list with two errors and a duplicate of desa B's person; the bar fills, then "sedang diperiksa".
        await SendAsync(pageA, ListA, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "12230112038", "Rahmat Hasibuan", "01-02-1985", "L"),
            Worker(3, "1223014506900002", "", "05-06-1990", "P"),
            Worker(4, "1223015508920004", "Rina Pohan", "15-08-1992", "P")));
        Assert.Equal(100, await pageA.Locator("#progress-bar").EvaluateAsync<double>("bar => bar.value"));
        await AssertNoSidewaysScrollAsync(pageA);

        // 4. The result in words: counts per status, and the errors with what to do.
        var result = pageA.Locator("#result[data-status=processed]");
        await result.WaitForAsync();
        var counts = await pageA.Locator("#result-counts li").AllTextContentsAsync();
        Assert.Equal(3, counts.Count);
        Assert.StartsWith("Baru: 1 baris. Belum terdaftar", counts[0], StringComparison.Ordinal);
        Assert.StartsWith("Ganda: 1 baris. Orang yang sama", counts[1], StringComparison.Ordinal);
        Assert.StartsWith("Ditolak: 2 baris. Ada kesalahan", counts[2], StringComparison.Ordinal);
        var problems = await pageA.Locator("#result-problems .problem").AllTextContentsAsync();
        Assert.Contains(problems, p => p.Contains("Nama kosong.", StringComparison.Ordinal) && p.Contains("Baris 6.", StringComparison.Ordinal) && p.Contains("Yang harus dilakukan: Isi nama lengkap sesuai KTP.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("seharusnya 16 digit", StringComparison.Ordinal) && p.Contains("Baris 5.", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.StartsWith("Kesalahan", p, StringComparison.Ordinal));
        await AssertNoSidewaysScrollAsync(pageA);
        await pageA.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(CliTests.RepoRoot(), "docs", "images", "desa-page.png"), FullPage = true });

        // 5. The result workbook downloads and names no other desa (the duplicate is told by person id only).
        var download = await pageA.RunAndWaitForDownloadAsync(() => pageA.GetByText("Unduh hasil (.xlsx)").ClickAsync());
        Assert.Equal(ListA + ".hasil.xlsx", download.SuggestedFilename);
        using (var workbook = await OpenAsync(download))
        {
            var text = string.Join("\n", workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()));
            Assert.Contains("daftar lain di kabupaten ini", text);
            Assert.DoesNotContain("Sukarame", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(ListB, text, StringComparison.OrdinalIgnoreCase);
        }

        // 6. Desa B's page lists its own list only.
        await pageB.ReloadAsync();
        await pageB.Locator("#history li").First.WaitForAsync();
        var historyB = await pageB.Locator("#history li").AllTextContentsAsync();
        Assert.Single(historyB);
        Assert.Contains(ListB, historyB[0]);
        Assert.DoesNotContain(ListA, await pageB.ContentAsync());
        Assert.Contains(ListA, await pageA.Locator("#history").TextContentAsync());

        // 7. A revoked link and an expired link are refused.
        await admin.BringToFrontAsync();
        await admin.Locator("#link-table tbody tr", new() { HasText = "Sukarame" }).GetByRole(AriaRole.Button, new() { Name = "Cabut" }).ClickAsync();
        await admin.Locator("#link-table tbody tr", new() { HasText = "Sukarame" }).GetByText("Dicabut").WaitForAsync();
        await pageB.ReloadAsync();
        await pageB.Locator("#refused", new() { HasText = "sudah dicabut" }).WaitForAsync();
        Assert.False(await pageB.Locator("#steps").IsVisibleAsync());
        await AssertNoSidewaysScrollAsync(pageB);

        var (token, hash) = UploadLinkToken.Create();
        var lastDay = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
        await server.Services.GetRequiredService<UploadLinkStore>().CreateAsync(
            [new UploadLink(hash, "122301", "1223011001", UploadLink.EndOf(lastDay), DateTimeOffset.UtcNow.AddDays(-20), "dev-admin")], "Admin", CancellationToken.None);
        var expired = await context.NewPageAsync();
        await expired.GotoAsync(new Uri(server.Address, "desa/" + token).ToString());
        await expired.Locator("#refused", new() { HasText = "sudah berakhir" }).WaitForAsync();
        Assert.DoesNotContain("Aek Kanopan", await expired.Locator("body").TextContentAsync());

        // 8. A file over the limit is refused before anything is stored.
        await pageA.BringToFrontAsync();
        await pageA.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "besar.xlsx", MimeType = "application/octet-stream", Buffer = new byte[Limit + 1] });
        await pageA.GetByRole(AriaRole.Button, new() { Name = "Kirim daftar" }).ClickAsync();
        await pageA.Locator("#send-message.error", new() { HasText = "lebih besar dari batas" }).WaitForAsync();
        var stored = new List<string>();
        await foreach (var blob in env.Storage.Uploads.GetBlobsAsync())
        {
            stored.Add(blob.Name);
        }

        Assert.Equal(["kualuh-hulu/aek-kanopan/" + ListA, "kualuh-hulu/sukarame/" + ListB], stored.Order(StringComparer.Ordinal));

        // 9. Nothing scrolled sideways at any step (checked above); and the pages broke no rule of their security policy.
        await AssertNoSidewaysScrollAsync(pageA);
        Assert.Empty(consoleErrors);
    }

    /// <summary>One desa of Kualuh Hulu: its link, as the creation shows it (the only time it is shown).</summary>
    private static async Task<string> MakeLinkAsync(IPage admin, string desa)
    {
        var form = admin.Locator("#link-form");
        await form.Locator("select[name=kecamatan]").SelectOptionAsync(new SelectOptionValue { Label = "Kualuh Hulu" });
        await form.Locator("select[name=desa]").SelectOptionAsync(new SelectOptionValue { Label = desa });
        await form.GetByRole(AriaRole.Button, new() { Name = "Buat tautan" }).ClickAsync();
        var row = admin.Locator("#link-new-table tbody tr", new() { HasText = desa });
        await row.WaitForAsync();
        Assert.Equal(1, await admin.Locator("#link-new-table tbody tr").CountAsync());
        Assert.Equal(1, await row.Locator("img.qr[src^='data:image/svg+xml']").CountAsync());
        return (await row.Locator("a.link-url").GetAttributeAsync("href"))!;
    }

    private static async Task SendAsync(IPage page, string name, byte[] list)
    {
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = list });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim daftar" }).ClickAsync();
        await page.Locator("#send-message.ok", new() { HasText = "Terkirim" }).WaitForAsync();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url}: the page is {widths[0]} px wide on a {widths[1]} px screen");
    }

    private static async Task<XLWorkbook> OpenAsync(IDownload download)
    {
        var file = Path.Combine(Path.GetTempPath(), "pipeline-door-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(file);
        try
        {
            return new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync(file)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
