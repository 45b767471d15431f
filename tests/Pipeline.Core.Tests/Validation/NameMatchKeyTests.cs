using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class NameMatchKeyTests
{
    [Theory]
    [InlineData("SOEHARTO", "SUHARTO")]
    [InlineData("DJOKO SOEPRAPTO", "JOKO SUPRAPTO")]
    [InlineData("TJUT NJAK DHIEN", "CUT NYAK DIEN")]
    [InlineData("SJAHRIR", "SYAHRIR")]
    [InlineData("CHAIRUL ANWAR", "KHAIRUL ANWAR")]
    [InlineData("NJOTO", "NYOTO")]
    [InlineData("JUSUF HASIBUAN", "YUSUF HASIBUAN")]
    [InlineData("JAHJA NASUTION", "YAHYA NASUTION")]
    [InlineData("JAKUB LUBIS", "YAKUB LUBIS")]
    [InlineData("MUHAMMAD YUSUF", "MHD. JUSUF")]
    [InlineData("MUHAMMAD ALI", "MUHAMAD ALI")]
    [InlineData("MUHAMMAD ALI", "MOHAMMAD ALI")]
    [InlineData("MUHAMMAD ALI", "MOHAMAD ALI")]
    [InlineData("MUHAMMAD ALI", "MUHAMMAT ALI")]
    [InlineData("MUHAMMAD ALI", "MOH. ALI")]
    [InlineData("MUHAMMAD ALI", "MHD ALI")]
    [InlineData("MUHAMMAD ALI", "MUH. ALI")]
    [InlineData("MUHAMMAD ALI", "M. ALI")]
    [InlineData("ABDULLAH", "ABDULAH")]
    [InlineData("RAMADHAN", "RAMADAN")]
    [InlineData("FATHIMAH", "FATIMAH")]
    [InlineData("NUR'AINI", "NURAINI")]
    [InlineData("SITI  AMINAH", "SITI AMINAH")]
    [InlineData("JOSÉ", "JOSE")]
    public void Old_and_new_spellings_share_a_key(string a, string b) =>
        Assert.Equal(NameMatchKey.Build(a), NameMatchKey.Build(b));

    [Theory]
    [InlineData("JOKO", "YOKO")]
    [InlineData("JULIANA", "YULIANA")]
    [InlineData("AHMAD SIREGAR", "SIREGAR AHMAD")]
    [InlineData("ALI MUHAMMAD", "ALI M.")]
    [InlineData("SITI AMINAH", "SITI AMINA")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(NameMatchKey.Build(a), NameMatchKey.Build(b));

    [Theory]
    [InlineData("MHD. JUSUF", "MUHAMMAD YUSUF")]
    [InlineData("DJOKO SOEPRAPTO", "JOKO SUPRAPTO")]
    [InlineData("H. ALI", "H ALI")]
    public void Builds_the_documented_key(string name, string expected) =>
        Assert.Equal(expected, NameMatchKey.Build(name));
}
