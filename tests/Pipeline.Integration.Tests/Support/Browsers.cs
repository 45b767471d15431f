using Microsoft.Playwright;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, which .ci/run installs) driven through Playwright, so no browser is
/// downloaded: one launch setup for every page test, and the development sign-in of <c>serve</c> as a person fills it.
/// </summary>
internal static class Browsers
{
    public const string Chromium = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    /// <summary>
    /// Signs in on the administrators' page with a name and one role, and waits until the page has opened its first tab:
    /// a tab clicked earlier would be switched away from by the page's own start.
    /// </summary>
    public static async Task SignInAsync(IPage page, string name, string role)
    {
        var form = page.Locator("#dev-sign-in");
        await form.WaitForAsync();
        await form.Locator("input[name=name]").FillAsync(name);
        foreach (var box in await form.Locator("input[name=roles]").AllAsync())
        {
            await box.SetCheckedAsync(await box.GetAttributeAsync("value") == role);
        }

        await form.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.Locator("#who-name", new() { HasText = name }).WaitForAsync();
        await page.Locator("main > section.tab:not([hidden])").WaitForAsync();
    }
}
