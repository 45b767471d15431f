using Pipeline.Benchmarks.Febrl;
using Pipeline.Core.Matching;

namespace Pipeline.Benchmarks.Tests;

public class ExpectationMaximisationTests
{
    [Fact]
    public void Recovers_match_share_and_agreement_probabilities_from_unlabelled_pairs()
    {
        var random = new Random(7);
        var vectors = new List<int[]>();
        for (var i = 0; i < 20_000; i++)
        {
            var isMatch = i % 10 == 0;
            vectors.Add(Enumerable.Range(0, 4).Select(_ => random.NextDouble() < (isMatch ? 0.9 : 0.1) ? 0 : 1).ToArray());
        }
        var fields = Enumerable.Range(0, 4)
            .Select(f => new FieldComparison<int>($"f{f}", (_, _) => 0, [new("sama", 0.6, 0.4), new("berbeda", 0.4, 0.6)]))
            .ToArray();
        var result = ExpectationMaximisation.Estimate(new MatchModel<int>(fields), vectors);
        Assert.InRange(result.MatchShare, 0.08, 0.12);
        Assert.All(result.Model.Fields, f =>
        {
            Assert.InRange(f.Levels[0].M, 0.85, 0.95);
            Assert.InRange(f.Levels[0].U, 0.05, 0.15);
        });
    }
}
