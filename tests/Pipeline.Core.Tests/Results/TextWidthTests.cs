using Pipeline.Core.Results;

namespace Pipeline.Core.Tests.Results;

public sealed class TextWidthTests
{
    [Theory]
    [InlineData("1223011203800001", 16)]
    [InlineData("", 0)]
    public void Digits_are_one_unit_each(string text, double expected) => Assert.Equal(expected, TextWidth.Of(text), 3);

    [Fact]
    public void Narrow_letters_are_narrower_than_wide_ones_and_other_scripts_count_as_a_digit()
    {
        Assert.True(TextWidth.Of("iiii") < TextWidth.Of("mmmm") / 2);
        Assert.True(TextWidth.Of("SITI AMINAH") > TextWidth.Of("Siti Aminah"));
        Assert.Equal(3, TextWidth.Of("محم"), 3);
    }

    [Theory]
    [InlineData("OK", 10, 1)]
    [InlineData("", 10, 1)]
    [InlineData("baris satu\nbaris dua", 40, 2)]
    [InlineData("aaaa aaaa aaaa aaaa", 8, 4)]      // a word is 3.8 units; two and a space (8.0) do not fit in 7.3
    [InlineData("aaaa aaaa aaaa aaaa", 9, 2)]
    [InlineData("aaaa aaaa aaaa aaaa", 21, 1)]
    [InlineData("1223011203800001122301120380000112230112038000011223011203800001", 17.7, 4)] // one long word is broken
    public void Wrapped_text_takes_the_lines_a_spreadsheet_gives_it(string text, double columnWidth, int lines) =>
        Assert.Equal(lines, TextWidth.Lines(text, columnWidth));

    [Fact]
    public void The_longest_word_and_line_are_measured_apart()
    {
        Assert.Equal(TextWidth.Of("Kependudukan"), TextWidth.OfLongestWord("Nomor Induk Kependudukan"), 3);
        Assert.Equal(TextWidth.Of("Nomor Induk"), TextWidth.OfLongestLine("NIK\nNomor Induk"), 3);
    }
}
