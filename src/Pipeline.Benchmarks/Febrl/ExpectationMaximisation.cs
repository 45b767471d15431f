using Pipeline.Core.Matching;

namespace Pipeline.Benchmarks.Febrl;

/// <summary>
/// Estimates m and u of every level from unlabelled candidate pairs (Winkler's EM under conditional
/// independence). Useful when a new data source arrives without any known matches, as in FEBRL.
/// </summary>
public static class ExpectationMaximisation
{
    /// <summary>The re-estimated model and the estimated share of matches among the candidate pairs.</summary>
    public sealed record Result<T>(MatchModel<T> Model, double MatchShare);

    public static Result<T> Estimate<T>(MatchModel<T> start, IReadOnlyList<int[]> vectors, int iterations = 50, double initialMatchShare = 0.1)
    {
        var patterns = vectors
            .GroupBy(v => string.Join(',', v))
            .Select(g => (Vector: g.First(), Count: (double)g.Count()))
            .ToArray();
        var fieldCount = start.Fields.Count;
        var m = start.Fields.Select(f => f.Levels.Select(l => l.M).ToArray()).ToArray();
        var u = start.Fields.Select(f => f.Levels.Select(l => l.U).ToArray()).ToArray();
        var share = initialMatchShare;
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var mSum = m.Select(a => new double[a.Length]).ToArray();
            var uSum = u.Select(a => new double[a.Length]).ToArray();
            double matchTotal = 0, total = 0;
            foreach (var (vector, count) in patterns)
            {
                double pm = share, pu = 1 - share;
                for (var f = 0; f < fieldCount; f++)
                {
                    if (vector[f] < 0)
                    {
                        continue;
                    }

                    pm *= m[f][vector[f]];
                    pu *= u[f][vector[f]];
                }
                var g = pm / (pm + pu);
                matchTotal += g * count;
                total += count;
                for (var f = 0; f < fieldCount; f++)
                {
                    if (vector[f] < 0)
                    {
                        continue;
                    }

                    mSum[f][vector[f]] += g * count;
                    uSum[f][vector[f]] += (1 - g) * count;
                }
            }
            share = Math.Clamp(matchTotal / total, 1e-6, 1 - 1e-6);
            for (var f = 0; f < fieldCount; f++)
            {
                m[f] = Normalise(mSum[f]);
                u[f] = Normalise(uSum[f]);
            }
        }
        var fields = start.Fields
            .Select((field, f) => field.WithLevels(field.Levels.Select((l, k) => new ComparisonLevel(l.Label, m[f][k], u[f][k])).ToArray()))
            .ToArray();
        return new Result<T>(new MatchModel<T>(fields), share);
    }

    private static double[] Normalise(double[] sums)
    {
        const double floor = 1e-6;
        var total = sums.Sum() + floor * sums.Length;
        return sums.Select(s => (s + floor) / total).ToArray();
    }
}
