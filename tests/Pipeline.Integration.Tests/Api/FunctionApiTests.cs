using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Api.Auth;
using Pipeline.Functions;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;

namespace Pipeline.Integration.Tests.Api;

/// <summary>
/// The Functions front door called as the host would (the host cannot run here): the HTTP trigger's class with a
/// real <see cref="DefaultHttpContext"/>, composed as Program.cs composes it. It must answer exactly as the
/// CLI's server does, because both run the one dispatcher.
/// </summary>
public sealed class FunctionApiTests
{
    [Fact]
    public async Task The_http_trigger_dispatches_through_the_route_table_with_the_same_refusals()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var services = Compose(env, developmentSignIn: false);
        var function = ActivatorUtilities.CreateInstance<ApiFunction>(services);

        var anonymous = await InvokeAsync(function, services, "GET", "/api/uploads");
        Assert.Equal(401, anonymous.Status);

        var viewer = await InvokeAsync(function, services, "GET", "/api/reviews", TestTokens.For("camat", ApiRoles.Viewer));
        Assert.Equal(403, viewer.Status);

        var reviewer = await InvokeAsync(function, services, "GET", "/api/uploads", TestTokens.For("rina", ApiRoles.Reviewer));
        Assert.Equal(200, reviewer.Status);
        Assert.Equal(0, JsonDocument.Parse(reviewer.Body).RootElement.GetProperty("total").GetInt32());

        var page = await InvokeAsync(function, services, "GET", "/");
        Assert.Equal(200, page.Status);
        Assert.Contains("<html", page.Body);
    }

    [Fact]
    public async Task The_development_sign_in_answers_only_on_loopback_and_only_when_serve_enabled_it()
    {
        await using var env = await TestEnvironment.StartAsync();
        await using var functionsHost = Compose(env, developmentSignIn: false);
        await using var serveHost = Compose(env, developmentSignIn: true);
        var body = """{"name":"Rina","roles":["reviewer"]}""";

        Assert.Equal(404, (await InvokeAsync(ActivatorUtilities.CreateInstance<ApiFunction>(functionsHost), functionsHost, "POST", "/api/dev/signin", body: body, remote: IPAddress.Loopback)).Status);

        var serve = ActivatorUtilities.CreateInstance<ApiFunction>(serveHost);
        Assert.Equal(403, (await InvokeAsync(serve, serveHost, "POST", "/api/dev/signin", body: body, remote: IPAddress.Parse("10.0.0.5"))).Status);
        Assert.Equal(403, (await InvokeAsync(serve, serveHost, "POST", "/api/dev/signin", body: body, remote: IPAddress.Parse("192.168.1.20"))).Status);
        Assert.Equal(403, (await InvokeAsync(serve, serveHost, "POST", "/api/dev/signin", body: body, remote: null)).Status);

        var signedIn = await InvokeAsync(serve, serveHost, "POST", "/api/dev/signin", body: body, remote: IPAddress.IPv6Loopback);
        Assert.Equal(200, signedIn.Status);
        var token = JsonDocument.Parse(signedIn.Body).RootElement.GetProperty("token").GetString()!;
        var me = await InvokeAsync(serve, serveHost, "GET", "/api/me", token);
        Assert.Equal(200, me.Status);
        Assert.Equal("reviewer", JsonDocument.Parse(me.Body).RootElement.GetProperty("roles")[0].GetString());

        // A development token means nothing to the deployed app: another key, another issuer.
        Assert.Equal(401, (await InvokeAsync(ActivatorUtilities.CreateInstance<ApiFunction>(functionsHost), functionsHost, "GET", "/api/me", token)).Status);
    }

    private static ServiceProvider Compose(TestEnvironment env, bool developmentSignIn)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestTokens.Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddPipeline(configuration, env.Storage);
        services.AddPipelineApi(configuration, developmentSignIn);
        TestTokens.TrustTestIssuer(services);
        return services.BuildServiceProvider();
    }

    private static async Task<(int Status, string Body)> InvokeAsync(
        ApiFunction function, IServiceProvider services, string method, string path, string? token = null, string? body = null, IPAddress? remote = null)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = method;
        context.Request.Path = path;
        context.Connection.RemoteIpAddress = remote;
        if (token is not null)
        {
            context.Request.Headers.Authorization = "Bearer " + token;
        }

        if (body is not null)
        {
            context.Request.ContentType = "application/json";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        }

        var responseBody = new MemoryStream();
        context.Response.Body = responseBody;
        var result = function.Run(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        return (context.Response.StatusCode, Encoding.UTF8.GetString(responseBody.ToArray()));
    }
}
