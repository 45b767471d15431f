using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Support;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// A real Azurite, the pipeline's services over it, and the CLI's Kestrel server running the API on 127.0.0.1
/// with the test issuer trusted: requests go over real HTTP, tokens through the real bearer validation.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    private readonly List<HttpClient> _clients = [];

    private ApiHost(TestEnvironment environment, LocalApiServer server)
    {
        Environment = environment;
        Server = server;
    }

    public TestEnvironment Environment { get; }
    public LocalApiServer Server { get; }

    /// <param name="settings">Configuration beyond the defaults (the test environment's services and the server's alike).</param>
    public static async Task<ApiHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var environment = await TestEnvironment.StartAsync(settings);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(TestTokens.Settings)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Validation:ReferenceDate"] = TestEnvironment.ReferenceDate })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var server = await LocalApiServer.StartAsync(environment.Storage, configuration, port: 0, developmentSignIn: false, configure: TestTokens.TrustTestIssuer);
        return new ApiHost(environment, server);
    }

    /// <summary>A client signed in as <paramref name="user"/> with these app roles.</summary>
    public HttpClient As(string user, params string[] roles) => WithToken(TestTokens.For(user, roles));

    public HttpClient Anonymous() => WithToken(null);

    public HttpClient WithToken(string? token)
    {
        var client = new HttpClient { BaseAddress = Server.Address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) => await JsonAsync(await client.GetAsync(url));

    public static Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
