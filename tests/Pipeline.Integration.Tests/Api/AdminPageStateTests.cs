using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Integration.Tests.Support;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// What the page shows as its state changes: nothing of the tabs before sign-in, a search's "no match" gone once a
/// later search finds people, and a camat's kecamatan filter offering their own kecamatan only.
/// </summary>
public sealed class AdminPageStateTests
{
    [Fact]
    public async Task Tabs_stay_hidden_until_sign_in_and_a_search_that_finds_people_clears_the_no_match_message()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(Worker(1, "1223014503850004", "Siti Aminah", "05-03-1985", "P")));
        await using var server = await PageServer.StartAsync(env);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "id-ID" });
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#dev-sign-in").WaitForAsync();
        Assert.False(await page.Locator("#tabs").IsVisibleAsync());

        await Browsers.SignInAsync(page, "Rina Disnaker", ApiRoles.Reviewer);
        Assert.True(await page.Locator("#tabs").IsVisibleAsync());
        await page.Locator("#tabs button", new() { HasText = "Cari" }).ClickAsync();
        var form = page.Locator("#search-form");
        await form.Locator("input[name=name]").FillAsync("Tidak Ada Orangnya");
        await form.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.Locator("#message", new() { HasText = "Tidak ada data yang cocok" }).WaitForAsync();

        await form.Locator("input[name=name]").FillAsync("Siti");
        await form.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.Locator("#search-table tbody tr", new() { HasText = "SITI AMINAH" }).WaitForAsync();
        Assert.False(await page.Locator("#message", new() { HasText = "Tidak ada data yang cocok" }).IsVisibleAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).ClickAsync();
        await page.Locator("#dev-sign-in").WaitForAsync();
        Assert.False(await page.Locator("#tabs").IsVisibleAsync());
    }

    /// <summary>A camat's filters offer their own kecamatan only, and the weekly summary of it shows nothing of another.</summary>
    [Fact]
    public async Task A_camat_is_offered_their_own_kecamatan_only_and_reads_its_weekly_summary()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(Worker(1, "1223014503850004", "Siti Aminah", "05-03-1985", "P")));
        await env.UploadAndIngestAsync("na-ix-x/pulo-jantan/daftar.xlsx", VillageList(Worker(1, "1223061111750002", "Hotman Sitorus", "11-11-1975", "L", desa: "Pulo Jantan")));
        await using var server = await PageServer.StartAsync(env);
        var admin = await PageServer.ClientAsync(server, "Ani Admin", ApiRoles.Admin);
        await ApiHost.JsonAsync(await admin.SendJsonAsync(HttpMethod.Put, "api/role-assignments/" + DevelopmentSignIn.UserIdOf("Camat Kualuh Hulu"), new { kecamatan = "kualuh-hulu" }));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "id-ID" });
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync(server.Address.ToString());
        await Browsers.SignInAsync(page, "Camat Kualuh Hulu", ApiRoles.Viewer);
        await page.Locator("#upload-table tbody tr", new() { HasText = "daftar.xlsx" }).WaitForAsync();
        Assert.Equal(["Kualuh Hulu"], await page.Locator("#upload-filter select[name=kecamatan] option").AllTextContentsAsync());

        await page.Locator("#tabs button", new() { HasText = "Ringkasan kecamatan" }).ClickAsync();
        var aekKanopan = page.Locator("#ksum-desa tbody tr", new() { HasText = "Aek Kanopan" }).First;
        await aekKanopan.WaitForAsync();
        Assert.Equal(["Kualuh Hulu"], await page.Locator("#summary-filter select[name=kecamatan] option").AllTextContentsAsync());
        Assert.StartsWith("Kecamatan Kualuh Hulu · Minggu ke-", await page.Locator("#ksum-title").TextContentAsync(), StringComparison.Ordinal);
        var cells = await aekKanopan.Locator("td").AllTextContentsAsync();
        Assert.Equal(("Aek Kanopan", "1", "1", "1"), (cells[0], cells[2], cells[3], cells[4]));
        Assert.Contains("Sukarame", await page.Locator("#ksum-missing").TextContentAsync(), StringComparison.Ordinal);
        var shown = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("Na IX-X", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Pulo Jantan", shown, StringComparison.Ordinal);
    }
}
