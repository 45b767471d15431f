using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Review;

namespace Pipeline.Storage;

/// <summary>The review side's services: decisions, audit, role assignments, the BPJS export.</summary>
public static class ReviewServiceCollectionExtensions
{
    public static IServiceCollection AddPipelineReview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExportOptions>().Bind(configuration.GetSection(ExportOptions.SectionName));
        services.AddSingleton<DecisionStore>();
        services.AddSingleton<DecisionBookCache>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<RoleAssignmentStore>();
        services.AddSingleton<DecisionService>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<BpjsExportService>();
        services.AddSingleton<ListPreparer>();
        services.AddSingleton<ListReleaser>();
        return services;
    }
}
