using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Pipeline.Api.Auth;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// <c>serve</c>'s development sign-in mints admin tokens, so the server answers only its own loopback names and the
/// sign-in only its own page: a site the browser visits cannot reach it by DNS rebinding or by a cross-site request.
/// </summary>
public sealed class LoopbackServeTests : IAsyncLifetime
{
    private TestEnvironment _environment = null!;
    private LocalApiServer _server = null!;

    public async Task InitializeAsync()
    {
        _environment = await TestEnvironment.StartAsync();
        _server = await LocalApiServer.StartAsync(_environment.Storage, new ConfigurationBuilder().Build(), port: 0, developmentSignIn: true);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _environment.DisposeAsync();
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("127.0.0.1:1")]
    public async Task A_request_addressed_to_another_name_is_not_answered(string host)
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/dev/signin") { Content = JsonContent.Create(new { name = "x", roles = new[] { ApiRoles.Admin } }) };
        request.Headers.Host = host.Contains(':', StringComparison.Ordinal) ? host : $"{host}:{_server.Address.Port}";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("token", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_cross_site_request_cannot_sign_in(string header, string value)
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/dev/signin") { Content = JsonContent.Create(new { name = "x", roles = new[] { ApiRoles.Admin } }) };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task The_servers_own_page_signs_in_by_either_loopback_name(string name)
    {
        using var client = new HttpClient { BaseAddress = _server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/dev/signin") { Content = JsonContent.Create(new { name = "Rina Pemeriksa", roles = new[] { ApiRoles.Reviewer } }) };
        request.Headers.Host = $"{name}:{_server.Address.Port}";
        request.Headers.Add("Origin", $"http://{name}:{_server.Address.Port}");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("token").GetString();
        using var signedIn = new HttpClient { BaseAddress = _server.Address };
        signedIn.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var me = await ApiHost.GetJsonAsync(signedIn, "api/me");
        Assert.Equal("dev-rina-pemeriksa", me.GetProperty("id").GetString());
    }
}
