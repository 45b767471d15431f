using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Model;

public sealed class RecordIdTests
{
    [Theory]
    [InlineData("kualuh-hulu~2Faek-kanopan~2Fdaftar.xlsx", 4, "kualuh-hulu~2Faek-kanopan~2Fdaftar.xlsx:0000004")]
    [InlineData("C:berkas", 1048576, "C:berkas:1048576")]
    [InlineData("u", 0, "u:0000000")]
    public void Formats_with_seven_row_digits_and_parses_back_even_when_the_key_holds_a_colon(string key, int row, string text)
    {
        var id = new RecordId(key, row);

        Assert.Equal(text, id.ToString());
        Assert.Equal(id, RecordId.Parse(text));
        Assert.Equal(text[^7..], id.PaddedRow);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no-separator")]
    [InlineData("key:")]
    [InlineData("key:12a")]
    [InlineData("key:-5")]
    public void Rejects_text_that_is_not_an_id(string text)
    {
        Assert.False(RecordId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => RecordId.Parse(text));
    }

    [Fact]
    public void Sorts_by_upload_then_sheet_row_not_by_text()
    {
        var ids = new[] { new RecordId("b", 2), new RecordId("a", 10), new RecordId("a", 9) };

        Assert.Equal([new RecordId("a", 9), new RecordId("a", 10), new RecordId("b", 2)], ids.Order());
    }
}
