using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

public class SexParserTests
{
    [Theory]
    [InlineData("L", Sex.L)]
    [InlineData("l", Sex.L)]
    [InlineData(" L ", Sex.L)]
    [InlineData("LK", Sex.L)]
    [InlineData("Lk.", Sex.L)]
    [InlineData("Laki-laki", Sex.L)]
    [InlineData("LAKI-LAKI", Sex.L)]
    [InlineData("Laki Laki", Sex.L)]
    
    [InlineData("Lelaki", Sex.L)]
    [InlineData("Pria", Sex.L)]
    [InlineData("M", Sex.L)]
    [InlineData("Male", Sex.L)]
    [InlineData("1", Sex.L)]
    [InlineData(1d, Sex.L)]
    [InlineData("P", Sex.P)]
    [InlineData("p", Sex.P)]
    [InlineData("PR", Sex.P)]
    [InlineData("Pr.", Sex.P)]
    [InlineData("Perempuan", Sex.P)]
    [InlineData("PEREMPUAN", Sex.P)]
    [InlineData("Wanita", Sex.P)]
    [InlineData("F", Sex.P)]
    [InlineData("Female", Sex.P)]
    [InlineData("2", Sex.P)]
    [InlineData(2d, Sex.P)]
    public void Recognises_the_usual_writings(object cell, Sex expected)
    {
        Assert.Equal(expected, SexParser.Parse(cell, out var isEmpty));
        Assert.False(isEmpty);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("Laki/Perempuan")]
    [InlineData("3")]
    [InlineData("Ibu")]
    public void Returns_null_for_unrecognised_text(string cell)
    {
        Assert.Null(SexParser.Parse(cell, out var isEmpty));
        Assert.False(isEmpty);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-")]
    public void Reports_empty_cells(string? cell)
    {
        Assert.Null(SexParser.Parse(cell, out var isEmpty));
        Assert.True(isEmpty);
    }
}
