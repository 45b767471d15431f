using Microsoft.Playwright;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Reporting;

/// <summary>
/// The week's HTML page in a real headless Chromium (Debian's, installed by scripts/test.sh): it renders without
/// fetching anything, every chart is drawn with visible bars, a phone shows it without sideways scrolling,
/// and the picture in the README (docs/weekly-report.png) is taken from it.
/// </summary>
[Collection(WeeklySummaryCollection.Name)]
public sealed class WeeklySummaryPageTests(WeeklySummaryScenario scenario)
{
    private static readonly string[] Charts = ["coverage", "trend", "issues"];

    [Fact]
    public async Task The_page_renders_every_chart_in_Chromium_and_its_picture_is_kept_in_docs()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 960, Height = 900 } });
        var requests = await BlockRequestsAsync(page);

        await page.SetContentAsync(scenario.SecondRunPage);

        Assert.Equal("id", await page.GetAttributeAsync("html", "lang"));
        foreach (var chart in Charts)
        {
            var svg = page.Locator($"svg[data-chart={chart}]");
            Assert.Equal(1, await svg.CountAsync());
            var box = await svg.BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 50 }, $"{chart}: {box?.Width}x{box?.Height}");
            var drawn = await svg.EvaluateAsync<int>(
                "svg => [...svg.querySelectorAll('rect.bar')].filter(r => { const b = r.getBoundingClientRect(); return b.width >= 1 && b.height >= 1; }).length");
            Assert.True(drawn > 0, $"{chart} has no visible bar");
            Assert.Equal(0, await svg.Locator("text.empty").CountAsync());
        }

        Assert.Empty(requests);
        var charts = await page.Locator("section:has(svg[data-chart=issues])").BoundingBoxAsync();
        var picture = Path.Combine(CliTests.RepoRoot(), "docs", "weekly-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = picture,
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = 960, Height = charts!.Y + charts.Height + 12 },
        });
        Assert.True(new FileInfo(picture).Length > 20_000);
    }

    [Fact]
    public async Task A_phone_shows_the_page_without_sideways_scrolling()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
        });
        await page.SetContentAsync(scenario.SecondRunPage);

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 360);
        foreach (var chart in Charts)
        {
            var box = await page.Locator($"svg[data-chart={chart}]").BoundingBoxAsync();
            Assert.True(box is { Width: > 250 and <= 360 }, $"{chart}: {box?.Width}");
        }

        var smallest = await page.EvaluateAsync<double>(
            "() => Math.min(...[...document.querySelectorAll('svg text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 8, $"chart text {smallest} px high");
    }

    [Fact]
    public async Task A_week_without_data_renders_its_notice()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(scenario.EmptyWeekPage);

        Assert.Contains("Belum ada daftar yang diterima", await page.Locator(".notice").InnerTextAsync());
        Assert.Equal(1, await page.Locator("svg[data-chart=trend] text.empty").CountAsync());
    }

    /// <summary>Every request the page makes is refused and recorded: a self-contained page makes none.</summary>
    private static async Task<List<string>> BlockRequestsAsync(IPage page)
    {
        var requests = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        return requests;
    }
}
