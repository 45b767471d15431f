using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Api.Auth;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Api;

/// <summary>One Azurite and server for the class: these tests only read, except the role assignments they set up.</summary>
public sealed class AccessFixture : IAsyncLifetime
{
    public const string HuluPath = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    public const string SelatanPath = "kualuh-selatan/damuli-pekan/data.xlsx";

    public ApiHost Host { get; private set; } = null!;
    public string HuluKey { get; private set; } = "";
    public string SelatanKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Host = await ApiHost.StartAsync();
        await Host.Environment.UploadAndIngestAsync(HuluPath, VillageList(
            Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"),
            Worker(2, "1223011203800002", "Budi Siregar", "12-03-1980", "L")));
        await Host.Environment.UploadAndIngestAsync(SelatanPath, VillageList(Worker(1, "1223021505850003", "Ahmad Lubis", "15-05-1985", "L", desa: "Damuli Pekan")));
        var uploads = await ApiHost.GetJsonAsync(Host.As("admin", ApiRoles.Admin), "api/uploads");
        foreach (var u in uploads.GetProperty("items").EnumerateArray())
        {
            if (u.GetProperty("path").GetString() == HuluPath)
            {
                HuluKey = u.GetProperty("uploadKey").GetString()!;
            }
            else
            {
                SelatanKey = u.GetProperty("uploadKey").GetString()!;
            }
        }

