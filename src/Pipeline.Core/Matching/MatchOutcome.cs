namespace Pipeline.Core.Matching;

/// <summary>The three Fellegi–Sunter decisions for a candidate pair.</summary>
public enum MatchOutcome
{
    NonMatch,
    /// <summary>Uncertain: an administrator decides.</summary>
    PossibleMatch,
    Match,
}

/// <summary>A compared pair: score (log2 Bayes factor), decision, and why, in plain Indonesian.</summary>
/// <param name="SharedNik">Same NIK, but the name or birth date clearly differs or nothing else backs the NIK up (<see cref="NikCorroborationRule"/>): never merged silently.</param>
public sealed record ScoredPair(double Score, MatchOutcome Outcome, bool SharedNik, string Explanation);
