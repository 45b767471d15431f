using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Integration.Tests.Support;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The administrators' page on a phone (390 px wide, as a camat or a reviewer in the field opens it): every tab,
/// with rows in each, fits the screen, and every button is on it. A table that needs sideways scrolling hides its
/// last column ("Unduh", "Rilis") off-screen, which is what officials reported.
/// </summary>
public sealed class PhonePageTests
{
    private const int PhoneWidth = 390;

    /// <summary>What the page shows once each tab has loaded its rows.</summary>
    private static readonly Dictionary<string, string> Loaded = new()
    {
        ["Unggahan"] = "#upload-records tbody tr",
        ["Ringkasan kecamatan"] = "#ksum-desa tbody tr",
        ["Antrean pemeriksaan"] = "#queue-items article.item",
        ["Cari"] = "#search-table tbody tr",
        ["Ekspor BPJS"] = "#export-table tbody tr",
        ["Tagihan BPJS"] = "#bill-upload:not([hidden])",
        ["Tautan desa"] = "#link-table tbody tr",
        ["Peran"] = "#role-table tbody tr",
        ["Audit"] = "#audit-table tbody tr",
    };

    [Fact]
    public async Task On_a_phone_no_tab_scrolls_sideways_and_every_button_is_on_screen()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar-pekerja-rentan-gelombang-kedua-2026.xlsx", VillageList(
            Worker(1, "1223011203800001", "Budi Siregar Panjaitan Hasibuan", "12-03-1980", "L", job: "Penderes karet di kebun rakyat"),
            Worker(2, "1223014503850004", "Siti Aminah", "05-03-1985", "P"),
            Worker(3, "12230145038", "Baris Dengan Nik Pendek", "05-03-1985", "P")));
        await env.UploadAndIngestAsync("kualuh-hulu/sukarame/data.xlsx", VillageList(
            Worker(1, "1223014503850005", "Siti Aminah", "05-03-1985", "P", desa: "Sukarame"),
            Worker(2, "1223015508920004", "Rina Pohan", "15-08-1992", "P", desa: "Sukarame")));
        await using var server = await PageServer.StartAsync(env);
        var admin = await PageServer.ClientAsync(server, "Ani Admin", ApiRoles.Admin, ApiRoles.Approver);
        await ApiHost.JsonAsync(await admin.PostAsync("api/exports", null));
        await ApiHost.JsonAsync(await ApiHost.PostJsonAsync(admin, "api/upload-links", new
        {
            kecamatan = "kualuh-hulu", desa = "aek-kanopan", expires = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        await ApiHost.JsonAsync(await admin.SendJsonAsync(HttpMethod.Put, "api/role-assignments/dev-camat-kualuh-hulu-yang-namanya-panjang",
            new { kecamatan = "kualuh-hulu", displayName = "Camat Kualuh Hulu Yang Namanya Panjang Sekali" }));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2, Locale = "id-ID",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await AssertFitsAsync(page, "masuk");
        await Browsers.SignInAsync(page, "Rudi Serba Bisa", ApiRoles.Admin, ApiRoles.Reviewer, ApiRoles.Approver);

        var tabs = await page.Locator("#tabs button:visible").AllTextContentsAsync();
        Assert.Equal(Loaded.Keys.Order(), tabs.Select(t => Loaded.Keys.Single(k => t.Trim().StartsWith(k, StringComparison.Ordinal))).Order());
        foreach (var tab in Loaded.Keys)
        {
            await page.Locator("#tabs button", new() { HasText = tab }).ClickAsync();
            if (tab == "Unggahan")
            {
                await page.Locator("#upload-table tbody tr", new() { HasText = "gelombang-kedua" }).ClickAsync();
            }
            else if (tab == "Cari")
            {
                await page.Locator("#search-form input[name=name]").FillAsync("Siti");
                await page.Locator("#search-form").GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
            }

            await page.Locator(Loaded[tab]).First.WaitForAsync();
            await AssertFitsAsync(page, tab);
            if (tab == "Antrean pemeriksaan")
            {
                // The README's picture of the review queue as a reviewer in the field sees it.
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(CliTests.RepoRoot(), "docs", "images", "admin-queue-phone.png"), FullPage = true });
            }
        }
    }

    /// <summary>The page does not scroll sideways, and no visible button, link or field lies outside the screen's width.</summary>
    private static async Task AssertFitsAsync(IPage page, string where)
    {
        var fit = await page.EvaluateAsync<JsonElement>("""
            () => {
              const root = document.scrollingElement, width = document.documentElement.clientWidth;
              const off = [...document.querySelectorAll('button, a, select, input')]
                .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
                .filter((e) => { const r = e.getBoundingClientRect(); return r.left < -0.5 || r.right > width + 0.5; })
                .map((e) => (e.textContent || e.name || e.tagName).trim().slice(0, 40));
              return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, off };
            }
            """);
        var scrollWidth = fit.GetProperty("scrollWidth").GetInt32();
        Assert.True(scrollWidth <= fit.GetProperty("clientWidth").GetInt32(), $"{where}: the page is {scrollWidth} px wide on a {PhoneWidth} px screen");
        Assert.True(fit.GetProperty("off").GetArrayLength() == 0, $"{where}: off-screen: {fit.GetProperty("off")}");
    }
}
