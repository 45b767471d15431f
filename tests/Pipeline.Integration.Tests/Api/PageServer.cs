using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The CLI's server with the development sign-in, as <c>pipeline serve</c> runs it for the page tests, and API
/// clients signed in through that same sign-in (to prepare what a page test needs, or to check what it did).
/// </summary>
internal static class PageServer
{
    public static Task<LocalApiServer> StartAsync(TestEnvironment env)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate })
            .Build();
        return LocalApiServer.StartAsync(env.Storage, configuration, port: 0, developmentSignIn: true);
    }

    /// <summary>A client signed in as <paramref name="name"/> with these roles (development user id <c>dev-</c> + name).</summary>
    public static async Task<HttpClient> ClientAsync(LocalApiServer server, string name, params string[] roles)
    {
        using var anonymous = new HttpClient { BaseAddress = server.Address };
        var body = JsonSerializer.Serialize(new { name, roles });
        var response = await anonymous.PostAsync("api/dev/signin", new StringContent(body, Encoding.UTF8, "application/json"));
        var token = (await ApiHost.JsonAsync(response)).GetProperty("token").GetString();
        var client = new HttpClient { BaseAddress = server.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object body) =>
        client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") });
}
