using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class BirthDateParserTests
{
    [Theory]
    [InlineData("12-03-1980", "1980-03-12")]
    [InlineData("12/03/1980", "1980-03-12")]
    [InlineData("12.03.1980", "1980-03-12")]
    [InlineData("12 - 03 - 1980", "1980-03-12")]
    [InlineData("1-3-1980", "1980-03-01")]
    [InlineData("25/12/1975", "1975-12-25")]
    [InlineData("3/25/1980", "1980-03-25")]
    [InlineData("12-3-80", "1980-03-12")]
    [InlineData("5/6/05", "2005-06-05")]
    [InlineData("1-1-26", "2026-01-01")]
    [InlineData("1-1-27", "1927-01-01")]
    [InlineData("1980-03-12", "1980-03-12")]
    [InlineData("1980/3/12", "1980-03-12")]
    [InlineData("1980-03-12T00:00:00", "1980-03-12")]
    [InlineData("12/03/1980 00:00:00", "1980-03-12")]
    [InlineData("12 Maret 1980", "1980-03-12")]
    [InlineData("12 MARET 1980", "1980-03-12")]
    [InlineData("12-Mar-1980", "1980-03-12")]
    [InlineData("12 Mar 80", "1980-03-12")]
    [InlineData("1 Januari 1970", "1970-01-01")]
    [InlineData("14 Pebruari 1966", "1966-02-14")]
    [InlineData("14 Februari 1966", "1966-02-14")]
    [InlineData("14-Feb-1966", "1966-02-14")]
    [InlineData("14 Peb 1966", "1966-02-14")]
    [InlineData("9 April 1990", "1990-04-09")]
    [InlineData("9 Apr 1990", "1990-04-09")]
    [InlineData("21 Mei 1985", "1985-05-21")]
    [InlineData("21 May 1985", "1985-05-21")]
    [InlineData("30 Juni 1977", "1977-06-30")]
    [InlineData("30 Jun 1977", "1977-06-30")]
    [InlineData("17 Juli 1982", "1982-07-17")]
    [InlineData("17 Agustus 1945", "1945-08-17")]
    [InlineData("17 Agt 1971", "1971-08-17")]
    [InlineData("17 Ags 1971", "1971-08-17")]
    [InlineData("17 Agu 1971", "1971-08-17")]
    [InlineData("17-Aug-1971", "1971-08-17")]
    [InlineData("2 September 1988", "1988-09-02")]
    [InlineData("2 Sept 1988", "1988-09-02")]
    [InlineData("2 Sep 1988", "1988-09-02")]
    [InlineData("28 Oktober 1928", "1928-10-28")]
    [InlineData("28 Okt 1978", "1978-10-28")]
    [InlineData("28-Oct-1978", "1978-10-28")]
    [InlineData("10 Nopember 1960", "1960-11-10")]
    [InlineData("10 November 1960", "1960-11-10")]
    [InlineData("10 Nop 1960", "1960-11-10")]
    [InlineData("10 Nov 1960", "1960-11-10")]
    [InlineData("25 Desember 1999", "1999-12-25")]
    [InlineData("25 Des 1999", "1999-12-25")]
    [InlineData("25-Dec-1999", "1999-12-25")]
    [InlineData("12 Maret, 1980", "1980-03-12")]
    [InlineData("29-02-1984", "1984-02-29")]
    [InlineData("29221", "1980-01-01")]
    [InlineData("29221.0", "1980-01-01")]
    [InlineData("12031980", "1980-03-12")]
    [InlineData("19800312", "1980-03-12")]
    public void Reads_text_dates(string text, string expected)
    {
        Assert.True(BirthDateParser.TryParse(text, TestSheet.Reference, out var parsed));
        Assert.Equal(DateOnly.Parse(expected), parsed.Date);
    }

    [Theory]
    [InlineData(29221d, "1980-01-01")]
    [InlineData(61d, "1900-03-01")]
    [InlineData(36526d, "2000-01-01")]
    [InlineData(12031980d, "1980-03-12")]
    [InlineData(1031980d, "1980-03-01")]
    public void Reads_excel_serials_and_digit_runs_from_numeric_cells(double cell, string expected)
    {
        Assert.True(BirthDateParser.TryParse(cell, TestSheet.Reference, out var parsed));
        Assert.Equal(DateOnly.Parse(expected), parsed.Date);
    }

    [Theory]
    [InlineData(1980, 3, 13, null)]
    [InlineData(1980, 3, 12, "1980-12-03")]
    [InlineData(1975, 5, 5, null)]
    [InlineData(1990, 1, 2, "1990-02-01")]
    public void Reads_real_date_cells_keeping_the_locale_swapped_reading(int year, int month, int day, string? alternative)
    {
        Assert.True(BirthDateParser.TryParse(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), TestSheet.Reference, out var parsed));
        Assert.Equal(new DateOnly(year, month, day), parsed.Date);
        Assert.Equal(alternative is null ? null : DateOnly.Parse(alternative), parsed.Alternative);
    }

    [Theory]
    [InlineData("03/04/1980", "1980-04-03", "1980-03-04")]
    [InlineData("1-2-1990", "1990-02-01", "1990-01-02")]
    [InlineData("12.11.75", "1975-11-12", "1975-12-11")]
    public void Keeps_the_other_reading_of_an_ambiguous_date(string text, string primary, string alternative)
    {
        Assert.True(BirthDateParser.TryParse(text, TestSheet.Reference, out var parsed));
        Assert.Equal(DateOnly.Parse(primary), parsed.Date);
        Assert.Equal(DateOnly.Parse(alternative), parsed.Alternative);
    }

    [Theory]
    [InlineData("13-03-1980")]
    [InlineData("05-05-1980")]
    [InlineData("12 Maret 1980")]
    public void Unambiguous_dates_have_no_alternative(string text)
    {
        Assert.True(BirthDateParser.TryParse(text, TestSheet.Reference, out var parsed));
        Assert.Null(parsed.Alternative);
    }

    [Theory]
    [InlineData("1980")]
    [InlineData("tidak tahu")]
    [InlineData("30-02-1980")]
    [InlineData("31 Juni 1980")]
    [InlineData("13-13-1980")]
    [InlineData("12 Maretan 1980")]
    [InlineData("12-03")]
    [InlineData("12-03-198")]
    [InlineData("1/1/1/1980")]
    [InlineData("29-02-1983")]
    public void Refuses_text_that_is_not_a_date(string text) =>
        Assert.False(BirthDateParser.TryParse(text, TestSheet.Reference, out _));

    [Theory]
    [InlineData(1980d)]
    [InlineData(12.5d)]
    [InlineData(0d)]
    [InlineData(-5d)]
    public void Refuses_numbers_that_are_not_dates(double cell) =>
        Assert.False(BirthDateParser.TryParse(cell, TestSheet.Reference, out _));
}
