using System.Text;
using ClosedXML.Excel;
using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

/// <summary>The BPJS list's columns come from a template; cells are text and never formulas.</summary>
public class ExportTemplateTests
{
    private static readonly ExportPerson Sri = new(
        "P1", "1223016507900002", "SRI WAHYUNI HARAHAP", "Aek Kanopan", new DateOnly(1990, 7, 25), Sex.P, "Jl. Sudirman No. 5",
        "1223011001", "Aek Kanopan", "122301", "Kualuh Hulu", "+6281298765432", "Petani Karet", null, 35);

    [Fact]
    public void The_default_template_has_the_columns_the_branch_asks_for()
    {
        var template = ExportTemplate.Default;

        Assert.Equal(["NIK", "NAMA", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN", "ALAMAT", "DESA/KELURAHAN", "KECAMATAN", "NO HP", "PEKERJAAN", "PROGRAM", "PERIODE"], template.Headers);
        Assert.Equal(
            ["1223016507900002", "SRI WAHYUNI HARAHAP", "Aek Kanopan", "25-07-1990", "P", "Jl. Sudirman No. 5", "Aek Kanopan", "Kualuh Hulu", "081298765432", "Petani Karet", "JKK+JKM", "11-2025"],
            template.Cells(Sri, new DateOnly(2025, 11, 6)));
    }

    [Fact]
    public void A_branch_template_replaces_headers_order_formats_and_constants_without_code()
    {
        var json = """
            { "sheet": "Kolektif", "fileName": "kolektif", "columns": [
              { "header": "NAMA LENGKAP", "source": "name" },
              { "header": "NIK KTP", "source": "nik" },
              { "header": "TGL LAHIR", "source": "birth_date", "format": "yyyy-MM-dd" },
              { "header": "JK", "source": "sex", "format": "words" },
              { "header": "HP", "source": "phone" },
              { "header": "SEGMEN", "value": "BPU" } ] }
            """;
        var template = ExportTemplate.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(("Kolektif", "kolektif"), (template.Sheet, template.FileName));
        Assert.Equal(["SRI WAHYUNI HARAHAP", "1223016507900002", "1990-07-25", "PEREMPUAN", "+6281298765432", "BPU"], template.Cells(Sri, new DateOnly(2025, 11, 6)));
    }

    [Theory]
    [InlineData("""{ "columns": [] }""", "no columns")]
    [InlineData("""{ "columns": [ { "header": "X", "source": "salary" } ] }""", "salary")]
    [InlineData("""{ "columns": [ { "source": "nik" } ] }""", "header")]
    [InlineData("""not json""", "JSON")]
    public void A_broken_template_is_refused_when_loaded_naming_the_problem(string json, string named)
    {
        var error = Assert.Throws<FormatException>(() => ExportTemplate.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")")]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void Formula_like_text_is_written_as_quoted_text_in_csv_and_xlsx(string value)
    {
        var template = ExportTemplate.Default;
        var row = template.Cells(Sri with { Name = value }, new DateOnly(2025, 11, 6)).ToList();

        var csv = new MemoryStream();
        ExportWriters.WriteCsv(template, [row], csv);
        var text = Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("'" + value[0], text);

        var xlsx = new MemoryStream();
        ExportWriters.WriteXlsx(template, [row], xlsx);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx.ToArray()));
        var cell = workbook.Worksheets.First().Cell(2, 2);
        Assert.False(cell.HasFormula);
        // XML reads a carriage return back as a line feed; what matters is the quote in front.
        Assert.Equal("'" + value.Replace('\r', '\n'), cell.GetString());
        Assert.Equal(XLDataType.Text, workbook.Worksheets.First().Cell(2, 1).DataType);
        Assert.Equal("1223016507900002", workbook.Worksheets.First().Cell(2, 1).GetString());
    }
}
