using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;

namespace Pipeline.Storage.Reporting;

/// <summary>The weekly summary's services, registered by <see cref="PipelineServiceCollectionExtensions.AddPipeline"/>.</summary>
public static class WeeklySummaryServiceCollectionExtensions
{
    public static IServiceCollection AddWeeklySummary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeeklySummaryOptions>().Bind(configuration.GetSection(WeeklySummaryOptions.SectionName));
        services.AddSingleton(sp => new WeeklyReportBuilder(
            sp.GetRequiredService<Gazetteer>(), sp.GetRequiredService<ContributionSchedule>(), sp.GetRequiredService<IOptions<WeeklySummaryOptions>>().Value));
        services.AddSingleton(sp => new CohortBudgetReportBuilder(
            sp.GetRequiredService<Gazetteer>(), sp.GetRequiredService<ContributionSchedule>(), sp.GetRequiredService<IOptions<BillingOptions>>().Value));
        services.AddSingleton<ReportSource>();
        services.AddSingleton<SummaryStore>();
        services.AddSingleton<WeeklySummaryService>();
        return services;
    }
}