        // The camat of Kualuh Hulu; the other viewer has no kecamatan yet.
        var assigned = await Host.As("admin", ApiRoles.Admin).PutAsJsonAsync("api/role-assignments/oid-camat-hulu", new { kecamatan = "Kualuh Hulu", displayName = "Camat Kualuh Hulu" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Refusals: 401 without a valid token, 403 for the wrong role or the wrong kecamatan.</summary>
public sealed class AccessTests(AccessFixture fixture) : IClassFixture<AccessFixture>
{
    private ApiHost Host => fixture.Host;

    public static TheoryData<string, string> ProtectedRoutes => new()
    {
        { "GET", "api/uploads" },
        { "GET", "api/records?nik=1223011203800001" },
        { "GET", "api/reviews" },
        { "POST", "api/reviews/x/y/decision" },
        { "GET", "api/exports" },
        { "POST", "api/exports" },
        { "POST", "api/exports/x/release" },
        { "GET", "api/audit" },
        { "GET", "api/role-assignments" },
        { "GET", "api/me" },
    };

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Without_a_token_every_data_route_answers_401(string method, string url)
    {
        var response = await Host.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_for_another_app_or_expired_is_refused()
    {
        foreach (var token in new[]
                 {
                     TestTokens.SignedByAnotherKey("mallory", ApiRoles.Admin),
                     TestTokens.ForAnotherApp("mallory", ApiRoles.Admin),
                     TestTokens.Expired("rina", ApiRoles.Admin),
                     "not-a-token",
                 })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Host.WithToken(token).GetAsync("api/uploads")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await Host.As("rina", ApiRoles.Admin).GetAsync("api/uploads")).StatusCode);
    }

    [Theory]
    [InlineData("GET", "api/reviews", ApiRoles.Viewer)]
    [InlineData("POST", "api/reviews/x/y/decision", ApiRoles.Viewer)]
    [InlineData("GET", "api/exports", ApiRoles.Viewer)]
    [InlineData("POST", "api/exports/x/release", ApiRoles.Reviewer)]
    [InlineData("POST", "api/exports/x/release", ApiRoles.Admin)]
    [InlineData("GET", "api/audit", ApiRoles.Reviewer)]
    [InlineData("GET", "api/role-assignments", ApiRoles.Approver)]
    [InlineData("PUT", "api/role-assignments/someone", ApiRoles.Reviewer)]
    public async Task The_wrong_role_answers_403(string method, string url, string role)
    {
        var response = await Host.As("someone", role).SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { kecamatan = "Kualuh Hulu" }) });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_any_app_role_reaches_nothing_but_its_own_identity()
    {
        var client = Host.As("nobody");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("api/uploads")).StatusCode);
        var me = await ApiHost.GetJsonAsync(client, "api/me");
        Assert.Equal("oid-nobody", me.GetProperty("id").GetString());
        Assert.Empty(me.GetProperty("roles").EnumerateArray());
    }

    [Fact]
    public async Task A_camat_sees_only_their_own_kecamatan()
    {
        var camat = Host.As("camat-hulu", ApiRoles.Viewer);

        var own = await ApiHost.GetJsonAsync(camat, "api/uploads");
        Assert.Equal([AccessFixture.HuluPath], own.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("path").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await camat.GetAsync($"api/uploads/{fixture.HuluKey}/records")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await camat.GetAsync("api/uploads?kecamatan=kualuh-selatan")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camat.GetAsync($"api/uploads/{fixture.SelatanKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camat.GetAsync($"api/uploads/{fixture.SelatanKey}/records")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camat.GetAsync($"api/uploads/{fixture.SelatanKey}/result")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await camat.GetAsync("api/records?kecamatan=122302&name=ahmad")).StatusCode);

        // A search without a kecamatan is limited to theirs: Ahmad (Kualuh Selatan) is not found.
        var search = await ApiHost.GetJsonAsync(camat, "api/records?name=ahmad");
        Assert.Empty(search.GetProperty("items").EnumerateArray());
        var budi = await ApiHost.GetJsonAsync(camat, "api/records?name=budi");
        Assert.Equal(2, budi.GetProperty("items").GetArrayLength());
    }

    /// <summary>A person listed only in another kecamatan is "not found" to a camat, exactly as a person who does not exist.</summary>
    [Fact]
    public async Task A_camat_cannot_learn_that_a_person_exists_in_another_kecamatan()
    {
        var admin = Host.As("admin", ApiRoles.Admin);
        var ahmad = (await ApiHost.GetJsonAsync(admin, "api/records?name=ahmad")).GetProperty("items")[0].GetProperty("personId").GetString();
        var budi = (await ApiHost.GetJsonAsync(admin, "api/records?name=budi")).GetProperty("items")[0].GetProperty("personId").GetString();
        var camat = Host.As("camat-hulu", ApiRoles.Viewer);

        var elsewhere = await camat.GetAsync($"api/persons/{ahmad}");
        var nobody = await camat.GetAsync("api/persons/P0123456789ab");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (elsewhere.StatusCode, nobody.StatusCode));
        static async Task<string?> Detail(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Equal(await Detail(nobody), await Detail(elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await camat.GetAsync($"api/persons/{budi}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"api/persons/{ahmad}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("api/persons/not-a-person-id")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_without_an_assigned_kecamatan_sees_nothing()
    {
        var viewer = Host.As("camat-baru", ApiRoles.Viewer);

        var response = await viewer.GetAsync("api/uploads");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("belum diberi kecamatan", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync($"api/uploads/{fixture.HuluKey}")).StatusCode);
    }

    [Fact]
    public async Task The_page_is_served_without_sign_in_under_a_strict_content_security_policy()
    {
        var response = await Host.Anonymous().GetAsync("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("lang=\"id\"", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Anonymous().GetAsync("nothing-here.js")).StatusCode);
    }

    [Fact]
    public async Task The_development_sign_in_does_not_exist_outside_serve()
    {
        var response = await Host.Anonymous().PostAsJsonAsync("api/dev/signin", new { name = "x", roles = new[] { ApiRoles.Admin } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var config = await ApiHost.GetJsonAsync(Host.Anonymous(), "api/config");
        Assert.False(config.GetProperty("developmentSignIn").GetBoolean());
        Assert.Equal(TestTokens.ClientId, config.GetProperty("entra").GetProperty("clientId").GetString());
    }

    [Fact]
    public async Task Only_a_users_delegated_access_token_for_the_page_is_accepted()
    {
        foreach (var token in new[]
                 {
                     TestTokens.IdTokenShaped("mallory", ApiRoles.Admin),
                     TestTokens.AppOnly(ApiRoles.Admin),
                     TestTokens.FromAnotherClient("mallory", ApiRoles.Admin),
                     TestTokens.WithAnotherScope("mallory", ApiRoles.Admin),
                 })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Host.WithToken(token).GetAsync("api/uploads")).StatusCode);
        }
    }

    [Fact]
    public async Task A_body_that_is_not_json_answers_415_and_an_oversized_one_413()
    {
        var reviewer = Host.As("rina", ApiRoles.Reviewer);
        var text = await reviewer.PostAsync("api/reviews/x/y/decision", new StringContent("decision=same", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Contains("JSON", await text.Content.ReadAsStringAsync());

        var admin = Host.As("admin", ApiRoles.Admin);
        var form = await admin.PutAsync("api/role-assignments/oid-someone", new FormUrlEncodedContent([new("kecamatan", "Kualuh Hulu")]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);

        var huge = await admin.PutAsJsonAsync("api/role-assignments/oid-someone", new { kecamatan = "Kualuh Hulu", displayName = new string('x', 100_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Theory]
    [InlineData("bad%01id")]
    [InlineData("..%2Fx")]
    [InlineData("a b")]
    [InlineData("-starts-with-a-dash")]
    public async Task A_role_assignment_for_something_that_is_not_a_user_id_is_refused(string userId)
    {
        var admin = Host.As("admin", ApiRoles.Admin);

        var saved = await admin.PutAsJsonAsync("api/role-assignments/" + userId, new { kecamatan = "Kualuh Hulu", displayName = "Camat" });

        Assert.Equal(HttpStatusCode.BadRequest, saved.StatusCode);
        var stored = await ApiHost.GetJsonAsync(admin, "api/role-assignments");
        Assert.All(stored.EnumerateArray(), a => Assert.Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$", a.GetProperty("userId").GetString()));
    }

    [Fact]
    public async Task A_long_user_id_or_a_display_name_with_control_characters_is_refused()
    {
        var admin = Host.As("admin", ApiRoles.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("api/role-assignments/" + new string('a', 1500), new { kecamatan = "Kualuh Hulu" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("api/role-assignments/oid-x", new { kecamatan = "Kualuh Hulu", displayName = "Camat\u0007" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("api/role-assignments/oid-x", new { kecamatan = "Kualuh Hulu", displayName = new string('n', 101) })).StatusCode);
    }

    [Fact]
    public async Task The_admin_picks_a_camat_from_people_who_have_signed_in()
    {
        await ApiHost.GetJsonAsync(Host.As("camat-baru-masuk", ApiRoles.Viewer), "api/me");

        var users = await ApiHost.GetJsonAsync(Host.As("admin", ApiRoles.Admin), "api/users");

        var user = Assert.Single(users.EnumerateArray(), u => u.GetProperty("userId").GetString() == "oid-camat-baru-masuk");
        Assert.Equal("camat-baru-masuk", user.GetProperty("displayName").GetString());
        Assert.Equal([ApiRoles.Viewer], user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.As("rina", ApiRoles.Reviewer).GetAsync("api/users")).StatusCode);
    }

    [Fact]
    public async Task Downloading_a_result_workbook_leaves_an_audit_row()
    {
        var admin = Host.As("pengunduh", ApiRoles.Admin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"api/uploads/{fixture.HuluKey}/result")).StatusCode);

        var audit = await ApiHost.GetJsonAsync(admin, "api/audit?action=download.result");
        Assert.Contains(audit.EnumerateArray(), a => a.GetProperty("actor").GetString() == "oid-pengunduh" && a.GetProperty("target").GetString() == fixture.HuluKey);
    }
}
