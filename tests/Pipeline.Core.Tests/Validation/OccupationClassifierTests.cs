using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class OccupationClassifierTests
{
    [Theory]
    [InlineData("Petani", "petani")]
    [InlineData("PETANI", "petani")]
    [InlineData("Tani", "petani")]
    [InlineData("Bertani", "petani")]
    [InlineData("Pekebun", "petani")]
    [InlineData("Petani Karet", "petani")]
    [InlineData("petani sawit", "petani")]
    [InlineData("Buruh Tani", "buruh_tani")]
    [InlineData("BURUH TANI/PERKEBUNAN", "buruh_tani")]
    [InlineData("Buruh Tani / Perkebunan", "buruh_tani")]
    [InlineData("Nelayan", "nelayan")]
    [InlineData("Nelayan Tradisional", "nelayan")]
    [InlineData("Penangkap Ikan", "nelayan")]
    [InlineData("Pedagang", "pedagang_kecil")]
    [InlineData("Pedagang Ikan", "pedagang_kecil")]
    [InlineData("Jualan sayur", "pedagang_kecil")]
    [InlineData("Buka Warung", "pedagang_kecil")]
    [InlineData("Kedai kopi", "pedagang_kecil")]
    [InlineData("Dagang", "pedagang_kecil")]
    [InlineData("BHL", "buruh_harian_lepas")]
    [InlineData("Buruh Harian Lepas", "buruh_harian_lepas")]
    [InlineData("Buruh", "buruh_harian_lepas")]
    [InlineData("Kuli Bangunan", "buruh_harian_lepas")]
    [InlineData("Tukang Batu", "buruh_harian_lepas")]
    [InlineData("Serabutan", "buruh_harian_lepas")]
    [InlineData("Tukang Ojek", "ojek_transport")]
    [InlineData("Ojek", "ojek_transport")]
    [InlineData("Becak", "ojek_transport")]
    [InlineData("Tukang Becak", "ojek_transport")]
    [InlineData("Supir", "ojek_transport")]
    [InlineData("Sopir Angkot", "ojek_transport")]
    [InlineData("Penderes", "pekerja_kebun")]
    [InlineData("Penderes Karet", "pekerja_kebun")]
    [InlineData("Deres", "pekerja_kebun")]
    [InlineData("Penyadap Karet", "pekerja_kebun")]
    [InlineData("Buruh Kebun", "pekerja_kebun")]
    [InlineData("Buruh Sawit", "pekerja_kebun")]
    [InlineData("Karyawan Kebun", "pekerja_kebun")]
    [InlineData("Pendodos sawit", "pekerja_kebun")]
    [InlineData("Guru Ngaji", "guru_ngaji_keagamaan")]
    [InlineData("Ustadz", "guru_ngaji_keagamaan")]
    [InlineData("Bilal Mayit", "guru_ngaji_keagamaan")]
    [InlineData("Imam Masjid", "guru_ngaji_keagamaan")]
    [InlineData("Marbot", "guru_ngaji_keagamaan")]
    [InlineData("Penggali Kubur", "guru_ngaji_keagamaan")]
    [InlineData("PETANI/PEKEBUN", "petani")]
    [InlineData("NELAYAN/PERIKANAN", "nelayan")]
    [InlineData("BURUH NELAYAN/PERIKANAN", "nelayan")]
    [InlineData("BELUM/TIDAK BEKERJA", "lain")]
    [InlineData("KARYAWAN SWASTA", "lain")]
    [InlineData("PELAJAR/MAHASISWA", "lain")]
    [InlineData("Ibu Rumah Tangga", "lain")]
    [InlineData("IRT", "lain")]
    [InlineData("Wiraswasta", "lain")]
    [InlineData("Mengurus Rumah Tangga", "lain")]
    public void Maps_free_text_to_a_category(string text, string expected) =>
        Assert.Equal(expected, OccupationClassifier.Classify(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-")]
    public void Empty_text_has_no_category(string text) => Assert.Null(OccupationClassifier.Classify(text));

    [Theory]
    [InlineData("Penderes karet", "Pekerja kebun (sawit, karet)")]
    [InlineData("BHL", "Buruh harian lepas")]
    [InlineData("tukang becak", "Ojek / transportasi")]
    [InlineData("IRT", "Lainnya")]
    public void A_category_reads_in_words(string text, string label) =>
        Assert.Equal(label, OccupationClassifier.Label(OccupationClassifier.Classify(text)));

    [Fact]
    public void An_unknown_code_stays_as_it_is_and_none_stays_none()
    {
        Assert.Equal("kode_lama", OccupationClassifier.Label("kode_lama"));
        Assert.Null(OccupationClassifier.Label(null));
    }
}
