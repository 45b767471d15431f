using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class HeaderVocabularyTests
{
    [Theory]
    [InlineData("NIK", Field.Nik)]
    [InlineData("No. KTP", Field.Nik)]
    [InlineData("No KTP", Field.Nik)]
    [InlineData("Nomor Induk Kependudukan", Field.Nik)]
    [InlineData("NIK KTP", Field.Nik)]
    [InlineData("NIK (16 digit)", Field.Nik)]
    [InlineData("No. KK", Field.NoKk)]
    [InlineData("Nomor KK", Field.NoKk)]
    [InlineData("No Kartu Keluarga", Field.NoKk)]
    [InlineData("Nama", Field.Name)]
    [InlineData("NAMA LENGKAP", Field.Name)]
    [InlineData("Nama Pekerja", Field.Name)]
    [InlineData("Nama Lengkap (sesuai KTP)", Field.Name)]
    [InlineData("Tempat Lahir", Field.BirthPlace)]
    [InlineData("Tanggal Lahir", Field.BirthDate)]
    [InlineData("Tgl Lahir", Field.BirthDate)]
    [InlineData("Tgl. Lahir", Field.BirthDate)]
    [InlineData("Tanggal Lahir (dd-mm-yyyy)", Field.BirthDate)]
    [InlineData("Tempat, Tgl Lahir", Field.BirthPlaceAndDate)]
    [InlineData("Tempat/Tanggal Lahir", Field.BirthPlaceAndDate)]
    [InlineData("Tempat / Tgl.\nLahir", Field.BirthPlaceAndDate)]
    [InlineData("TTL", Field.BirthPlaceAndDate)]
    [InlineData("Jenis Kelamin", Field.Sex)]
    [InlineData("L/P", Field.Sex)]
    [InlineData("JK", Field.Sex)]
    [InlineData("Kelamin", Field.Sex)]
    [InlineData("Sex", Field.Sex)]
    [InlineData("Alamat", Field.Address)]
    [InlineData("Desa", Field.Desa)]
    [InlineData("Kelurahan", Field.Desa)]
    [InlineData("Desa/Kelurahan", Field.Desa)]
    [InlineData("Desa/Kel", Field.Desa)]
    [InlineData("Kecamatan", Field.Kecamatan)]
    [InlineData("Kec.", Field.Kecamatan)]
    [InlineData("Pekerjaan", Field.Occupation)]
    [InlineData("Jenis Pekerjaan", Field.Occupation)]
    [InlineData("Profesi", Field.Occupation)]
    [InlineData("No HP", Field.Phone)]
    [InlineData("No. HP", Field.Phone)]
    [InlineData("Nomor HP", Field.Phone)]
    [InlineData("Nomor Handphone", Field.Phone)]
    [InlineData("No. WhatsApp", Field.Phone)]
    [InlineData("Nomor Kontak", Field.Phone)]
    [InlineData("No Telp", Field.Phone)]
    [InlineData("Telepon", Field.Phone)]
    [InlineData("HP", Field.Phone)]
    [InlineData("No WA", Field.Phone)]
    [InlineData("No. HP/WA Aktif", Field.Phone)]
    [InlineData("No", Field.RowNumber)]
    [InlineData("No.", Field.RowNumber)]
    [InlineData("NO", Field.RowNumber)]
    [InlineData("No Urut", Field.RowNumber)]
    [InlineData("  Nama  :", Field.Name)]
    public void Worker_list_headers_map_to_fields(string header, Field expected)
    {
        Assert.Equal(expected, HeaderVocabulary.WorkerList.Match(header)?.Field);
    }

    [Theory]
    [InlineData("KPJ", Field.Kpj)]
    [InlineData("No KPJ", Field.Kpj)]
    [InlineData("Nomor Peserta", Field.Kpj)]
    [InlineData("NAMA_PESERTA", Field.Name)]
    [InlineData("TGL_LAHIR", Field.BirthDate)]
    [InlineData("STATUS_KEPESERTAAN", Field.MembershipStatus)]
    [InlineData("Status Kepesertaan", Field.MembershipStatus)]
    [InlineData("Status", Field.MembershipStatus)]
    public void Register_headers_map_to_fields(string header, Field expected)
    {
        Assert.Equal(expected, HeaderVocabulary.ParticipantRegister.Match(header)?.Field);
    }

    [Theory]
    [InlineData("No Rekening")]
    [InlineData("Nama Ibu Kandung")]
    [InlineData("Nama Kepala Keluarga")]
    [InlineData("Keterangan")]
    [InlineData("Status Perkawinan")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Nomor Rumah")]
    [InlineData("KPJ")]
    [InlineData("Status")]
    public void Unrelated_or_foreign_headers_map_to_nothing_in_a_worker_list(string header)
    {
        Assert.Null(HeaderVocabulary.WorkerList.Match(header));
    }

    [Theory]
    [InlineData("No. KTP", "no ktp")]
    [InlineData("Tempat/Tgl.\r\nLahir", "tempat tgl lahir")]
    [InlineData("NAMA_PESERTA", "nama peserta")]
    [InlineData("[ Desa / Kel. ]", "desa kel")]
    [InlineData("  JENIS   KELAMIN : ", "jenis kelamin")]
    public void Normalizer_folds_punctuation_case_and_spacing(string raw, string expected)
    {
        Assert.Equal(expected, HeaderNormalizer.Normalize(raw));
    }
}
