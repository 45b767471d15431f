using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Validation;

public class RecordNormalizerTests
{
    [Fact]
    public void A_correct_row_is_normalised_completely()
    {
        var record = TestSheet.Normalize(
            (Field.Name, " h. ahmad   siregar "), (Field.Phone, "0812-6543-2109"), (Field.Occupation, "Penderes karet"));

        Assert.Empty(record.Issues);
        Assert.Equal(RecordStatus.New, record.Status);
        Assert.Equal("1223011203800001", record.Nik);
        Assert.Equal("1223010101090001", record.NoKk);
        Assert.Equal("AHMAD SIREGAR", record.Name);
        Assert.Equal("H.", record.NameTitles);
        Assert.Equal("AHMAD SIREGAR", record.NameKey);
        Assert.Equal("Aek Kanopan", record.BirthPlace);
        Assert.Equal(new DateOnly(1980, 3, 12), record.BirthDate);
        Assert.Equal(Sex.L, record.Sex);
        Assert.Equal("122301", record.KecamatanCode);
        Assert.Equal("1223011001", record.DesaCode);
        Assert.Equal("+6281265432109", record.Phone);
        Assert.Equal("pekerja_kebun", record.Occupation);
        Assert.Equal(46, record.Age);
        Assert.Equal(" h. ahmad   siregar ".Trim(), record.Raw[Field.Name]);
    }

    [Fact]
    public void Raw_keeps_every_mapped_cell_as_excel_showed_it()
    {
        var record = TestSheet.Normalize((Field.Nik, 1223011203800000d), (Field.BirthDate, new DateTime(1980, 3, 12)), (Field.Phone, 81265432109d));

        Assert.Equal("1223011203800000", record.Raw[Field.Nik]);
        Assert.Equal("1980-03-12", record.Raw[Field.BirthDate]);
        Assert.Equal("81265432109", record.Raw[Field.Phone]);
        Assert.Equal("Petani", record.Raw[Field.Occupation]);
        Assert.Equal(TestSheet.StandardColumns.Length, record.Raw.Count);
        Assert.Null(record.Nik);
    }

    [Theory]
    [InlineData("1223010304800001", "03/04/1980", "1980-04-03")]
    [InlineData("1223010304800001", "04/03/1980", "1980-04-03")]
    [InlineData("1223010403800001", "03/04/1980", "1980-03-04")]
    [InlineData("1223014304800001", "04-03-80", "1980-04-03")]
    public void The_nik_decides_an_ambiguous_date_without_any_issue(string nik, string date, string expected)
    {
        var sex = nik[6] >= '4' ? "P" : "L";
        var record = TestSheet.Normalize((Field.Nik, nik), (Field.BirthDate, date), (Field.Sex, sex));
        Assert.Empty(record.Issues);
        Assert.Equal(DateOnly.Parse(expected), record.BirthDate);
    }

