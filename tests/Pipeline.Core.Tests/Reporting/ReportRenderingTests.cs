using ClosedXML.Excel;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Reporting.ReportDataExamples;

namespace Pipeline.Core.Tests.Reporting;

public class ReportRenderingTests
{
    private const string HostileName = "=HYPERLINK(\"http://x\",\"klik\")";

    private static readonly Gazetteer Places = Gazetteer.LabuhanbatuUtara;

    private static readonly ReportUpload HostileUpload = new("u1", "kualuh-hulu/aek-kanopan/a.xlsx", "processed", Day(2), KualuhHulu, AekKanopan, null);

    private static readonly NewWorkerLine[] Workers =
    [
        NewWorkerLine.Of(HostileUpload, new ReportRow(6, RecordStatus.New, KualuhHulu, AekKanopan, null, HostileName, "1223010101800001", "L", new DateOnly(1980, 1, 1), 46, "petani"), Places),
    ];

    private static WeeklyReport Report(bool withData = true)
    {
        var data = new ReportData();
        if (withData)
        {
            data.Upload("u1", "kualuh-hulu/aek-kanopan/a.xlsx", Day(2), KualuhHulu, AekKanopan);
            data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.New, 1234);
            data.Rows("u1", KualuhHulu, AekKanopan, RecordStatus.Rejected, 300, "NIK_WRONG_LENGTH;<script>alert(1)</script>");
            data.Upload("u2", "na-ix-x/pulo-jantan/b.csv", Day(3), NaIxX, PuloJantan);
            data.Rows("u2", NaIxX, PuloJantan, RecordStatus.New, 66);
            data.Rows("u2", NaIxX, PuloJantan, RecordStatus.Enrolled, 4, "ENROLLED_BPJS");
        }

