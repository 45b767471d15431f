using Pipeline.Core.Reading.Xlsx;

namespace Pipeline.Core.Tests.Reading;

public sealed class XlsxDateStyleTests
{
    [Theory]
    [InlineData("dd/mm/yyyy", true)]
    [InlineData("d-mmm-yy", true)]
    [InlineData("[$-421]dd mmmm yyyy;@", true)]
    [InlineData("[h]:mm:ss", true)]
    [InlineData("h:mm AM/PM", true)]
    [InlineData("General", false)]
    [InlineData("0", false)]
    [InlineData("0.00E+00", false)]
    [InlineData("#,##0 \"orang\"", false)]
    [InlineData("[Red]#,##0;[Blue]-#,##0", false)]
    [InlineData("@", false)]
    [InlineData("\"Rp\" #,##0", false)]
    public void Number_format_is_a_date_when_it_shows_days_years_hours_or_seconds(string format, bool isDate) =>
        Assert.Equal(isDate, XlsxDateStyles.IsDateFormat(format));

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("XFD1048576", 16383)]
    [InlineData("", null)]
    [InlineData("1", null)]
    [InlineData("ABCD1", null)]
    public void Cell_reference_gives_its_column(string reference, int? column) =>
        Assert.Equal(column, XlsxSheetRows.ColumnIndex(reference));
}
