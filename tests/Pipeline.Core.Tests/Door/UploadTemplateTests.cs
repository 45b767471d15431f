using ClosedXML.Excel;
using Pipeline.Core.Door;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Door;

/// <summary>The "Templat daftar": what an official downloads, fills in Excel and sends back must read cleanly.</summary>
public sealed class UploadTemplateTests
{
    [Fact]
    public void The_template_has_the_list_the_instructions_and_an_example_with_nik_and_phone_as_text()
    {
        using var workbook = new XLWorkbook(Template());

        Assert.Equal([UploadTemplate.ListSheet, UploadTemplate.InstructionsSheet, UploadTemplate.ExampleSheet], workbook.Worksheets.Select(w => w.Name));
        var list = workbook.Worksheet(UploadTemplate.ListSheet);
        Assert.Contains("AEK KANOPAN", list.Cell(1, 1).GetString());
        Assert.Equal(UploadTemplate.Columns, Enumerable.Range(1, UploadTemplate.Columns.Count).Select(c => list.Cell(UploadTemplate.HeaderRow, c).GetString()));
        foreach (var name in new[] { "NIK", "No KK", "No HP" })
        {
            var column = UploadTemplate.Columns.ToList().IndexOf(name) + 1;
            Assert.Equal("@", list.Column(column).Style.NumberFormat.Format);
            Assert.Equal("@", list.Cell(UploadTemplate.HeaderRow + 1, column).Style.NumberFormat.Format);
        }

        Assert.Contains(workbook.Worksheet(UploadTemplate.InstructionsSheet).CellsUsed(), c => c.GetString().Contains("15 tahun sampai di bawah 65 tahun", StringComparison.Ordinal));
        var example = workbook.Worksheet(UploadTemplate.ExampleSheet);
        Assert.Equal(UploadTemplate.Columns, Enumerable.Range(1, UploadTemplate.Columns.Count).Select(r => example.Cell(UploadTemplate.HeaderRow + r, 1).GetString()));
        Assert.Equal("1223011203800001", example.Cell(UploadTemplate.HeaderRow + 2, 2).GetString());
        Assert.Equal(XLDataType.Text, example.Cell(UploadTemplate.HeaderRow + 2, 2).DataType);
    }

    [Fact]
    public void The_empty_template_is_a_file_without_rows_not_a_list_of_the_example()
    {
        // Sent back unfilled, it holds no person: the example (written down its sheet) is never read as a list.
        var rejection = Assert.Throws<FileRejectedException>(() => SpreadsheetReader.Open(Template(), "templat.xlsx", HeaderVocabulary.WorkerList));

        Assert.Equal(IssueCatalog.FileNoRows.Code, rejection.Problem.Code);
    }

    [Fact]
    public void A_filled_template_reads_its_list_sheet_with_every_column_and_no_notice_about_the_example()
    {
        var filled = new MemoryStream();
        using (var workbook = new XLWorkbook(Template()))
        {
            var list = workbook.Worksheet(UploadTemplate.ListSheet);
            object[] row = [1, "1223014506800001", "SITI AISYAH", "Aek Kanopan", new DateTime(1980, 6, 5), "P", "1223010101800002", "Dusun II", "081234567891", "Petani"];
            for (var c = 0; c < row.Length; c++)
            {
                var cell = list.Cell(UploadTemplate.HeaderRow + 1, c + 1);
                if (row[c] is string text)
                {
                    cell.SetValue(text);
                    cell.DataType = XLDataType.Text;
                }
                else if (row[c] is int number)
                {
                    cell.SetValue(number);
                }
                else
                {
                    cell.SetValue((DateTime)row[c]);
                }
            }

            workbook.SaveAs(filled);
        }

        filled.Position = 0;
        using var sheet = SpreadsheetReader.Open(filled, "templat.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal(UploadTemplate.ListSheet, sheet.Layout.SheetName);
        Assert.Equal(UploadTemplate.HeaderRow, sheet.Layout.HeaderRow);
        Assert.All(new[] { Field.RowNumber, Field.Nik, Field.Name, Field.BirthPlace, Field.BirthDate, Field.Sex, Field.NoKk, Field.Address, Field.Phone, Field.Occupation },
            f => Assert.True(sheet.Layout.Has(f), f.ToString()));
        Assert.Single(sheet.Rows);
        Assert.Empty(sheet.Notices);
    }

    private static MemoryStream Template()
    {
        var stream = new MemoryStream();
        UploadTemplate.Write(stream, "Aek Kanopan", "Kualuh Hulu", new ValidationOptions());
        stream.Position = 0;
        return stream;
    }
}
