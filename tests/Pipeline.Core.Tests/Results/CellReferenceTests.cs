using Pipeline.Core.Results;

namespace Pipeline.Core.Tests.Results;

public sealed class CellReferenceTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(8, "H")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(53, "BA")]
    [InlineData(702, "ZZ")]
    [InlineData(703, "AAA")]
    [InlineData(16_384, "XFD")]
    public void Column_numbers_become_excel_letters(int column, string expected) =>
        Assert.Equal(expected, CellReference.Column(column));

    [Theory]
    [InlineData(1, 1, "$A$1:$A$1")]
    [InlineData(3, 8, "$A$1:$H$3")]
    [InlineData(50_001, 30, "$A$1:$AD$50001")]
    public void Filter_ranges_are_absolute(int lastRow, int lastColumn, string expected) =>
        Assert.Equal(expected, CellReference.AbsoluteRange(lastRow, lastColumn));

    [Theory]
    [InlineData("Hasil", "Hasil")]
    [InlineData("Daftar Pekerja", "'Daftar Pekerja'")]
    [InlineData("Data'Lama", "'Data''Lama'")]
    [InlineData("2025", "'2025'")]
    public void Sheet_names_are_quoted_in_defined_names_when_they_must_be(string name, string expected) =>
        Assert.Equal(expected, CellReference.Sheet(name));

    [Fact]
    public void Print_titles_name_whole_rows() => Assert.Equal("$1:$1", CellReference.AbsoluteRows(1, 1));
}
