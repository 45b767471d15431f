using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Tests.Results;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Billing.BillTestData;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Tests.Billing;

public class ReconciliationWriterTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://contoh.test\",\"klik\")";
    private const string HiddenCommand = "ANI;=cmd|' /C calc'!A0";

    /// <summary>Every code once, two names that would run as formulas, read and written as the CLI will.</summary>
    private static (MemoryStream Workbook, string Csv, List<BillOutcome> Outcomes, BillSummary Summary) Written()
    {
        var cohort = CohortIndex.Build(
        [
            Person(1, "2026-11"), Person(2, "2026-12"), Person(3, "2026-06"), Person(4, "2026-06", "2027-01", "meninggal"), Person(5, "2026-10"),
        ]);
        var bill = Csv(
            "KPJ;NIK;NAMA;IURAN",
            $"{Kpj(1)};{Nik(1)};\"{Hyperlink.Replace("\"", "\"\"", StringComparison.Ordinal)}\";16800",
            $"{Kpj(2)};{Nik(2)};\"{HiddenCommand}\";20000",
            $"{Kpj(3)};{Nik(3)};@SUM(1+1);16800",
            $"{Kpj(3)};{Nik(3)};PESERTA 3;16800",
            $"{Kpj(4)};{Nik(4)};PESERTA 4;16800",
            $"{Kpj(6)};{Nik(6)};-2+3;16800");
        var workbook = new MemoryStream();
        var csv = new MemoryStream();
        var outcomes = new List<BillOutcome>();
        BillSummary summary;
        using (var writer = new ReconciliationWriter(workbook, csv,
            new ReconciliationHeading("tagihan-januari.csv", JanuaryOnly, new DateTimeOffset(2027, 2, 3, 2, 0, 0, TimeSpan.Zero), "tagihan-januari (judul kolom di baris 1)"),
            Gazetteer.LabuhanbatuUtara))
        using (var sheet = BillReader.Open(bill, "tagihan-januari.csv"))
        {
            summary = new BillReconciler(ContributionSchedule.Default).Reconcile(JanuaryOnly, cohort, sheet.Rows, o =>
            {
                outcomes.Add(o);
                writer.Write(o);
            });
            writer.Complete(summary, sheet.Notices);
        }

        workbook.Position = 0;
        return (workbook, Encoding.UTF8.GetString(csv.ToArray()), outcomes, summary);
    }

    [Fact]
    public void The_workbook_opens_on_its_summary_and_lists_one_row_per_outcome_in_its_code_colour()
    {
        var (workbook, _, outcomes, _) = Written();
        using var package = new ResultPackage(workbook);

        Assert.Equal(["Ringkasan", "Rincian"], package.SheetNames);
        Assert.True(package.Sheet("Ringkasan").GetFirstChild<Spreadsheet.SheetViews>()!.GetFirstChild<Spreadsheet.SheetView>()!.TabSelected?.Value);
        Assert.Equal("Hasil", Text(package.Cell("Rincian", "B1")));
        Assert.Equal("Keterangan", Text(package.Cell("Rincian", "K1")));
        Assert.Equal(outcomes.Count + 1, package.Sheet("Rincian").Descendants<Spreadsheet.Row>().Count());
        for (var i = 0; i < outcomes.Count; i++)
        {
            var row = i + 2;
            var code = BillCodes.Of(outcomes[i].Code);
            Assert.Equal(code.Text, Text(package.Cell("Rincian", $"B{row}")));
            Assert.Equal(code.Fill, package.Fill(package.Cell("Rincian", $"B{row}")));
            Assert.Equal(code.Fill, package.Fill(package.Cell("Rincian", $"K{row}")));
        }

        Assert.Equal("Aek Kanopan, Kualuh Hulu", Text(package.Cell("Rincian", "F2")));
        Assert.Equal(Nik(1), Text(package.Cell("Rincian", "D2")));
        Assert.Equal("@", package.NumberFormat(package.Cell("Rincian", "D2")));
        Assert.Equal("16800", package.Cell("Rincian", "H2").CellValue!.Text);
    }

    [Fact]
    public void The_rows_print_on_A4_landscape_one_page_wide_with_the_header_on_every_page()
    {
        var (workbook, _, _, _) = Written();
        using var package = new ResultPackage(workbook);
        var rows = package.Sheet("Rincian");

        var setup = rows.GetFirstChild<Spreadsheet.PageSetup>()!;
        Assert.Equal(9u, setup.PaperSize!.Value);
        Assert.Equal(Spreadsheet.OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(rows.GetFirstChild<Spreadsheet.SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        Assert.Contains("Halaman &P dari &N", rows.GetFirstChild<Spreadsheet.HeaderFooter>()!.OddFooter!.Text);
        var titles = package.DefinedName("_xlnm.Print_Titles")!;
        Assert.Equal("Rincian!$1:$1", titles.Text);
        Assert.Equal(1u, titles.LocalSheetId!.Value);
        Assert.Equal(1u, package.DefinedName("_xlnm.Print_Area")!.LocalSheetId!.Value);
        Assert.Equal(Spreadsheet.OrientationValues.Landscape, package.Sheet("Ringkasan").GetFirstChild<Spreadsheet.PageSetup>()!.Orientation!.Value);
    }

    [Fact]
    public void The_summary_gives_the_period_the_rate_the_money_and_every_code_with_its_meaning()
    {
        var (workbook, _, _, summary) = Written();
        using var package = new ResultPackage(workbook);
        var cells = package.Sheet("Ringkasan").Descendants<Spreadsheet.Cell>().ToList();
        var texts = cells.Select(Text).ToList();

        Assert.Contains("Januari 2027 (2027-01)", texts);
        Assert.Contains("tagihan-januari.csv", texts);
        Assert.Contains("JKK Rp 10.000 + JKM Rp 6.800", texts);
        Assert.Equal(summary.ToPay.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueRightOf(cells, "Dibayar"));
        Assert.Equal(summary.Disputed.ToString(System.Globalization.CultureInfo.InvariantCulture), ValueRightOf(cells, "Disanggah"));
        foreach (var code in BillCodes.All)
        {
            var label = cells.Single(c => Text(c) == $"{code.Text} ({code.Label})");
            Assert.Equal(code.Fill, package.Fill(label));
            Assert.Contains($"{code.Meaning} {code.Action}", texts);
        }

        Assert.Contains(texts, t => t.StartsWith("Setiap baris mendapat satu hasil", StringComparison.Ordinal));
    }

    [Fact]
    public void No_cell_of_the_workbook_is_a_formula_and_formula_like_text_is_kept_as_text()
    {
        var (workbook, _, _, _) = Written();
        using var document = SpreadsheetDocument.Open(workbook, false);
        Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Spreadsheet.CellFormula>()));
        workbook.Position = 0;
        using var package = new ResultPackage(workbook);

        foreach (var (reference, text) in new[] { ("E2", Hyperlink), ("E4", "@SUM(1+1)"), ("E7", "-2+3") })
        {
            var cell = package.Cell("Rincian", reference);
            Assert.Equal(text, Text(cell));
            Assert.Equal(Spreadsheet.CellValues.InlineString, cell.DataType!.Value);
            Assert.True(package.Format(cell).QuotePrefix?.Value);
        }
    }

    [Fact]
    public void The_csv_is_semicolon_separated_with_a_BOM_the_codes_in_hasil_and_identifiers_kept_as_text()
    {
        var (_, csv, outcomes, _) = Written();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("\uFEFF", csv, StringComparison.Ordinal);
        Assert.Equal("baris;hasil;kpj;nik;nama;id_orang;kecamatan;desa;kode_desa;bulan;ditagih;seharusnya;dibayar;keterangan", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(outcomes.Count + 1, lines.Length);
        Assert.Equal(outcomes.Select(o => o.Code.ToText()), lines.Skip(1).Select(l => l.Split(';')[1]));
        var matched = lines[1].Split(';');
        Assert.Equal(["2", "COCOK", "'" + Kpj(1), "'" + Nik(1)], matched[..4]);
        Assert.Equal(["Kualuh Hulu", "Aek Kanopan", "1223011001", "2027-01", "16800", "16800", "16800"], matched[6..13]);
        Assert.StartsWith(";TIDAK_DITAGIH;", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_csv_field_and_every_semicolon_separated_piece_of_it_is_formula_safe()
    {
        var (_, csv, _, _) = Written();

        Assert.Contains("\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"ANI;'=cmd|' /C calc'!A0\"", csv, StringComparison.Ordinal);
        Assert.Contains(";'@SUM(1+1);", csv, StringComparison.Ordinal);
        Assert.Contains(";'-2+3;", csv, StringComparison.Ordinal);
        foreach (var field in SplitFields(csv))
        {
            foreach (var piece in field.Split(';'))
            {
                Assert.False(piece.Length > 0 && "=+-@\t\r".Contains(piece[0]), $"'{piece}' could run as a formula");
            }
        }
    }

    private static string Text(Spreadsheet.Cell cell) => cell.InlineString?.Text?.Text ?? cell.CellValue?.Text ?? string.Empty;

    private static string? ValueRightOf(List<Spreadsheet.Cell> cells, string label)
    {
        var row = cells.Single(c => Text(c) == label).Parent!;
        return row.Elements<Spreadsheet.Cell>().Single(c => c.CellReference!.Value!.StartsWith('C')).CellValue!.Text;
    }

    /// <summary>RFC 4180 fields of every line, unquoted, so each can be checked as a spreadsheet would see it.</summary>
    private static IEnumerable<string> SplitFields(string csv)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ';' or '\n')
            {
                yield return field.ToString().Trim('\r', '\uFEFF');
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
    }
}
