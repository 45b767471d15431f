using Microsoft.Playwright;
using Pipeline.Api.Auth;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// Roles as officials read them (Pemantau, Pemeriksa, Penyetuju, Admin, each with what it may do), and a camat's
/// kecamatan assigned by picking a person who has signed in, with a confirmation before saving and before deleting.
/// </summary>
public sealed class RolesPageTests
{
    [Fact]
    public async Task An_admin_picks_a_camat_who_signed_in_and_confirms_saving_and_deleting()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var server = await PageServer.StartAsync(env);
        var camat = await PageServer.ClientAsync(server, "Camat Aek Kanopan", ApiRoles.Viewer);
        await ApiHost.GetJsonAsync(camat, "api/me");
        var admin = await PageServer.ClientAsync(server, "Ani Admin", ApiRoles.Admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "id-ID" });
        page.SetDefaultTimeout(30_000);
        var dialogs = new List<string>();
        var accept = false;
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await (accept ? dialog.AcceptAsync() : dialog.DismissAsync());
        };

        // The sign-in names the roles in words, each with what it may do; no codes.
        await page.GotoAsync(server.Address.ToString());
        var signIn = await page.Locator("#role-boxes").TextContentAsync() ?? "";
        Assert.All(["Pemantau (camat)", "Pemeriksa", "Penyetuju", "Admin", "merilis daftar"], words => Assert.Contains(words, signIn, StringComparison.Ordinal));
        Assert.DoesNotContain("viewer", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("approver", signIn, StringComparison.Ordinal);
        await Browsers.SignInAsync(page, "Ani Admin", ApiRoles.Admin);
        Assert.Equal("(Admin)", await page.Locator("#who-roles").TextContentAsync());

        await page.Locator("#tabs button", new() { HasText = "Peran" }).ClickAsync();
        await page.Locator("#role-list dt", new() { HasText = "Penyetuju" }).WaitForAsync();
        Assert.DoesNotContain("object id", await page.Locator("#tab-roles").TextContentAsync() ?? "", StringComparison.OrdinalIgnoreCase);
        var form = page.Locator("#role-form");
        await form.Locator("select[name=userId]").SelectOptionAsync(new SelectOptionValue { Label = "Camat Aek Kanopan (dev-camat-aek-kanopan)" });
        await form.Locator("select[name=kecamatan]").SelectOptionAsync(new SelectOptionValue { Label = "Kualuh Hulu" });

        // Cancelled: nothing saved.
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await Until(() => dialogs.Count == 1);
        Assert.Contains("Tetapkan Camat Aek Kanopan sebagai pemantau Kecamatan Kualuh Hulu?", dialogs[0], StringComparison.Ordinal);
        Assert.Equal(0, (await ApiHost.GetJsonAsync(admin, "api/role-assignments")).GetArrayLength());

        // Confirmed: saved, and listed by name.
        accept = true;
        await form.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        var row = page.Locator("#role-table tbody tr", new() { HasText = "Camat Aek Kanopan" });
        await row.WaitForAsync();
        Assert.Contains("Kualuh Hulu", await row.TextContentAsync(), StringComparison.Ordinal);
        var saved = (await ApiHost.GetJsonAsync(admin, "api/role-assignments"))[0];
        Assert.Equal(("dev-camat-aek-kanopan", "Camat Aek Kanopan"), (saved.GetProperty("userId").GetString(), saved.GetProperty("displayName").GetString()));

        // Deleting asks first too.
        accept = false;
        await row.GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await Until(() => dialogs.Count == 3);
        Assert.Contains("Hapus penugasan Camat Aek Kanopan", dialogs[2], StringComparison.Ordinal);
        Assert.Equal(1, (await ApiHost.GetJsonAsync(admin, "api/role-assignments")).GetArrayLength());
        accept = true;
        await row.GetByRole(AriaRole.Button, new() { Name = "Hapus" }).ClickAsync();
        await row.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(0, (await ApiHost.GetJsonAsync(admin, "api/role-assignments")).GetArrayLength());
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 50)
        {
            Assert.True(waited < 30_000, "timed out");
            await Task.Delay(50);
        }
    }
}
