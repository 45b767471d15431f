using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Fixtures/village-list.xls is <see cref="VillageWorkbook.Typical"/> (with an empty first sheet) saved by
/// LibreOffice as Excel 97-2003, committed because CI has no LibreOffice. Fixtures/password-rahasia.xls is the
/// same workbook saved with the password "rahasia" (RC4 encryption).
/// </summary>
public sealed class XlsFixtureTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "village-list.xls");

    [Theory]
    [InlineData("village-list.xls", false)]
    [InlineData("village-list.xls", true)]
    [InlineData("renamed.csv", false)]
    public void Legacy_xls_reads_like_the_xlsx_it_came_from(string uploadedName, bool nonSeekable)
    {
        Stream content = File.OpenRead(FixturePath);
        if (nonSeekable)
        {
            content = new NonSeekableStream(content);
        }

        using (content)
        using (var sheet = SpreadsheetReader.Open(content, uploadedName, HeaderVocabulary.WorkerList))
        {
            var rows = sheet.Rows.ToDictionary(r => r.RowNumber);
            var layout = sheet.Layout;

            Assert.Equal("Data", layout.SheetName);
            Assert.Equal(4, layout.HeaderRow);
            Assert.Equal([6, 7, 9, 11], rows.Keys);
            Assert.Equal("1223014506800001", rows[6].Get(layout, Field.Nik));
            Assert.Equal(new DateTime(1980, 6, 5), rows[6].Get(layout, Field.BirthDate));
            Assert.IsType<double>(rows[7].Get(layout, Field.Nik));
            Assert.Equal(2d, rows[7].Get(layout, Field.RowNumber));
            Assert.Equal("Hj. Rosmawati Lubis", rows[11].Get(layout, Field.Name));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Password_protected_xls_is_rejected_as_such(bool nonSeekable)
    {
        Stream content = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "password-rahasia.xls"));
        if (nonSeekable)
        {
            content = new NonSeekableStream(content);
        }

        using (content)
        {
            var rejection = Assert.Throws<FileRejectedException>(() =>
                SpreadsheetReader.Open(content, "data.xls", HeaderVocabulary.WorkerList));

            Assert.Equal(IssueCatalog.FilePasswordProtected, rejection.Problem);
        }
    }
}
