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

    [Fact]
    public void The_default_template_puts_reactivations_with_their_KPJ_on_their_own_sheet_and_has_a_stop_list()
    {
        var template = ExportTemplate.Default;

        Assert.Equal("Reaktivasi", template.Reactivation.Sheet);
        Assert.Equal("KPJ", template.Reactivation.Headers.First());
        Assert.Equal(["25011111111", "1223016507900002", "SRI WAHYUNI HARAHAP"], template.Reactivation.Cells(Sri with { Kpj = "25011111111" }, new DateOnly(2025, 11, 6)).Take(3));
        var ended = Sri with { Kpj = "25099999999", EndedFrom = Pipeline.Core.Budget.YearMonth.Of(2026, 3), EndReason = "meninggal dunia" };
        Assert.Equal(["25099999999", "1223016507900002", "SRI WAHYUNI HARAHAP", "Aek Kanopan", "Kualuh Hulu", "03-2026", "meninggal dunia", "JKK+JKM"],
            template.Stop.Cells(ended, new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void A_branch_template_without_a_reactivation_section_gets_the_KPJ_in_front_of_its_own_columns()
    {
        var template = ExportTemplate.Load(new MemoryStream(Encoding.UTF8.GetBytes("""{ "columns": [ { "header": "NIK KTP", "source": "nik" } ] }""")));
        Assert.Equal(["KPJ", "NIK KTP"], template.Reactivation.Headers);
        Assert.Equal(ExportTemplate.Default.Stop.Headers, template.Stop.Headers);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"klik\")")]
    [InlineData("=1+1")]
    [InlineData("+1+1")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tx")]
    [InlineData("tani;@SUM(1)")]
    public void Formula_like_text_is_kept_as_text_with_the_quote_prefix_and_every_column_is_text(string value)
    {
        var template = ExportTemplate.Default;
        var row = template.Cells(Sri with { Name = value }, new DateOnly(2025, 11, 6)).ToList();
        var reactivation = template.Reactivation.Cells(Sri with { Kpj = "25011111111" }, new DateOnly(2025, 11, 6)).ToList();

        var xlsx = new MemoryStream();
        ExportWriters.WriteXlsx([(template.Registration, [row]), (template.Reactivation, [reactivation])], xlsx);

        using var workbook = new XLWorkbook(new MemoryStream(xlsx.ToArray()));
        var sheet = workbook.Worksheet("Pendaftaran BPU");
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.HasFormula);
        var cell = sheet.Cell(2, 2);
        Assert.Equal(value, cell.GetString());
        Assert.Equal(SafeCellTextStartsLikeFormula(value), cell.Style.IncludeQuotePrefix);
        Assert.Equal((XLDataType.Text, "1223016507900002"), (sheet.Cell(2, 1).DataType, sheet.Cell(2, 1).GetString()));
        Assert.Equal("081298765432", sheet.Cell(2, 9).GetString());
        Assert.Equal(49, sheet.Cell(2, 1).Style.NumberFormat.NumberFormatId); // "@": what is typed there stays text
        var second = workbook.Worksheet("Reaktivasi");
        Assert.Equal(("KPJ", "25011111111"), (second.Cell(1, 1).GetString(), second.Cell(2, 1).GetString()));
    }

    private static bool SafeCellTextStartsLikeFormula(string value) => Pipeline.Core.Results.SafeCellText.StartsLikeFormula(value);
}
