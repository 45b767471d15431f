using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public sealed class MatchLikenessTests
{
    [Theory]
    [InlineData(30, MatchLikeness.VeryAlike)]
    [InlineData(23, MatchLikeness.VeryAlike)]
    [InlineData(21.7, MatchLikeness.VeryAlike)]
    [InlineData(18, MatchLikeness.VeryAlike)]
    [InlineData(17.9, MatchLikeness.Alike)]
    [InlineData(13, MatchLikeness.Alike)]
    [InlineData(12.9, MatchLikeness.SomewhatAlike)]
    [InlineData(8, MatchLikeness.SomewhatAlike)]
    [InlineData(7.9, MatchLikeness.LittleAlike)]
    public void The_review_band_is_read_in_three_equal_parts(double score, string words) =>
        Assert.Equal(words, MatchLikeness.Describe(score, new MatchOptions()));

    [Fact]
    public void The_words_follow_the_configured_thresholds() =>
        Assert.Equal(MatchLikeness.VeryAlike, MatchLikeness.Describe(9.5, new MatchOptions { ReviewThreshold = 6, MatchThreshold = 10 }));
}
