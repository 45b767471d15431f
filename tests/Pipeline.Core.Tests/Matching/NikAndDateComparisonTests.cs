using Pipeline.Core.Matching;

namespace Pipeline.Core.Tests.Matching;

public class NikAndDateComparisonTests
{
    [Theory]
    [InlineData("1223010101800001", "1223010101800001", false, NikAgreement.Exact)]
    [InlineData("1223010101800001", "1223010110800001", false, NikAgreement.Transposed)]
    [InlineData("1223010101800001", "2123010101800001", false, NikAgreement.Transposed)]
    [InlineData("1223010101800001", "1223010101900001", false, NikAgreement.OneDigitDate)]
    [InlineData("1223010101800001", "1223010101900001", true, NikAgreement.OneDigitDateExplained)]
    [InlineData("1223012410920003", "1223016410920003", false, NikAgreement.OneDigitDateExplained)]
    [InlineData("1223012410920003", "1223013410920003", false, NikAgreement.OneDigitDate)]
    [InlineData("1223010101800001", "1223020101800001", false, NikAgreement.OneDigitRegion)]
    [InlineData("1223010101800001", "1223010101800002", false, NikAgreement.OneDigitSerial)]
    [InlineData("1223010101800001", "1223010101800012", false, NikAgreement.Different)]
    [InlineData("1223010101800001", "1223085507920003", false, NikAgreement.Different)]
    [InlineData("1223010101800001", "122301010180001", false, NikAgreement.Different)]
    public void Nik_levels(string a, string b, bool birthDatesDiffer, NikAgreement expected) =>
        Assert.Equal(expected, NikComparison.Compare(a, b, birthDatesDiffer));

    [Theory]
    [InlineData("1980-03-12", "1980-03-12", DateAgreement.Exact)]
    [InlineData("1980-03-12", "1980-12-03", DateAgreement.DayMonthSwapped)]
    [InlineData("1980-03-12", "1980-03-13", DateAgreement.OneDigit)]
    [InlineData("1980-03-12", "1981-03-12", DateAgreement.OneDigit)]
    [InlineData("1980-03-12", "1990-03-12", DateAgreement.OneDigit)]
    [InlineData("1980-03-12", "1980-07-25", DateAgreement.SameYear)]
    [InlineData("1980-03-12", "1975-08-30", DateAgreement.Different)]
    [InlineData("1980-03-12", "1979-12-31", DateAgreement.Different)]
    public void Birth_date_levels(string a, string b, DateAgreement expected) =>
        Assert.Equal(expected, BirthDateComparison.Compare(DateOnly.Parse(a), DateOnly.Parse(b)));
}
