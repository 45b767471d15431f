using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Validation;

/// <summary>A whole village list, one known mistake per row, as officials actually make them.</summary>
public class VillageListTests
{
    public static TheoryData<string, (Field, object?)[], string[]> Rows => new()
    {
        { "correct row", [], [] },
        { "NIK typed into a numeric cell", [(Field.Nik, 1223011203800000d)], ["NIK_EXCEL_NUMBER"] },
        { "NIK pasted as scientific text", [(Field.Nik, "1,22301E+15")], ["NIK_EXCEL_NUMBER"] },
        { "NIK one digit short", [(Field.Nik, "122301120380001")], ["NIK_WRONG_LENGTH"] },
        { "NIK with letter O for zero", [(Field.Nik, "12230112O3800001")], ["NIK_NOT_NUMERIC"] },
        { "NIK ending 0000", [(Field.Nik, "1223011203800000")], ["NIK_ZERO_SERIAL"] },
        { "NIK with impossible province", [(Field.Nik, "2023011203800001")], ["NIK_BAD_PROVINCE"] },
        { "NIK with unknown Labura kecamatan", [(Field.Nik, "1223091203800001")], ["NIK_UNKNOWN_KECAMATAN"] },
        { "NIK missing", [(Field.Nik, null)], ["NIK_MISSING"] },
        { "name missing", [(Field.Name, "  ")], ["NAME_MISSING"] },
        { "name with digits", [(Field.Name, "Ahmad Siregar 2")], ["NAME_INVALID"] },
        { "impossible date", [(Field.BirthDate, "30-02-1980")], ["BIRTHDATE_UNREADABLE"] },
        { "date in the future", [(Field.BirthDate, "12-03-2030")], ["BIRTHDATE_IN_FUTURE"] },
        { "date before 1900", [(Field.BirthDate, "12-03-1880")], ["BIRTHDATE_TOO_OLD"] },
        { "date differs from NIK", [(Field.BirthDate, "12-03-1981")], ["NIK_BIRTHDATE_MISMATCH"] },
        { "date missing, NIK supplies it", [(Field.BirthDate, "")], ["BIRTHDATE_FROM_NIK"] },
        { "sex differs from NIK", [(Field.Sex, "P")], ["NIK_SEX_MISMATCH"] },
        { "sex unreadable", [(Field.Sex, "X")], ["SEX_UNRECOGNISED"] },
        { "unknown desa", [(Field.Desa, "Desa Antah Berantah")], ["DESA_UNKNOWN"] },
        { "unknown kecamatan", [(Field.Kecamatan, "Medan Kota")], ["KECAMATAN_UNKNOWN"] },
        { "phone too short", [(Field.Phone, "0812")], ["PHONE_INVALID"] },
        { "KK too short", [(Field.NoKk, "12230101")], ["KK_MALFORMED"] },
        { "too old", [(Field.Nik, "1223011203500001"), (Field.BirthDate, "12-03-1950")], ["AGE_TOO_OLD"] },
        { "too young", [(Field.Nik, "1223011203150001"), (Field.BirthDate, "12/03/2015")], ["AGE_TOO_YOUNG"] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_village_list_with_typical_mistakes_comes_back_with_every_mistake_named_once(
        string mistake, (Field, object?)[] overrides, string[] expectedCodes)
    {
        var record = TestSheet.Normalize(overrides);
        Assert.True(expectedCodes.Order().SequenceEqual(TestSheet.Codes(record)),
            $"{mistake}: expected [{string.Join(", ", expectedCodes)}] got [{string.Join(", ", TestSheet.Codes(record))}]");
        Assert.All(record.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Message)));
    }
}
