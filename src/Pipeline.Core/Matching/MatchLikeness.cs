namespace Pipeline.Core.Matching;

/// <summary>
/// A pair's score in the words officials read ("sangat mirip", "mirip", "agak mirip"), from the matcher's own bands:
/// the review band (<see cref="MatchOptions.ReviewThreshold"/> up to <see cref="MatchOptions.MatchThreshold"/>) split
/// in three equal parts. A pair above the band is "sangat mirip" too: it is in review because a guard rule (a
/// different NIK, a shared NIK) kept it from being decided, so "the same" would tell the reviewer the wrong thing.
/// </summary>
/// <remarks>
/// A score is a log2 Bayes factor ("21.7"), which means nothing to a reviewer; its place in the band is what tells
/// them how much to look. The bands follow the configured thresholds, so the words stay true when they change.
/// </remarks>
public static class MatchLikeness
{
    public const string VeryAlike = "sangat mirip";
    public const string Alike = "mirip";
    public const string SomewhatAlike = "agak mirip";
    public const string LittleAlike = "kurang mirip";

    public static string Describe(double score, MatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var third = (options.MatchThreshold - options.ReviewThreshold) / 3;
        return score >= options.MatchThreshold - third ? VeryAlike
            : score >= options.ReviewThreshold + third ? Alike
            : score >= options.ReviewThreshold ? SomewhatAlike
            : LittleAlike;
    }
}