        return new WeeklyReportBuilder(Gazetteer.LabuhanbatuUtara, ContributionSchedule.Default, new WeeklySummaryOptions())
            .Build(data, Week, Week.End, Week.End, new Dictionary<ReportWeek, FiguresSnapshot>());
    }

    private static XLWorkbook Workbook(WeeklyReport report, IEnumerable<NewWorkerLine>? workers = null)
    {
        var stream = new MemoryStream();
        ReportWorkbookWriter.Write(report, workers ?? Workers, Places, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void The_workbook_has_the_regency_each_kecamatan_the_contacts_and_the_new_workers()
    {
        using var workbook = Workbook(Report());
        Assert.Equal(
            new[] { "Kabupaten" }.Concat(Gazetteer.LabuhanbatuUtara.Kecamatan.Select(k => "Kec. " + k.Name).Order(StringComparer.Ordinal)).Concat(["Perlu dihubungi", "Pekerja baru"]),
            workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Every_sheet_prints_on_A4_landscape_one_page_wide_with_a_frozen_header()
    {
        using var workbook = Workbook(Report());
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
            Assert.Equal((1, 0), (sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
            Assert.True(sheet.SheetView.SplitRow > 0, sheet.Name);
            Assert.Equal((sheet.SheetView.SplitRow, sheet.SheetView.SplitRow), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
            var header = sheet.Row(sheet.SheetView.SplitRow);
            Assert.True(header.Cell(1).Style.Font.Bold, sheet.Name);
            Assert.True(sheet.ColumnsUsed().Max(c => c.Width) > 12, sheet.Name);
        }
    }

    [Fact]
    public void The_regency_total_is_the_sum_of_its_kecamatan_and_money_is_in_rupiah()
    {
        using var workbook = Workbook(Report());
        var sheet = workbook.Worksheet("Kabupaten");
        var header = sheet.SheetView.SplitRow;
        var headers = sheet.Row(header).CellsUsed().Select(c => c.GetString()).ToList();
        var newColumn = headers.IndexOf("Pekerja baru memenuhi syarat") + 1;
        var moneyColumn = headers.IndexOf("Iuran 12 bulan") + 1;
        var rows = Enumerable.Range(header + 1, 9).Select(sheet.Row).ToList();
        Assert.Equal("Jumlah", rows[^1].Cell(1).GetString());
        Assert.Equal(1300, rows[^1].Cell(newColumn).GetValue<int>());
        Assert.Equal(rows[..^1].Sum(r => r.Cell(newColumn).GetValue<int>()), rows[^1].Cell(newColumn).GetValue<int>());
        Assert.Equal(1300 * 16_800m * 12, rows[^1].Cell(moneyColumn).GetValue<decimal>());
        Assert.Equal("\"Rp\" #,##0", rows[^1].Cell(moneyColumn).Style.NumberFormat.Format);
        Assert.Equal("#,##0", rows[^1].Cell(newColumn).Style.NumberFormat.Format);
    }

    [Fact]
    public void No_cell_is_a_formula_and_text_that_looks_like_one_stays_text()
    {
        using var workbook = Workbook(Report());
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula);
        var cell = workbook.Worksheet("Pekerja baru").CellsUsed().Single(c => c.GetString() == HostileName);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.True(cell.Style.IncludeQuotePrefix);
    }

    [Fact]
    public void The_workbook_is_a_valid_package_and_the_per_worker_sheet_is_the_last_tab_though_written_first()
    {
        var stream = new MemoryStream();
        ReportWorkbookWriter.Write(Report(), Workers, Places, stream);
        stream.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, isEditable: false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);

        var parts = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => (s.Name!.Value, document.WorkbookPart.GetPartById(s.Id!.Value!).Uri.ToString())).ToList();
        Assert.Equal(("Pekerja baru", "/xl/worksheets/sheet1.xml"), parts[^1]);
        Assert.Equal("Kabupaten", parts[0].Item1);
    }

    [Fact]
    public void The_per_worker_sheet_takes_the_people_to_pay_for_of_lists_received_by_the_cutoff_in_the_order_read()
    {
        var report = Report();
        var stream = new MemoryStream();
        using (var writer = new ReportWorkbookWriter(stream))
        {
            using (var sheet = writer.BeginNewWorkers(Places, Week, Week.End))
            {
                var early = new ReportUpload("a", "kualuh-hulu/aek-kanopan/a.xlsx", "processed", Day(2), KualuhHulu, AekKanopan, null);
                var late = new ReportUpload("b", "kualuh-hulu/aek-kanopan/b.xlsx", "processed", Week.End.AddHours(1), KualuhHulu, AekKanopan, null);
                var other = new ReportUpload("c", "na-ix-x/pulo-jantan/c.csv", "processed", Day(3), NaIxX, PuloJantan, null);
                foreach (var (upload, row, status, name) in new[]
                         {
                             (early, 5, RecordStatus.New, "ANI"), (early, 6, RecordStatus.Duplicate, "ANI"), (early, 7, RecordStatus.Reactivate, "BUDI"),
                             (late, 5, RecordStatus.New, "CITRA"), (other, 2, RecordStatus.Rejected, "DEDI"), (other, 3, RecordStatus.New, "EKA"),
                         })
                {
                    sheet.Add(upload, new ReportRow(row, status, upload.KecamatanCode, upload.DesaCode, null, name, "1223010101800001", "P", null, 30, "pedagang_kecil"));
                }

                Assert.Equal(3, sheet.Count);
            }

            writer.Complete(report);
        }

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var people = workbook.Worksheet("Pekerja baru");
        var header = people.SheetView.SplitRow;
        var lines = people.RowsUsed().Where(r => r.RowNumber() > header)
            .Select(r => (r.Cell(1).GetValue<int>(), r.Cell(3).GetString(), r.Cell(4).GetString(), r.Cell(9).GetString(), r.Cell(11).GetString(), r.Cell(12).GetValue<int>()))
            .ToList();
        Assert.Equal(
            [
                (1, "Aek Kanopan", "ANI", "pedagang kecil", "kualuh-hulu/aek-kanopan/a.xlsx", 5),
                (2, "Aek Kanopan", "BUDI", "pedagang kecil", "kualuh-hulu/aek-kanopan/a.xlsx", 7),
                (3, "Pulo Jantan", "EKA", "pedagang kecil", "na-ix-x/pulo-jantan/c.csv", 3),
            ],
            lines);
        Assert.Equal(new DateTime(2026, 11, 24), people.Cell(header + 1, 10).GetDateTime());
        Assert.Equal((header, header), (people.PageSetup.FirstRowToRepeatAtTop, people.PageSetup.LastRowToRepeatAtTop));
    }

    [Fact]
    public void An_empty_per_worker_sheet_says_so()
    {
        using var workbook = Workbook(Report(withData: false), []);
        Assert.Contains(workbook.Worksheet("Pekerja baru").CellsUsed(), c => c.GetString() == "Belum ada pekerja baru yang memenuhi syarat.");
    }

    [Fact]
    public void The_page_is_self_contained_encoded_and_has_three_charts_with_bars()
    {
        var html = ReportHtmlWriter.Render(Report());

        foreach (var chart in new[] { "coverage", "trend", "issues" })
        {
            Assert.Contains($"data-chart=\"{chart}\"", html);
        }

        Assert.True(html.Split("class=\"bar").Length > 10);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain(" src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("url(", html);
        Assert.Contains("Content-Security-Policy", html);
        Assert.Contains("name=\"viewport\"", html);
        Assert.Contains("Rp 262.080.000", html); // 1,300 × 16,800 × 12
        Assert.Contains("Senin, 30 November 2026", html);
    }

    [Fact]
    public void The_page_carries_no_personal_data()
    {
        var html = ReportHtmlWriter.Render(Report());
        Assert.DoesNotContain("1223010101800001", html);
        Assert.DoesNotContain("HYPERLINK", html);
    }

    [Fact]
    public void A_week_without_data_says_so_in_both_outputs()
    {
        var report = Report(withData: false);
        var html = ReportHtmlWriter.Render(report);
        Assert.Contains("Belum ada daftar yang diterima", html);
        // The trend and the issues have nothing to draw; coverage still shows every kecamatan at 0 of its villages.
        Assert.Equal(2, html.Split("Belum ada data").Length - 1);
        Assert.Equal(8, html.Split("class=\"bar coverage\"").Length - 1);

        using var workbook = Workbook(report);
        Assert.Contains(workbook.Worksheet("Kabupaten").CellsUsed(), c => c.GetString().StartsWith("Belum ada daftar yang diterima", StringComparison.Ordinal));
    }
}
