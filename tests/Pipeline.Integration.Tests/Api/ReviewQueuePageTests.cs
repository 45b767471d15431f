using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Core.Matching;
using Pipeline.Integration.Tests.Support;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The queue as a reviewer reads it: what differs between the members highlighted down to the digit, the score and
/// the occupations in words, the answer to a decision beside the item, busy buttons while it is saved, and the
/// item gone at once when it is.
/// </summary>
public sealed partial class ReviewQueuePageTests
{
    [Fact]
    public async Task A_reviewer_sees_the_differing_digit_words_for_score_and_occupation_and_the_answer_beside_the_item()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", job: "Penderes karet")));
        await env.UploadAndIngestAsync("kualuh-hulu/sukarame/data.xlsx", VillageList(
            Worker(1, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame", job: "BHL")));
        await using var server = await PageServer.StartAsync(env);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "id-ID" });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(server.Address.ToString());
        await Browsers.SignInAsync(page, "Rina Disnaker", ApiRoles.Reviewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Antrean pemeriksaan" }).ClickAsync();
        var item = page.Locator("article.item").First;
        await item.WaitForAsync();

        // The NIKs differ in their last digit: both NIK fields highlighted, that one digit marked; the equal names are not.
        Assert.Equal(2, await item.Locator("dd.differs", new() { HasText = "122301120380000" }).CountAsync());
        Assert.Equal(["1"], await item.Locator("dd.differs mark").AllTextContentsAsync());
        Assert.Equal(0, await item.Locator("dd.name.differs").CountAsync());

        // Words, not figures or codes.
        var why = await item.Locator(".why").TextContentAsync() ?? "";
        Assert.Contains((await item.Locator(".why .score").TextContentAsync())!.ToLowerInvariant(), new[] { MatchLikeness.VeryAlike, MatchLikeness.Alike, MatchLikeness.SomewhatAlike });
        Assert.DoesNotContain("Skor", why, StringComparison.Ordinal);
        Assert.DoesNotMatch(Figure(), why);
        var shown = await item.Locator("dl").AllTextContentsAsync();
        Assert.Contains(shown, t => t.Contains("Pekerja kebun (sawit, karet)", StringComparison.Ordinal));
        Assert.Contains(shown, t => t.Contains("Buruh harian lepas", StringComparison.Ordinal));
        Assert.DoesNotContain(shown, t => t.Contains("pekerja_kebun", StringComparison.Ordinal) || t.Contains("buruh_harian_lepas", StringComparison.Ordinal));

        // A refused decision ("Lainnya" without a note): the API's message under the item's buttons, nothing at the top.
        await item.Locator("select[name=reason]").SelectOptionAsync("DIFFERENT_OTHER");
        await item.GetByRole(AriaRole.Button, new() { Name = "Orang berbeda" }).ClickAsync();
        await item.Locator(".item-message.error").WaitForAsync();
        Assert.Matches("[Cc]atatan", await item.Locator(".item-message").TextContentAsync());
        Assert.False(await page.Locator("#message").IsVisibleAsync());
        Assert.True(await item.GetByRole(AriaRole.Button, new() { Name = "Orang berbeda" }).IsEnabledAsync());

        // While the decision is saved, every button of the item is disabled and the pressed one says so.
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/decision", async route =>
        {
            held.TrySetResult();
            await release.Task;
            await route.ContinueAsync();
        });
        await item.Locator("select[name=reason]").SelectOptionAsync("DIFFERENT_NAMESAKE");
        await item.GetByRole(AriaRole.Button, new() { Name = "Orang berbeda" }).ClickAsync();
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["true", "true", "true"], await item.Locator(".decide button").EvaluateAllAsync<string[]>("bs => bs.map(b => String(b.disabled))"));
        Assert.Equal("Menyimpan…", await item.Locator("button.different").TextContentAsync());
        release.SetResult();

        // Saved: the item is gone at once, the answer stands where it was.
        var done = page.Locator("#queue-items .item-done");
        await done.WaitForAsync();
        Assert.Contains("Keputusan disimpan: Orang berbeda", await done.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#queue-items article.item").CountAsync());
        await page.GetByText("Tidak ada item yang menunggu keputusan.").WaitForAsync();
        Assert.True(await done.IsVisibleAsync());
    }

    /// <summary>A similarity figure such as "(0.95)" or "21.7".</summary>
    [GeneratedRegex(@"\d+[.,]\d")]
    private static partial Regex Figure();
}
