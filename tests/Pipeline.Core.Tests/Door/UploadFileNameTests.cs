using Pipeline.Core.Door;

namespace Pipeline.Core.Tests.Door;

/// <summary>A name a browser sends becomes one file inside the desa's folder, whatever it holds.</summary>
public sealed class UploadFileNameTests
{
    [Theory]
    [InlineData("daftar.xlsx", "daftar.xlsx")]
    [InlineData("Daftar Dusun II (revisi).XLSX", "Daftar Dusun II (revisi).xlsx")]
    [InlineData("../../x.xlsx", "x.xlsx")]
    [InlineData("..\\x.xlsx", "x.xlsx")]
    [InlineData("..\\..\\kualuh-selatan\\damuli-pekan\\x.xlsx", "x.xlsx")]
    [InlineData("C:\\fakepath\\data desa.xls", "data desa.xls")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("..", "daftar")]
    [InlineData("....xlsx", "daftar.xlsx")]
    [InlineData(".xlsx", "daftar.xlsx")]
    [InlineData("a..b...csv", "a.b.csv")]
    [InlineData(".hidden.csv", "hidden.csv")]
    [InlineData("trailing dot.", "trailing dot")]
    [InlineData("gambar\u202Excod.xlsx", "gambarxcod.xlsx")]
    [InlineData("zero\u200Bwidth\u0000null\u0007.ods", "zerowidthnull.ods")]
    [InlineData("line\u2028break.csv", "linebreak.csv")]
    [InlineData("data%2F..%2Fx.xlsx", "data-2F.-2Fx.xlsx")]
    [InlineData("daftar#1?.xlsx", "daftar-1.xlsx")]
    [InlineData("Désa Pékan.xlsx", "Desa Pekan.xlsx")]
    [InlineData("", "daftar")]
    [InlineData(null, "daftar")]
    [InlineData("   ", "daftar")]
    [InlineData("daftar.tar.gz", "daftar.tar.gz")]
    [InlineData("name.with.verylongextension", "name.with.verylongextension")]
    public void Makes_a_safe_name(string? sent, string expected) => Assert.Equal(expected, UploadFileName.MakeSafe(sent));

    [Fact]
    public void A_long_name_keeps_its_extension_and_at_most_80_characters_before_it()
    {
        var safe = UploadFileName.MakeSafe(new string('a', 300) + ".xlsx");

        Assert.Equal(new string('a', UploadFileName.MaxStemLength) + ".xlsx", safe);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void No_random_name_escapes_its_folder_or_hides_characters(int seed)
    {
        var random = new Random(seed);
        char[] alphabet = ['.', '/', '\\', ' ', '-', '~', '%', ':', '\u202E', '\u200B', '\u0000', '\n', 'a', 'Z', '9', 'é', '\uD800', '\uDC00'];
        for (var i = 0; i < 2000; i++)
        {
            var sent = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var safe = UploadFileName.MakeSafe(sent);

            Assert.Matches(@"^[A-Za-z0-9 ()_.\-]+$", safe);
            Assert.DoesNotContain("..", safe);
            Assert.False(safe.StartsWith('.') || safe.EndsWith('.') || safe.StartsWith(' '), safe);
        }
    }
}
