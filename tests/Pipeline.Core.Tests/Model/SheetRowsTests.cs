using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Model;

public sealed class SheetRowsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 1_048_576)]
    [InlineData(1, 1)]
    [InlineData(3, 250)]
    [InlineData(8, 1_048_576)]
    public void A_combined_number_gives_back_its_sheet_and_row_and_pads_to_seven_digits(int sheet, int row)
    {
        var number = SheetRows.Combine(sheet, row);

        Assert.Equal((sheet, row), (SheetRows.SheetOf(number), SheetRows.RowOf(number)));
        Assert.Equal(7, RecordId.PadRow(number).Length);
    }

    [Fact]
    public void Rows_of_later_sheets_sort_after_every_row_of_earlier_ones_as_record_ids()
    {
        var ids = new[] { SheetRows.Combine(1, 2), SheetRows.Combine(0, 1_048_576), SheetRows.Combine(2, 1), SheetRows.Combine(1, 1) }
            .Select(n => new RecordId("u", n).ToString()).ToList();

        Assert.Equal(ids.OrderBy(i => SheetRows.SheetOf(RecordId.Parse(i).SourceRow)).ThenBy(i => SheetRows.RowOf(RecordId.Parse(i).SourceRow)), ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(12, "12")]
    [InlineData(1_048_576 * 2 + 12, "12 lembar ke-3")]
    public void A_row_is_told_with_its_sheet_only_beyond_the_first(int number, string label) =>
        Assert.Equal(label, SheetRows.Label(number));

    [Fact]
    public void A_sheet_past_the_ninth_cannot_be_numbered()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SheetRows.Combine(9, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SheetRows.Combine(0, 1_048_577));
    }
}
