using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class RowClassifierTests
{
    public static TheoryData<object?[], bool> NumberingRows => new()
    {
        { [1d, 2d, 3d, 4d, 5d], true },
        { ["1", "2", "3"], true },
        { ["(1)", "(2)", "(3)", "(4)"], true },
        { [null, 1d, 2d, 3d, null], true },
        { [1d, 2d], false },
        { [1d, 2d, 4d], false },
        { [2d, 3d, 4d], false },
        { [1d, "1223010101800001", "Sri"], false },
        { [1d, 2d, 3d, new DateTime(1980, 1, 1)], false },
    };

    [Theory]
    [MemberData(nameof(NumberingRows))]
    public void Column_numbering_row_is_recognised(object?[] cells, bool expected)
    {
        Assert.Equal(expected, RowClassifier.IsColumnNumbering(cells));
    }

    [Theory]
    [InlineData("Mengetahui,", true)]
    [InlineData("MENGETAHUI :", true)]
    [InlineData("Kepala Desa Sukarame", true)]
    [InlineData("KEPALA KELURAHAN AEK KANOPAN", true)]
    [InlineData("Pj. Kepala Desa", true)]
    [InlineData("a.n. Kepala Desa", true)]
    [InlineData("Sekretaris Desa", true)]
    [InlineData("Aek Kanopan, 12 November 2025", true)]
    [InlineData("Pulo Jantan,  3 Oktober 2025", true)]
    [InlineData("Damuli Pekan, 03-10-2025", true)]
    [InlineData("Aek Kanopan, 03/10/2025", true)]
    [InlineData("( H. MUHAMMAD SALEH SIREGAR )", true)]
    [InlineData("(.............................)", true)]
    [InlineData("NIP. 19700101 199003 1 001", true)]
    [InlineData("Jumlah: 20 orang", true)]
    [InlineData("Total", true)]
    [InlineData("Siti Aminah Harahap", false)]
    [InlineData("Mhd. Jafar Nasution", false)]
    [InlineData("Hj. Nurjannah, S.Pd", false)]
    [InlineData("Aek Kanopan, 12-03-1980 dan lain", false)]
    [InlineData("Jumadi", false)]
    [InlineData("Totalia Sinaga", false)]
    [InlineData("Camatia", false)]
    [InlineData("", false)]
    public void Footer_text_is_recognised(string text, bool expected)
    {
        Assert.Equal(expected, RowClassifier.LooksLikeFooter(text));
    }

    [Fact]
    public void Non_text_cells_are_never_footers()
    {
        Assert.False(RowClassifier.LooksLikeFooter(2025d));
        Assert.False(RowClassifier.LooksLikeFooter(new DateTime(2025, 11, 12)));
        Assert.False(RowClassifier.LooksLikeFooter(null));
    }
}
