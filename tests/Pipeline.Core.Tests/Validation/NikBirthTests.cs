using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class NikBirthTests
{
    [Theory]
    [InlineData("1223011203800001", 12, 3, 80, Sex.L)]
    [InlineData("1223015203800001", 12, 3, 80, Sex.P)]
    [InlineData("1223014101000001", 1, 1, 0, Sex.P)]
    [InlineData("1223013112990001", 31, 12, 99, Sex.L)]
    [InlineData("1223016902960001", 29, 2, 96, Sex.P)]
    public void Reads_day_month_year_and_sex(string nik, int day, int month, int year, Sex sex) =>
        Assert.Equal(new NikBirth(day, month, year, sex), NikBirth.FromNik(nik));

    [Theory]
    [InlineData(80, 3, 12, "1980-03-12")]
    [InlineData(10, 5, 1, "2010-05-01")]
    [InlineData(26, 11, 25, "2026-11-25")]
    [InlineData(26, 11, 26, "1926-11-26")]
    [InlineData(27, 1, 1, "1927-01-01")]
    [InlineData(0, 1, 1, "2000-01-01")]
    public void Pivots_the_century_so_the_age_is_under_100(int year, int month, int day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), new NikBirth(day, month, year, Sex.L).ResolveWithPivot(TestSheet.Reference));
}
