using ClosedXML.Excel;
using DocumentFormat.OpenXml.Validation;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Results;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Tests.Results;

/// <summary>
/// The result workbook as an official opens and prints it (issue 9): summary first, fitted columns, text NIKs,
/// dd-mm-yyyy dates, status colours with a legend, A4 landscape one page wide with the header on every page.
/// Everything is read back from the package.
/// </summary>
public sealed class ResultWorkbookLayoutTests
{
    // Hasil columns: A Baris, B No, C NIK, D Nama, E Tanggal Lahir, F Alamat, G No. HP, H Status, I Keterangan, J ID Orang.
    private static readonly SheetLayout Layout = new()
    {
        SheetName = "Daftar",
        HeaderRow = 3,
        ColumnNames = ["No", "NIK", "Nama", "Tanggal Lahir", "Alamat", "No. HP"],
        FieldColumns = new Dictionary<Field, int>
        {
            [Field.RowNumber] = 0, [Field.Nik] = 1, [Field.Name] = 2, [Field.BirthDate] = 3, [Field.Address] = 4, [Field.Phone] = 5,
        },
    };

    private static readonly UploadReport Report = new("kualuh-hulu/aek-kanopan/daftar & lampiran.xlsx", new DateTimeOffset(2025, 11, 6, 3, 0, 0, TimeSpan.Zero), Pipeline.Core.Budget.ContributionSchedule.Default);

    [Fact]
    public void The_summary_is_the_first_sheet_and_the_one_that_opens()
    {
        using var package = Write(Row(4, "Sri"));

        Assert.Equal(["Ringkasan", "Hasil"], package.SheetNames);
        Assert.Equal(0u, package.Workbook.BookViews!.GetFirstChild<Spreadsheet.WorkbookView>()!.ActiveTab!.Value);
        Assert.True(package.Sheet("Ringkasan").Descendants<Spreadsheet.SheetView>().Single().TabSelected?.Value);
        Assert.NotEqual(true, package.Sheet("Hasil").Descendants<Spreadsheet.SheetView>().Single().TabSelected?.Value);
    }

    [Fact]
    public void Columns_are_as_wide_as_their_content_measured_over_every_row()
    {
        var shortNames = Enumerable.Range(0, 1_000).Select(i => Row(4 + i, "Sri")).ToArray();
        var oneLongName = shortNames.Take(999).Append(Row(1_003, "Siti Aminah Harahap binti Abdullah")).ToArray();

        using var narrow = Write(shortNames);
        using var wide = Write(oneLongName);

        Assert.InRange(narrow.Width("Hasil", 4), 5, 10);
        Assert.InRange(wide.Width("Hasil", 4), 26, 34);
        Assert.InRange(wide.Width("Hasil", 3), 16, 20);        // a 16-digit NIK, and no more
        Assert.InRange(wide.Width("Hasil", 5), 10.5, 14);      // dd-mm-yyyy, or the header's longest word
        Assert.InRange(wide.Width("Hasil", 2), 4, 7);          // "No"
        Assert.Equal(narrow.Width("Hasil", 3), wide.Width("Hasil", 3));
    }

    [Fact]
    public void A_value_wider_than_the_bound_wraps_and_its_row_is_as_tall_as_its_lines()
    {
        var address = string.Join(' ', Enumerable.Repeat("Dusun Sei Raja Gang Mesjid", 6));
        using var package = Write(Row(4, "Sri"), Row(5, "Budi", address: address));

        Assert.Equal(36, package.Width("Hasil", 6));
        Assert.True(package.Format(package.Cell("Hasil", "F3")).Alignment?.WrapText?.Value);
        Assert.True(package.Column("Hasil", 6).Style is { } style && package.Format(style).Alignment?.WrapText?.Value == true);
        Assert.InRange(package.Row("Hasil", 3).Height?.Value ?? 0, 4 * 15, 6 * 15);
        Assert.Null(package.Row("Hasil", 2).Height);
    }

