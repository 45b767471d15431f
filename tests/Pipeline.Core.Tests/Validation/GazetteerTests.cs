using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class GazetteerTests
{
    private static readonly Gazetteer Labura = Gazetteer.LabuhanbatuUtara;

    [Fact]
    public void Loads_the_eight_kecamatan_and_ninety_desa()
    {
        Assert.Equal(8, Labura.Kecamatan.Count);
        Assert.Equal(90, Labura.Desa.Count);
        Assert.All(Labura.Kecamatan, k => Assert.Matches("^1223\\d{2}$", k.Code));
        Assert.All(Labura.Desa, d => Assert.Matches("^1223\\d{6}$", d.Code));
        Assert.All(Labura.Desa, d => Assert.StartsWith(d.ParentCode, d.Code));
    }

    [Theory]
    [InlineData("Kualuh Hulu", "122301")]
    [InlineData("KUALUH HULU", "122301")]
    [InlineData("kualuh-hulu", "122301")]
    [InlineData("kualuh_hulu", "122301")]
    [InlineData("Kec. Kualuh Hulu", "122301")]
    [InlineData("Kecamatan Kualuh Hulu", "122301")]
    [InlineData("KualuhHulu", "122301")]
    [InlineData("Kualu Hulu", "122301")]
    [InlineData("Kualuh Hilir", "122303")]
    [InlineData("Kualuh Leidong", "122302")]
    [InlineData("Kualuh Ledong", "122302")]
    [InlineData("Kualuh Selatan", "122308")]
    [InlineData("Aek Kuo", "122304")]
    [InlineData("Aek Natas", "122307")]
    [InlineData("Marbau", "122305")]
    [InlineData("Na IX-X", "122306")]
    [InlineData("na-ix-x", "122306")]
    [InlineData("NA IX X", "122306")]
    [InlineData("12.23.01", "122301")]
    [InlineData("122301", "122301")]
    [InlineData("01", "122301")]
    public void Finds_kecamatan_by_name_slug_typo_or_code(string text, string code) =>
        Assert.Equal(code, Labura.FindKecamatan(text)?.Code);

    [Theory]
    [InlineData("Medan Kota")]
    [InlineData("Kualuh")]
    [InlineData("")]
    [InlineData("12.23.09")]
    [InlineData("Aek")]
    public void Does_not_guess_an_unknown_kecamatan(string text) => Assert.Null(Labura.FindKecamatan(text));

    [Theory]
    [InlineData("Aek Kanopan", "122301", "1223011001")]
    [InlineData("aek-kanopan", "122301", "1223011001")]
    [InlineData("Kel. Aek Kanopan", "122301", "1223011001")]
    [InlineData("Kelurahan Aek Kanopan", "122301", "1223011001")]
    [InlineData("Desa Aek Kanopan Timur", "122301", "1223011002")]
    [InlineData("Ds. Londut", "122301", "1223012006")]
    [InlineData("Aek Kanopan", null, "1223011001")]
    [InlineData("Perkebunan Hanna", "122301", "1223012010")]
    [InlineData("Perk. Hanna", "122301", "1223012010")]
    [InlineData("Hanna", "122301", "1223012010")]
    [InlineData("Sono Martani", "122301", "1223012011")]
    [InlineData("Sonomartani", "122301", "1223012011")]
    [InlineData("Sukarame", "122301", "1223012012")]
    [InlineData("Sukarame Baru", "122301", "1223012013")]
    [InlineData("Perkebunan Padang Halaban", "122304", "1223042003")]
    [InlineData("Padang Halaban", "122304", "1223042003")]
    [InlineData("Marbau Selatan", "122305", "1223052013")]
    [InlineData("Perk. Marbau Selatan", "122305", "1223052003")]
    [InlineData("Perkebunan Marbau Selatan", "122305", "1223052003")]
    [InlineData("Marbau", "122305", "1223051001")]
    [InlineData("Sungai Sentang", null, "1223032003")]
    [InlineData("Sei Raja", null, "1223062004")]
    [InlineData("Tj. Leidong", "122302", "1223021001")]
    [InlineData("Tanjung Ledong", "122302", "1223021001")]
    [InlineData("Bulung Ihit", null, "1223052016")]
    [InlineData("Siparepare Tengah", null, "1223052007")]
    [InlineData("Sidua-dua", null, "1223082009")]
    [InlineData("Damuli Pekan", "122308", "1223082002")]
    [InlineData("Damuli Kebun", "122308", "1223082006")]
    [InlineData("12.23.01.1001", null, "1223011001")]
    [InlineData("1223011001", "122301", "1223011001")]
    public void Finds_desa_by_name_within_the_kecamatan(string text, string? kecamatan, string code) =>
        Assert.Equal(code, Labura.FindDesa(text, kecamatan)?.Code);

    [Theory]
    [InlineData("Aek Kanopan", "122305")]
    [InlineData("Dusun III", "122301")]
    [InlineData("Jakarta", null)]
    [InlineData("Damuli", "122308")]
    [InlineData("1223011001", "122305")]
    public void Does_not_find_a_desa_outside_its_kecamatan_or_unknown(string text, string? kecamatan) =>
        Assert.Null(Labura.FindDesa(text, kecamatan));

    [Theory]
    [InlineData("122301", true)]
    [InlineData("122308", true)]
    [InlineData("122309", false)]
    [InlineData("121001", false)]
    public void Knows_kecamatan_codes(string code, bool known) => Assert.Equal(known, Labura.IsKnownKecamatanCode(code));

    [Fact]
    public void Names_codes_for_reports()
    {
        Assert.Equal("Kualuh Hulu", Labura.KecamatanName("122301"));
        Assert.Equal("Kualuh Hulu", Labura.KecamatanName("12.23.01"));
        Assert.Equal("Aek Kanopan", Labura.DesaName("1223011001"));
        Assert.Null(Labura.DesaName("1223019999"));
    }
}
