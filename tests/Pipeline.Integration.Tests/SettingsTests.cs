using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pipeline.Core.Budget;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Reporting;

namespace Pipeline.Integration.Tests;

/// <summary>The sample settings a developer copies to local.settings.json must compose the app as the host would.</summary>
public sealed class SettingsTests
{
    [Fact]
    public void The_sample_settings_compose_the_pipeline_and_bind_every_option()
    {
        var path = Path.Combine(CliTests.RepoRoot(), "local.settings.sample.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var values = json.RootElement.GetProperty("Values").EnumerateObject()
            // The host turns "__" into ":" exactly like environment variables.
            .ToDictionary(p => p.Name.Replace("__", ":"), p => (string?)p.Value.GetString());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var services = new ServiceCollection().AddLogging().AddPipeline(configuration).BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<UploadIngestService>());
        var validation = services.GetRequiredService<IOptions<ValidationOptions>>().Value;
        Assert.Equal((15, 65), (validation.MinAge, validation.MaxAgeExclusive));
        var contributions = services.GetRequiredService<ContributionSchedule>();
        var rate = Assert.Single(contributions.Rates);
        Assert.Equal((new DateOnly(2015, 7, 1), 10_000m, 6_800m, 12), (rate.From, rate.Jkk, rate.Jkm, contributions.Months));
        Assert.Null(validation.ReferenceDate);
        Assert.NotNull(services.GetRequiredService<WeeklySummaryService>());
        var summary = services.GetRequiredService<IOptions<WeeklySummaryOptions>>().Value;
        Assert.Equal((0.2, 5, 12, 12), (summary.ContactRejectionRate, summary.MinRowsForRate, summary.TrendWeeks, summary.MaxCatchUpWeeks));
        var matching = services.GetRequiredService<IOptions<MatchOptions>>().Value;
        Assert.Equal(double.Parse(values["Matching:MatchThreshold"]!, System.Globalization.CultureInfo.InvariantCulture), matching.MatchThreshold);
        var reading = services.GetRequiredService<IOptions<Pipeline.Core.Reading.ReadingOptions>>().Value;
        Assert.Equal((100_000, TimeSpan.FromMinutes(2)), (reading.MaxDataRows, reading.MaxDuration));
        Assert.Contains("127.0.0.1", services.GetRequiredService<PipelineStorage>().Blobs.Uri.Host);
        var links = services.GetRequiredService<IOptions<Pipeline.Core.Door.UploadLinkOptions>>().Value;
        Assert.Equal((366, 20, 120, ""), (links.MaxDays, links.UploadsPerHour, links.RequestsPerMinute, links.BaseUrl));
    }
}
