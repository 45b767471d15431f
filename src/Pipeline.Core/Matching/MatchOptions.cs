namespace Pipeline.Core.Matching;

/// <summary>
/// Policy of the matcher, bound from configuration section "Matching". Scores are log2 Bayes factors:
/// +10 means the agreement pattern is about 1000 times likelier for the same person than for two people.
/// </summary>
public sealed class MatchOptions
{
    public const string SectionName = "Matching";

    /// <summary>At or above: the same person (Duplicate / Enrolled). High on purpose: paying twice is cheaper to fix than denying someone.</summary>
    public double MatchThreshold { get; set; } = 23;

    /// <summary>At or above (and below <see cref="MatchThreshold"/>): an administrator decides (Review).</summary>
    public double ReviewThreshold { get; set; } = 8;

    /// <summary>Blocks with more records than this are skipped (and counted): such a key says nothing.</summary>
    public int MaxBlockSize { get; set; } = 500;

    /// <summary>At most this many review candidates are kept per record, best first.</summary>
    public int MaxReviewCandidates { get; set; } = 5;
}