    [Fact]
    public void Keterangan_is_bounded_wraps_and_sets_the_row_height()
    {
        var issues = new[]
        {
            new Issue("NIK_WRONG_LENGTH", Severity.Error, Field.Nik, "NIK \"12230112038\" harus 16 angka; periksa kembali NIK sesuai KTP atau Kartu Keluarga lalu ketik ulang."),
            new Issue("PHONE_INVALID", Severity.Warning, Field.Phone, "Nomor HP \"12\" tidak tampak seperti nomor seluler Indonesia (contoh: 0812-3456-7890). Periksa kembali atau kosongkan."),
        };
        using var package = Write(Row(4, "Sri"), Row(5, "Budi", RecordStatus.Rejected, issues: issues));

        Assert.Equal(50, package.Width("Hasil", 9));
        Assert.True(package.Format(package.Cell("Hasil", "I3")).Alignment?.WrapText?.Value);
        Assert.InRange(package.Row("Hasil", 3).Height?.Value ?? 0, 4 * 15, 6 * 15);
        Assert.Null(package.Row("Hasil", 2).Height);
    }

    [Fact]
    public void Nik_and_phone_are_text_dates_are_day_month_year_and_a_numeric_nik_shows_every_digit()
    {
        using var package = Write(
            Row(4, "Sri", nik: "1223014506800001", phone: "081234567890", birth: new DateTime(1980, 6, 5)),
            Row(5, "Budi", RecordStatus.Rejected, nik: 1.2230112038E+15, phone: null, birth: "12-03-1975",
                issues: new Issue("NIK_EXCEL_NUMBER", Severity.Error, Field.Nik, "NIK tersimpan sebagai angka.")));

        Assert.Equal("@", package.NumberFormat(package.Cell("Hasil", "C2")));
        Assert.Equal("@", package.NumberFormat(package.Cell("Hasil", "G2")));
        Assert.Equal("081234567890", package.Cell("Hasil", "G2").InnerText);
        Assert.Equal("@", package.NumberFormat(package.Column("Hasil", 3).Style!.Value));
        Assert.Equal("@", package.NumberFormat(package.Column("Hasil", 7).Style!.Value));
        Assert.Equal("0", package.NumberFormat(package.Cell("Hasil", "C3")));
        Assert.Equal("dd-mm-yyyy", package.NumberFormat(package.Cell("Hasil", "E2")));
        Assert.Equal("dd-mm-yyyy", package.NumberFormat(package.Column("Hasil", 5).Style!.Value));
        Assert.Equal("General", package.NumberFormat(package.Cell("Hasil", "D2")));
    }

    [Fact]
    public void The_result_prints_on_a4_landscape_one_page_wide_with_the_header_row_on_every_page()
    {
        using var package = Write(Row(4, "Sri"), Row(5, "Budi"));
        var hasil = package.Sheet("Hasil");
        var setup = hasil.Descendants<Spreadsheet.PageSetup>().Single();

        Assert.True(hasil.SheetProperties?.PageSetupProperties?.FitToPage?.Value);
        Assert.Equal(
            (9u, Spreadsheet.OrientationValues.Landscape, 1u, 0u),
            (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value, setup.FitToHeight!.Value));
        Assert.Equal(("Hasil!$1:$1", 1u), (package.DefinedName("_xlnm.Print_Titles")!.Text, package.DefinedName("_xlnm.Print_Titles")!.LocalSheetId!.Value));
        Assert.Equal("Hasil!$A$1:$J$3", package.DefinedName("_xlnm.Print_Area")!.Text);
        Assert.True(hasil.Descendants<Spreadsheet.PrintOptions>().Single().GridLines?.Value);
        var header = hasil.Descendants<Spreadsheet.OddHeader>().Single().Text;
        Assert.Contains("daftar && lampiran.xlsx", header);
        Assert.Contains("06-11-2025 10:00 WIB", header);
        Assert.Contains("&P", hasil.Descendants<Spreadsheet.OddFooter>().Single().Text);

        var summary = package.Sheet("Ringkasan").Descendants<Spreadsheet.PageSetup>().Single();
        Assert.Equal((9u, Spreadsheet.OrientationValues.Landscape, 1u), (summary.PaperSize!.Value, summary.Orientation!.Value, summary.FitToWidth!.Value));
    }

    [Fact]
    public void The_failed_upload_result_prints_on_a4_landscape_too()
    {
        using var stream = new MemoryStream();
        ResultWorkbookWriter.WriteFailed(IssueCatalog.FileNoHeader, Report, stream);
        stream.Position = 0;
        using var package = new ResultPackage(stream);
        var setup = package.Sheet("Hasil").Descendants<Spreadsheet.PageSetup>().Single();

        Assert.Equal((9u, Spreadsheet.OrientationValues.Landscape, 1u), (setup.PaperSize!.Value, setup.Orientation!.Value, setup.FitToWidth!.Value));
    }

