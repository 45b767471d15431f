using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Core.Door;
using Pipeline.Storage.Door;

namespace Pipeline.Storage;

/// <summary>The village door's services: upload links, and lists taken in through them.</summary>
public static class DoorServiceCollectionExtensions
{
    public static IServiceCollection AddVillageDoor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UploadLinkOptions>().Bind(configuration.GetSection(UploadLinkOptions.SectionName)).Validate(o => { o.Validate(); return true; });
        services.AddSingleton<UploadLinkStore>();
        services.AddSingleton<DoorUploadService>();

        // Azure: the blob's Event Grid event reaches the ingest trigger. The CLI's serve registers its own.
        services.TryAddSingleton<IUploadArrivals, PlatformDelivers>();
        return services;
    }
}
