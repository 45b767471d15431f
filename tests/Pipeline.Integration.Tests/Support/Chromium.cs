using Microsoft.Playwright;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// Debian's Chromium, launched headless through Playwright for the page tests (no browser download). It is
/// installed by <c>scripts/test.sh</c>, the README's test command; where it is missing the test fails and says so,
/// never skips: a page that was not looked at has not passed.
/// </summary>
internal static class Chromium
{
    /// <summary><c>CHROMIUM_PATH</c>, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(
            File.Exists(ExecutablePath),
            $"Chromium is not at {ExecutablePath}. Run the tests with 'bash scripts/test.sh', which installs Debian's chromium when it is missing.");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
