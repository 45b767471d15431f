using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public class StringSimilarityTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    [InlineData("SIREGAR", "SIREGAR", 1.0)]
    [InlineData("AMINAH", "AMINA", 0.967)]
    [InlineData("ANDI", "BUDI", 0.667)]
    [InlineData("ABC", "XYZ", 0.0)]
    public void JaroWinkler_matches_published_values(string a, string b, double expected) =>
        Assert.Equal(expected, StringSimilarity.JaroWinkler(a, b), 3);

    [Theory]
    [InlineData("HRP", "HARAHAP", true)]
    [InlineData("MHD", "MUHAMMAD", true)]
    [InlineData("NST", "NASUTION", true)]
    [InlineData("SRG", "SIREGAR", true)]
    [InlineData("LBS", "LUBIS", true)]
    [InlineData("HRP", "SIREGAR", false)]
    [InlineData("SRG", "SARAGIH", true)]
    [InlineData("HARAHAP", "HARAHAP", false)]
    [InlineData("PHR", "HARAHAP", false)]
    public void IsAbbreviationOf_requires_same_first_letter_and_letters_in_order(string shortForm, string longForm, bool expected) =>
        Assert.Equal(expected, StringSimilarity.IsAbbreviationOf(shortForm, longForm));

    [Theory]
    [InlineData("ROBERT", "R163")]
    [InlineData("RUPERT", "R163")]
    [InlineData("TYMCZAK", "T522")]
    [InlineData("PFISTER", "P236")]
    [InlineData("ASHCRAFT", "A261")]
    [InlineData("SIREGAR", "S626")]
    [InlineData("SIRAGAR", "S626")]
    [InlineData("", "")]
    public void Soundex_codes_names_by_sound(string word, string expected) =>
        Assert.Equal(expected, StringSimilarity.Soundex(word));
}
