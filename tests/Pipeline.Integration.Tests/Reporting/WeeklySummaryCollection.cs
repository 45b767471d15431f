namespace Pipeline.Integration.Tests.Reporting;

/// <summary>The summary's data tests and page tests share one scenario (one Azurite, one ingest of the samples).</summary>
[CollectionDefinition(Name)]
public sealed class WeeklySummaryCollection : ICollectionFixture<WeeklySummaryScenario>
{
    public const string Name = "weekly summary";
}
