using Pipeline.Benchmarks.Febrl;

namespace Pipeline.Benchmarks.Tests;

public class FebrlSmokeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Deduplicating_febrl1_reaches_F1_above_0_9(bool includeSocSecId)
    {
        var records = FebrlRecord.Parse(File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "febrl", "dataset1.csv")));
        Assert.Equal(1000, records.Count);
        var score = FebrlEvaluation.Deduplicate("dataset1", records, includeSocSecId);
        Assert.Equal(500, score.TruePairs);
        Assert.True(score.F1 > 0.9, $"F1 {score.F1:0.000} (precision {score.Precision:0.000}, recall {score.Recall:0.000})");
    }
}