    [Theory]
    [InlineData("1223010304800001", 1980, 3, 4, "1980-04-03")]
    [InlineData("1223010403800001", 1980, 3, 4, "1980-03-04")]
    public void The_nik_decides_a_date_cell_excel_may_have_converted_under_the_other_locale(string nik, int year, int month, int day, string expected)
    {
        var record = TestSheet.Normalize((Field.Nik, nik), (Field.BirthDate, new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)));
        Assert.Empty(record.Issues);
        Assert.Equal(DateOnly.Parse(expected), record.BirthDate);
    }

    [Fact]
    public void A_mismatched_date_keeps_the_column_and_names_both_values()
    {
        var record = TestSheet.Normalize((Field.BirthDate, "12-03-1981"));
        var issue = Assert.Single(record.Issues);
        Assert.Equal(new DateOnly(1981, 3, 12), record.BirthDate);
        Assert.Contains("12-03-80", issue.Message);
        Assert.Contains("12-03-1981", issue.Message);
        Assert.Equal(Severity.Warning, issue.Severity);
    }

    [Theory]
    [InlineData("1223015203800002", null, Sex.P)]
    [InlineData("1223015203800002", "", Sex.P)]
    [InlineData("1223011203800001", null, Sex.L)]
    [InlineData("1223015203800002", "Wanita", Sex.P)]
    [InlineData("1223015203800002", "Perempuan", Sex.P)]
    public void Sex_comes_from_the_column_or_silently_from_the_nik(string nik, string? sex, Sex expected)
    {
        var record = TestSheet.Normalize((Field.Nik, nik), (Field.Sex, sex));
        Assert.Empty(record.Issues);
        Assert.Equal(expected, record.Sex);
    }

    [Fact]
    public void Unrecognised_sex_takes_the_niks()
    {
        var record = TestSheet.Normalize((Field.Nik, "1223015203800002"), (Field.Sex, "?"));
        Assert.Equal(Sex.P, record.Sex);
        Assert.Equal(["SEX_UNRECOGNISED"], TestSheet.Codes(record));
    }

    [Fact]
    public void Missing_date_is_taken_from_the_nik_with_a_warning()
    {
        var record = TestSheet.Normalize((Field.BirthDate, null));
        Assert.Equal(new DateOnly(1980, 3, 12), record.BirthDate);
        Assert.Equal(RecordStatus.New, record.Status);
        Assert.Contains("12-03-1980", record.Issues.Single().Message);
    }

    [Fact]
    public void Missing_date_with_a_broken_nik_is_an_error_of_its_own()
    {
        var record = TestSheet.Normalize((Field.BirthDate, null), (Field.Nik, "12345"));
        Assert.Equal(["BIRTHDATE_MISSING", "NIK_WRONG_LENGTH"], TestSheet.Codes(record));
        Assert.Equal(RecordStatus.Rejected, record.Status);
    }

    [Theory]
    [InlineData("Aek Kanopan, 12-03-1980", "Aek Kanopan")]
    [InlineData("Aek Kanopan / 12 Maret 1980", "Aek Kanopan")]
    [InlineData("Rantauprapat,12/03/1980", "Rantauprapat")]
    public void A_combined_place_and_date_column_fills_both(string cell, string place)
    {
        var layout = TestSheet.Layout(Field.Nik, Field.Name, Field.BirthPlaceAndDate, Field.Sex);
        var row = new SourceRow(5, ["1223011203800001", "Ahmad", cell, "L"]);
        var record = TestSheet.Normalizer.Normalize(row, layout, new UploadLocation("kualuh-hulu", "aek-kanopan"));

        Assert.Empty(record.Issues);
        Assert.Equal(place, record.BirthPlace);
        Assert.Equal(new DateOnly(1980, 3, 12), record.BirthDate);
        Assert.Equal("1223011001", record.DesaCode);
        Assert.Equal(5, record.SourceRow);
    }

    [Theory]
    [InlineData("kualuh-hulu", "aek-kanopan", "122301", "1223011001")]
    [InlineData("Kualuh Hulu", "Sukarame Baru", "122301", "1223012013")]
    [InlineData("12.23.05", "12.23.05.1001", "122305", "1223051001")]
    [InlineData("122305", "marbau-selatan", "122305", "1223052013")]
    [InlineData(null, "tanjung-leidong", "122302", "1223021001")]
    public void Upload_folders_supply_the_place_when_the_row_has_none(string? kecamatan, string desa, string kecamatanCode, string desaCode)
    {
        var record = TestSheet.Normalizer.Normalize(
            TestSheet.Row(3, (Field.Desa, null), (Field.Kecamatan, "")), TestSheet.StandardLayout, new UploadLocation(kecamatan, desa));

        Assert.Empty(record.Issues);
        Assert.Equal(kecamatanCode, record.KecamatanCode);
        Assert.Equal(desaCode, record.DesaCode);
    }

    [Fact]
    public void The_rows_own_desa_wins_over_the_folder()
    {
        var record = TestSheet.Normalizer.Normalize(
            TestSheet.Row(3, (Field.Desa, "Londut"), (Field.Kecamatan, null)), TestSheet.StandardLayout,
            new UploadLocation("kualuh-hulu", "aek-kanopan"));
        Assert.Equal("1223012006", record.DesaCode);
    }

    [Fact]
    public void An_unknown_row_desa_is_named_and_the_folder_desa_is_used()
    {
        var record = TestSheet.Normalizer.Normalize(
            TestSheet.Row(3, (Field.Desa, "Dusun III")), TestSheet.StandardLayout, new UploadLocation("kualuh-hulu", "aek-kanopan"));
        Assert.Equal(["DESA_UNKNOWN"], TestSheet.Codes(record));
        Assert.Contains("Kecamatan Kualuh Hulu", record.Issues[0].Message);
        Assert.Equal("1223011001", record.DesaCode);
    }

    [Fact]
    public void No_desa_anywhere_is_a_warning()
    {
        var record = TestSheet.Normalize((Field.Desa, null));
        Assert.Equal(["DESA_MISSING"], TestSheet.Codes(record));
        Assert.Equal("122301", record.KecamatanCode);
    }

    [Fact]
    public void A_desa_in_another_kecamatan_than_the_niks_is_not_an_issue()
    {
        var record = TestSheet.Normalize((Field.Kecamatan, "Marbau"), (Field.Desa, "Pulo Bargot"));
        Assert.Empty(record.Issues);
        Assert.Equal("122305", record.KecamatanCode);
    }

    [Theory]
    [InlineData("12-03-1961", 65, RecordStatus.Ineligible, "Umur 65 tahun")]
    [InlineData("26-11-1961", 64, RecordStatus.New, null)]
    [InlineData("25-11-1961", 65, RecordStatus.Ineligible, "Umur 65 tahun")]
    [InlineData("25-11-2011", 15, RecordStatus.New, null)]
    [InlineData("26-11-2011", 14, RecordStatus.Ineligible, "Umur 14 tahun")]
    [InlineData("12-03-1956", 70, RecordStatus.Ineligible, "Umur 70 tahun")]
    public void Age_outside_the_range_makes_the_row_ineligible(string date, int age, RecordStatus status, string? message)
    {
        var parsed = DateOnly.ParseExact(date, "dd-MM-yyyy");
        var nik = $"122301{parsed:ddMMyy}0001";
        var record = TestSheet.Normalize((Field.Nik, nik), (Field.BirthDate, date));

        Assert.Equal(age, record.Age);
        Assert.Equal(status, record.Status);
        if (message is null)
        {
            Assert.Empty(record.Issues);
        }
        else
        {
            Assert.StartsWith(message, record.Issues.Single().Message);
        }
    }

    [Fact]
    public void Errors_win_over_ineligibility()
    {
        var record = TestSheet.Normalize((Field.Nik, "1223011203500001"), (Field.BirthDate, "12-03-1950"), (Field.Name, "1234"));
        Assert.Equal(["AGE_TOO_OLD", "NAME_INVALID"], TestSheet.Codes(record));
        Assert.Equal(RecordStatus.Rejected, record.Status);
    }

    [Fact]
    public void A_row_shorter_than_the_layout_reports_missing_fields()
    {
        var record = TestSheet.Normalizer.Normalize(new SourceRow(9, ["1223011203800001"]), TestSheet.StandardLayout, new UploadLocation("kualuh-hulu", "aek-kanopan"));
        Assert.Equal(["BIRTHDATE_FROM_NIK", "NAME_MISSING"], TestSheet.Codes(record));
        Assert.Equal(RecordStatus.Rejected, record.Status);
    }
}
