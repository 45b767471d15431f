using Microsoft.Playwright;

namespace Pipeline.Integration.Tests.Support;

/// <summary>
/// One launch setup for every page test (Debian's Chromium through <see cref="Chromium"/>, so no browser is
/// downloaded) and the development sign-in of <c>serve</c> as a person fills it.
/// </summary>
internal static class Browsers
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => Chromium.LaunchAsync(playwright);

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
