using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public class NameComparisonTests
{
    [Theory]
    [InlineData("SITI AMINAH HARAHAP", "SITI AMINAH HARAHAP", NameAgreement.Exact)]
    [InlineData("HARAHAP SITI AMINAH", "SITI AMINAH HARAHAP", NameAgreement.Exact)]
    [InlineData("SUGENG", "SUGENG", NameAgreement.ExactSingleWord)]
    [InlineData("SITI AMINAH", "SITI AMINA", NameAgreement.VeryClose)]
    [InlineData("ZULKIFLI NASUTION", "ZULKIFLY NASUTION", NameAgreement.VeryClose)]
    [InlineData("SITI AMINAH HARAHAP", "SITI AMINAH HRP", NameAgreement.Partial)]
    [InlineData("SITI AMINAH HARAHAP", "SITI AMINAH", NameAgreement.Partial)]
    [InlineData("SRI WAHYUNI", "SRI WAHYUNI SIREGAR", NameAgreement.Partial)]
    [InlineData("M YUSUF", "MUHAMMAD YUSUF", NameAgreement.Partial)]
    [InlineData("MHD YUSUF", "MUHAMMAD YUSUF", NameAgreement.Partial)]
    [InlineData("R HARAHAP", "RAHMAT HARAHAP", NameAgreement.Partial)]
    [InlineData("SITI", "SITI AMINAH", NameAgreement.Weak)]
    [InlineData("ANDI SIREGAR", "BUDI SIREGAR", NameAgreement.Different)]
    [InlineData("HASAN LUBIS", "HUSEIN LUBIS", NameAgreement.Different)]
    [InlineData("RINA PANJAITAN", "RANI PANJAITAN", NameAgreement.Different)]
    [InlineData("SITI AMINAH", "SITI FATIMAH", NameAgreement.Different)]
    [InlineData("R HARAHAP", "BUDI HARAHAP", NameAgreement.Different)]
    public void Compare_assigns_level(string a, string b, NameAgreement expected)
    {
        var (level, _) = NameComparison.Compare(NameComparison.Tokenize(a), NameComparison.Tokenize(b));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("SITI AMINAH HARAHAP", "SITI AMINAH HARAHAP")]
    [InlineData("SITI AMINAH HARAHAP", "SITI AMINAH HRP")]
    [InlineData("ANDI SIREGAR", "BUDI SIREGAR")]
    [InlineData("SRI WAHYUNI", "SRI WAHYUNI SIREGAR")]
    public void Compare_is_symmetric(string a, string b) =>
        Assert.Equal(
            NameComparison.Compare(NameComparison.Tokenize(a), NameComparison.Tokenize(b)),
            NameComparison.Compare(NameComparison.Tokenize(b), NameComparison.Tokenize(a)));

    [Theory]
    [InlineData("M. Yusuf", new[] { "M", "YUSUF" })]
    [InlineData("  siti   aminah ", new[] { "SITI", "AMINAH" })]
    [InlineData("O'NEIL-SIREGAR", new[] { "O", "NEIL", "SIREGAR" })]
    [InlineData("", new string[0])]
    public void Tokenize_splits_on_spaces_and_punctuation(string name, string[] expected) =>
        Assert.Equal(expected, NameComparison.Tokenize(name));
}
