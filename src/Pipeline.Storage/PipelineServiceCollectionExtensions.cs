using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reading;
using Pipeline.Core.Validation;
using Pipeline.Storage.Billing;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Reporting;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage;

/// <summary>Composition in one place: the Functions host and the CLI register the same services.</summary>
public static class PipelineServiceCollectionExtensions
{
    /// <param name="storage">The data account; when null it is built from configuration (<c>PipelineStorage</c>).</param>
    public static IServiceCollection AddPipeline(this IServiceCollection services, IConfiguration configuration, PipelineStorage? storage = null)
    {
        services.AddOptions<ValidationOptions>().Bind(configuration.GetSection("Validation"));
        services.AddOptions<MatchOptions>().Bind(configuration.GetSection(MatchOptions.SectionName));
        services.AddOptions<ReadingOptions>().Bind(configuration.GetSection(ReadingOptions.SectionName));
        services.AddOptions<RegisterOptions>().Bind(configuration.GetSection(RegisterOptions.SectionName));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReadingOptions>>().Value);
        services.AddOptions<ContributionOptions>().Bind(configuration.GetSection(ContributionOptions.SectionName));
        services.AddSingleton(sp => new ContributionSchedule(sp.GetRequiredService<IOptions<ContributionOptions>>().Value));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(storage ?? PipelineStorageFactory.FromConfiguration(configuration));
        services.AddSingleton(Gazetteer.LabuhanbatuUtara);
        services.AddSingleton(sp => new RecordNormalizer(sp.GetRequiredService<Gazetteer>(), sp.GetRequiredService<IOptions<ValidationOptions>>().Value));
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestOptions.SectionName)).Validate(o => { o.Validate(); return true; });
        services.AddSingleton<ListReader>();
        services.AddSingleton(sp => new MembershipRule(sp.GetRequiredService<IOptions<RegisterOptions>>().Value));
        services.AddSingleton(sp => new UploadMatcher(sp.GetRequiredService<IOptions<MatchOptions>>().Value, sp.GetRequiredService<MembershipRule>()));
        services.AddSingleton<RecordStore>();
        services.AddSingleton<RecordPages>();
        services.AddSingleton<ReviewStore>();
        services.AddSingleton<ReviewQueueIndex>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<MatchingGate>();
        services.AddSingleton<PersonIndexStore>();
        services.AddSingleton<PersonIndexCache>();
        services.AddSingleton<ParticipantStore>();
        services.AddSingleton<CohortStore>();
        services.AddSingleton<CohortCountStore>();
        services.AddSingleton<CohortLedger>();
        services.AddSingleton<CohortFollower>();
        services.AddSingleton<CohortListingWriter>();
        services.AddSingleton<ConfirmationService>();
        services.AddSingleton<CohortActions>();
        services.AddOptions<CohortOptions>().Bind(configuration.GetSection(CohortOptions.SectionName));
        services.AddOptions<BillingOptions>().Bind(configuration.GetSection(BillingOptions.SectionName)).Validate(o => { o.Validate(); return true; });
        services.AddSingleton<ReconciliationStore>();
        services.AddSingleton<ReconciliationService>();
        services.AddSingleton<BillPaymentService>();
        services.AddSingleton<ResultBlobs>();
        services.AddSingleton<ResultRefresher>();
        services.AddSingleton<UploadIngestService>();
        services.AddSingleton<ParticipantRegisterService>();
        services.AddPipelineReview(configuration);
        services.AddWeeklySummary(configuration);
        services.AddVillageDoor(configuration);
        return services;
    }
}
