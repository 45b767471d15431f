using Pipeline.Core.Matching;

namespace Pipeline.Benchmarks.Febrl;

/// <summary>Pair-level quality of one FEBRL run.</summary>
public sealed record FebrlScore(
    string Name, int CandidatePairs, int TruePairs, int TruePairsInCandidates, int PredictedPairs, int CorrectPairs, double MatchShare)
{
    public double Precision => PredictedPairs == 0 ? 0 : (double)CorrectPairs / PredictedPairs;
    public double Recall => TruePairs == 0 ? 0 : (double)CorrectPairs / TruePairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Share of true pairs that blocking let through (the ceiling for recall).</summary>
    public double PairsCompleteness => TruePairs == 0 ? 0 : (double)TruePairsInCandidates / TruePairs;
}

/// <summary>
/// Runs the engine on FEBRL: blocking with <see cref="CandidateIndex{T}"/>, m/u estimated by EM on the
/// candidate pairs, a pair predicted a match when its posterior probability exceeds one half, and for
/// linking a greedy one-to-one assignment (each record of one list matches at most one of the other).
/// </summary>
public static class FebrlEvaluation
{
    private const int MaxBlockSize = 200;

    public static FebrlScore Deduplicate(string name, IReadOnlyList<FebrlRecord> records, bool includeSocSecId)
    {
        var index = new CandidateIndex<FebrlRecord>(FebrlModel.BlockingKeys(includeSocSecId), MaxBlockSize);
        var pairs = new List<(int A, int B)>();
        var slots = new List<int>();
        for (var i = 0; i < records.Count; i++)
        {
            index.FindCandidates(records[i], slots);
            foreach (var j in slots)
            {
                pairs.Add((j, i));
            }

            index.Add(records[i]);
        }
        var truePairs = records.GroupBy(r => r.EntityId).Sum(g => g.Count() * (g.Count() - 1) / 2);
        return Evaluate(name, pairs, records, records, includeSocSecId, truePairs, oneToOne: false);
    }

    public static FebrlScore Link(string name, IReadOnlyList<FebrlRecord> left, IReadOnlyList<FebrlRecord> right, bool includeSocSecId)
    {
        var index = new CandidateIndex<FebrlRecord>(FebrlModel.BlockingKeys(includeSocSecId), MaxBlockSize);
        foreach (var r in right)
        {
            index.Add(r);
        }

        var pairs = new List<(int A, int B)>();
        var slots = new List<int>();
        for (var i = 0; i < left.Count; i++)
        {
            index.FindCandidates(left[i], slots);
            foreach (var j in slots)
            {
                pairs.Add((i, j));
            }
        }
        var rightCounts = right.GroupBy(r => r.EntityId).ToDictionary(g => g.Key, g => g.Count());
        var truePairs = left.Sum(r => rightCounts.GetValueOrDefault(r.EntityId));
        return Evaluate(name, pairs, left, right, includeSocSecId, truePairs, oneToOne: true);
    }

    private static FebrlScore Evaluate(string name, List<(int A, int B)> pairs, IReadOnlyList<FebrlRecord> left,
        IReadOnlyList<FebrlRecord> right, bool includeSocSecId, int truePairs, bool oneToOne)
    {
        var start = FebrlModel.Create(includeSocSecId);
        var vectors = new List<int[]>(pairs.Count);
        foreach (var (a, b) in pairs)
        {
            var levels = new int[start.Fields.Count];
            start.Score(left[a], right[b], levels);
            vectors.Add(levels);
        }
        var estimate = ExpectationMaximisation.Estimate(start, vectors);
        var threshold = Math.Log2((1 - estimate.MatchShare) / estimate.MatchShare);
        var accepted = new List<(int A, int B, double Score)>();
        for (var p = 0; p < pairs.Count; p++)
        {
            var score = estimate.Model.Score(vectors[p]);
            if (score > threshold)
            {
                accepted.Add((pairs[p].A, pairs[p].B, score));
            }
        }
        if (oneToOne)
        {
            accepted = OneToOne(accepted);
        }

        var correct = accepted.Count(p => left[p.A].EntityId == right[p.B].EntityId);
        var inCandidates = pairs.Count(p => left[p.A].EntityId == right[p.B].EntityId);
        return new FebrlScore(name, pairs.Count, truePairs, inCandidates, accepted.Count, correct, estimate.MatchShare);
    }

    private static List<(int A, int B, double Score)> OneToOne(List<(int A, int B, double Score)> accepted)
    {
        var usedLeft = new HashSet<int>();
        var usedRight = new HashSet<int>();
        var kept = new List<(int A, int B, double Score)>();
        foreach (var pair in accepted.OrderByDescending(p => p.Score))
        {
            if (usedLeft.Contains(pair.A) || usedRight.Contains(pair.B))
            {
                continue;
            }

            usedLeft.Add(pair.A);
            usedRight.Add(pair.B);
            kept.Add(pair);
        }
        return kept;
    }
}
