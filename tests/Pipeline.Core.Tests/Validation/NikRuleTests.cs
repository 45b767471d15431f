using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class NikRuleTests
{
    private static (string? Nik, string[] Codes) Check(object? cell)
    {
        var issues = new List<Issue>();
        var nik = NikRule.Validate(cell, Gazetteer.LabuhanbatuUtara, issues);
        return (nik, issues.Select(i => i.Code).ToArray());
    }

    [Theory]
    [InlineData("1223011203800001", "1223011203800001")]
    [InlineData("1223 0112 0380 0001", "1223011203800001")]
    [InlineData("1223.0112.0380.0001", "1223011203800001")]
    [InlineData("1223-0112-0380-0001", "1223011203800001")]
    [InlineData("'1223011203800001", "1223011203800001")]
    [InlineData("  1223011203800001  ", "1223011203800001")]
    [InlineData("NIK: 1223011203800001", "1223011203800001")]
    [InlineData("nik.1223 0112 0380 0001", "1223011203800001")]
    [InlineData("No. KTP : 1223011203800001", "1223011203800001")]
    [InlineData("1223085203800010", "1223085203800010")]
    [InlineData("1210016508750003", "1210016508750003")]
    [InlineData("1271014107900002", "1271014107900002")]
    [InlineData("3174012512990001", "3174012512990001")]
    [InlineData("9471020101000001", "9471020101000001")]
    [InlineData("1223017101650001", "1223017101650001")]
    public void Accepts_a_valid_nik_in_any_usual_writing(string cell, string expected)
    {
        var (nik, codes) = Check(cell);
        Assert.Equal(expected, nik);
        Assert.Empty(codes);
    }

    [Theory]
    [InlineData(1223011203800000d)]
    [InlineData(1223011203800010d)]
    [InlineData(1.22301120381E+15)]
    public void Rejects_a_nik_stored_as_an_excel_number(double cell)
    {
        var (nik, codes) = Check(cell);
        Assert.Null(nik);
        Assert.Equal(["NIK_EXCEL_NUMBER"], codes);
    }

    [Theory]
    [InlineData(1223011203800001d, "1223011203800001")]
    [InlineData(1223015507900123d, "1223015507900123")]
    public void Reads_a_whole_16_digit_number_that_Excel_cannot_have_rounded_and_warns(double cell, string expected)
    {
        var (nik, codes) = Check(cell);
        Assert.Equal(expected, nik);
        Assert.Equal(["NIK_STORED_AS_NUMBER"], codes);
    }

    [Theory]
    [InlineData(122301120380001d)]
    [InlineData(1223011203d)]
    public void A_number_of_fewer_digits_is_a_NIK_of_the_wrong_length_not_a_rounded_one(double cell)
    {
        var (nik, codes) = Check(cell);
        Assert.Null(nik);
        Assert.Equal(["NIK_WRONG_LENGTH"], codes);
    }

    [Theory]
    [InlineData(9223011203800001d)]
    [InlineData(1223011203800001.5d)]
    [InlineData(-1223011203800001d)]
    public void A_number_beyond_exact_doubles_or_not_whole_is_still_a_rounded_one(double cell)
    {
        var (nik, codes) = Check(cell);
        Assert.Null(nik);
        Assert.Equal(["NIK_EXCEL_NUMBER"], codes);
    }

    [Theory]
    [InlineData("1.22301E+15")]
    [InlineData("1,22301E+15")]
    [InlineData("1.22301120380E+15")]
    [InlineData("1,22301e+15")]
    [InlineData("1.22301E15")]
    public void Rejects_scientific_notation_text(string cell)
    {
        var (nik, codes) = Check(cell);
        Assert.Null(nik);
        Assert.Equal(["NIK_EXCEL_NUMBER"], codes);
    }

    [Fact]
    public void Excel_number_message_tells_the_official_to_use_a_text_column()
    {
        var issues = new List<Issue>();
        NikRule.Validate(1223011203800000d, Gazetteer.LabuhanbatuUtara, issues);
        Assert.Contains("Teks", issues.Single().Message);
        Assert.Contains("1223011203800000", issues.Single().Message);
    }

    [Theory]
    [InlineData("122301120380001", "NIK_WRONG_LENGTH")]
    [InlineData("12230112038000011", "NIK_WRONG_LENGTH")]
    [InlineData("1223", "NIK_WRONG_LENGTH")]
    [InlineData("12230112038O0001", "NIK_NOT_NUMERIC")]
    [InlineData("KTP hilang", "NIK_NOT_NUMERIC")]
    [InlineData("NIK: 12230112038", "NIK_WRONG_LENGTH")]
    [InlineData("NIK: belum ada", "NIK_NOT_NUMERIC")]
    [InlineData("1223011203800001/2", "NIK_NOT_NUMERIC")]
    [InlineData("0023011203800001", "NIK_BAD_PROVINCE")]
    [InlineData("2023011203800001", "NIK_BAD_PROVINCE")]
    [InlineData("9323011203800001", "NIK_BAD_PROVINCE")]
    [InlineData("1223010003800001", "NIK_BAD_BIRTH_DIGITS")]
    [InlineData("1223011213800001", "NIK_BAD_BIRTH_DIGITS")]
    [InlineData("1223013202800001", "NIK_BAD_BIRTH_DIGITS")]
    [InlineData("1223017202800001", "NIK_BAD_BIRTH_DIGITS")]
    [InlineData("1223014003800001", "NIK_BAD_BIRTH_DIGITS")]
    [InlineData("1223011203800000", "NIK_ZERO_SERIAL")]
    [InlineData("", "NIK_MISSING")]
    [InlineData("-", "NIK_MISSING")]
    [InlineData(null, "NIK_MISSING")]
    public void Rejects_a_malformed_nik_with_one_specific_error(string? cell, string expected)
    {
        var (nik, codes) = Check(cell);
        Assert.Null(nik);
        Assert.Equal([expected], codes);
    }

    [Theory]
    [InlineData("1223091203800001", "122309")]
    [InlineData("1223001203800001", "122300")]
    [InlineData("1223991203800001", "122399")]
    public void Warns_about_an_unknown_labuhanbatu_utara_kecamatan_but_keeps_the_nik(string cell, string code)
    {
        var issues = new List<Issue>();
        var nik = NikRule.Validate(cell, Gazetteer.LabuhanbatuUtara, issues);
        Assert.Equal(cell, nik);
        var issue = Assert.Single(issues);
        Assert.Equal("NIK_UNKNOWN_KECAMATAN", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Contains(code, issue.Message);
    }

    [Fact]
    public void Wrong_length_message_counts_the_digits()
    {
        var issues = new List<Issue>();
        NikRule.Validate("1223 0112 0380 001", Gazetteer.LabuhanbatuUtara, issues);
        Assert.Contains("15 digit", issues.Single().Message);
    }
}
