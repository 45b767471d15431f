using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Api.Routing;
using Pipeline.Storage;
using Pipeline.Storage.Door;

namespace Pipeline.Cli;

/// <summary>
/// Kestrel on 127.0.0.1 running the API's dispatcher over the same services as the Functions app: the local
/// front door of <c>serve</c>, and the real HTTP server the API and browser tests talk to. It also stands in for
/// Event Grid: lists the village door stores are ingested here (<see cref="LocalIngestOnArrival"/>).
/// </summary>
public sealed class LocalApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalApiServer(WebApplication app, Uri address)
    {
        this._app = app;
        Address = address;
    }

    /// <summary>e.g. http://127.0.0.1:5080/</summary>
    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="port">0 picks a free port.</param>
    /// <param name="developmentSignIn">True for <c>serve</c>: the loopback-only development sign-in exists.</param>
    /// <param name="configure">Extra service configuration (tests add their token signing key here).</param>
    public static async Task<LocalApiServer> StartAsync(
        PipelineStorage storage, IConfiguration configuration, int port, bool developmentSignIn,
        LogLevel logLevel = LogLevel.Warning, Action<IServiceCollection>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(LocalApiServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddPipeline(configuration, storage);
        builder.Services.AddPipelineApi(configuration, developmentSignIn);

        // No Event Grid here: a list the village door stores is ingested by this process, as the blob trigger would.
        builder.Services.AddSingleton<LocalIngestOnArrival>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IUploadArrivals>(sp => sp.GetRequiredService<LocalIngestOnArrival>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LocalIngestOnArrival>());
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        var dispatcher = app.Services.GetRequiredService<ApiDispatcher>();
        app.Use(LoopbackHostFilter.InvokeAsync);
        app.Run(dispatcher.DispatchAsync);
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalApiServer(app, new Uri(bound.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