    [Fact]
    public void Each_status_has_its_own_colour_and_the_summary_is_its_legend()
    {
        var statuses = Enum.GetValues<RecordStatus>();
        using var stream = WriteStream(statuses.Select((s, i) => Row(4 + i, "Orang " + i, s)).ToArray());
        using var package = new ResultPackage(stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var legend = workbook.Worksheet("Ringkasan").CellsUsed().GroupBy(c => c.GetString()).ToDictionary(g => g.Key, g => g.First().Address.ToString()!);

        var fills = new List<string?>();
        for (var i = 0; i < statuses.Length; i++)
        {
            var statusCell = package.Cell("Hasil", $"H{i + 2}");
            var fill = package.Fill(statusCell);
            Assert.NotNull(fill);
            Assert.Equal(fill, package.Fill(package.Cell("Ringkasan", legend[statuses[i].ToIndonesian()])));
            fills.Add(fill);
        }

        Assert.Equal(statuses.Length, fills.Distinct().Count());
        Assert.Equal("FFF8CBAD", package.Fill(package.Cell("Ringkasan", legend["Sel merah"])));
        Assert.Equal("FFFFE699", package.Fill(package.Cell("Ringkasan", legend["Sel kuning"])));
    }

    [Fact]
    public void File_notices_are_shown_on_the_summary_and_on_a_failed_result()
    {
        var notice = new Issue("SHEET_OTHERS_HAVE_LISTS", Severity.Warning, null, "Lembar \"Daftar\" dibaca; lembar \"Lama\" dan \"Cadangan\" juga berisi daftar.");
        var report = Report with { Notices = [notice] };

        using var processed = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(List(Row(4, "Sri")), report, processed);
        processed.Position = 0;
        using var failed = new MemoryStream();
        ResultWorkbookWriter.WriteFailed(IssueCatalog.FileNoHeader, report, failed);
        failed.Position = 0;

        var summary = Texts(new XLWorkbook(processed).Worksheet("Ringkasan"));
        Assert.Contains("Catatan tentang berkas", summary);
        Assert.Contains(notice.Code, summary);
        Assert.Contains(notice.Message, summary);
        Assert.Contains("Daftar (judul kolom di baris 3)", summary);
        Assert.Contains(notice.Message, string.Join("\n", Texts(new XLWorkbook(failed).Worksheet("Hasil"))));
        Assert.DoesNotContain("Catatan tentang berkas", Texts(new XLWorkbook(WriteStream(Row(4, "Sri"))).Worksheet("Ringkasan")));
    }

    [Fact]
    public void A_workbook_with_every_feature_has_no_open_xml_validation_errors()
    {
        var address = string.Join(' ', Enumerable.Repeat("Dusun Sei Raja", 10));
        var report = Report with { Notices = [new Issue("SHEET_OTHERS_HAVE_LISTS", Severity.Warning, null, "Lembar lain juga berisi daftar.")] };
        var rows = Enum.GetValues<RecordStatus>().Select((s, i) => Row(4 + i, "Orang " + i, s, address: address,
            issues: new Issue("PHONE_INVALID", Severity.Warning, Field.Phone, "Nomor HP tidak wajar."))).ToArray();
        using var stream = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(List(rows), report, stream);
        stream.Position = 0;

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
        Assert.Empty(errors);
    }

    private static List<string> Texts(IXLWorksheet sheet) => sheet.CellsUsed().Select(c => c.GetString()).ToList();

    private static ProcessedRow Row(
        int sheetRow,
        string name,
        RecordStatus status = RecordStatus.New,
        object? nik = null,
        object? phone = null,
        object? birth = null,
        string? address = null,
        params Issue[] issues)
    {
        var record = new WorkerRecord { SourceRow = sheetRow, Status = status, PersonId = status == RecordStatus.New ? $"P{sheetRow:x12}" : null };
        record.Issues.AddRange(issues);
        object?[] cells = [(double)(sheetRow - 3), nik ?? "1223011203800001", name, birth ?? new DateTime(1980, 3, 12), address ?? "Dusun 1", phone];
        return new ProcessedRow(new SourceRow(sheetRow, cells), record);
    }

    private static ProcessedList List(params ProcessedRow[] rows) => new() { Layout = Layout, Rows = rows, Reviews = [] };

    private static MemoryStream WriteStream(params ProcessedRow[] rows)
    {
        var stream = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(List(rows), Report, stream);
        stream.Position = 0;
        return stream;
    }

    private static ResultPackage Write(params ProcessedRow[] rows) => new(WriteStream(rows));
}
