using ClosedXML.Excel;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Results;

namespace Pipeline.Core.Tests.Results;

public sealed class ResultWorkbookWriterTests
{
    private static readonly SheetLayout Layout = new()
    {
        SheetName = "Daftar",
        HeaderRow = 3,
        ColumnNames = ["No", "NIK", "Nama", "Tanggal Lahir"],
        FieldColumns = new Dictionary<Field, int> { [Field.RowNumber] = 0, [Field.Nik] = 1, [Field.Name] = 2, [Field.BirthDate] = 3 },
    };

    private static readonly UploadReport Report = new("kualuh-hulu/aek-kanopan/daftar.xlsx", new DateTimeOffset(2025, 11, 6, 3, 0, 0, TimeSpan.Zero), Pipeline.Core.Budget.ContributionSchedule.Default);

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.invalid\",\"klik\")")]
    [InlineData("=1+1")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public void Text_that_looks_like_a_formula_is_written_as_text(string typed)
    {
        var list = List(Row(4, [1d, "1223011203800001", typed, "12-03-1980"], RecordStatus.New));

        using var workbook = Write(list);

        var sheet = workbook.Worksheet("Hasil");
        var cell = sheet.Cell(2, 4);
        Assert.False(cell.HasFormula);
        Assert.Equal(typed, cell.GetString());
        Assert.DoesNotContain(workbook.Worksheets.SelectMany(s => s.CellsUsed()), c => c.HasFormula);
    }

    [Fact]
    public void Every_row_carries_status_and_all_of_its_issues_and_offending_cells_are_highlighted()
    {
        var rejected = Row(5, [2d, 1.2230112038E+15, "Budi", "12-03-1980"], RecordStatus.Rejected,
            new Issue("NIK_EXCEL_NUMBER", Severity.Error, Field.Nik, "NIK tersimpan sebagai angka."),
            new Issue("BIRTH_DATE_NIK_MISMATCH", Severity.Warning, Field.BirthDate, "Tanggal lahir berbeda dengan NIK."));
        var list = List(Row(4, [1d, "1223011203800001", "Sri", "25-07-1990"], RecordStatus.New), rejected);

        using var workbook = Write(list);
        var sheet = workbook.Worksheet("Hasil");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var status = headers.IndexOf("Status") + 1;
        var reason = headers.IndexOf("Keterangan") + 1;

        Assert.Equal(["Baris", "No", "NIK", "Nama", "Tanggal Lahir", "Status", "Keterangan", "ID Orang"], headers);
        Assert.Equal((4, 5), (sheet.Cell(2, 1).GetValue<int>(), sheet.Cell(3, 1).GetValue<int>()));
        Assert.Equal("Ditolak", sheet.Cell(3, status).GetString());
        Assert.Equal("NIK tersimpan sebagai angka.\nTanggal lahir berbeda dengan NIK.", sheet.Cell(3, reason).GetString());
        Assert.Equal("OK", sheet.Cell(2, reason).GetString());
        Assert.NotEqual(sheet.Cell(2, 3).Style.Fill.BackgroundColor, sheet.Cell(3, 3).Style.Fill.BackgroundColor);
        Assert.NotEqual(sheet.Cell(3, 3).Style.Fill.BackgroundColor, sheet.Cell(3, 5).Style.Fill.BackgroundColor);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        // The numeric NIK is shown with every digit Excel kept, so the official sees the lost last digit.
        Assert.Equal("0", sheet.Cell(3, 3).Style.NumberFormat.Format);
    }

    [Fact]
    public void The_summary_counts_rows_by_status_and_issue_and_prices_the_people_to_be_paid_for()
    {
        var list = List(
            Row(4, [1d, "a", "A", null], RecordStatus.New),
            Row(5, [2d, "b", "B", null], RecordStatus.New),
            Row(8, [5d, "e", "E", null], RecordStatus.Reactivate),
            Row(6, [3d, "c", "C", null], RecordStatus.Duplicate, new Issue("DUPLICATE_IN_FILE", Severity.Warning, null, "Ganda.")),
            Row(7, [4d, "", "D", null], RecordStatus.Rejected, new Issue("NIK_MISSING", Severity.Error, Field.Nik, "NIK kosong.")));

        using var workbook = Write(list);
        var summary = workbook.Worksheet("Ringkasan");
        var values = summary.RowsUsed().ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());

        Assert.Equal("2", values["Baru"]);
        Assert.Equal("1", values["Aktifkan Kembali"]);
        Assert.Equal("0", values["Dibiayai Pemda"]);
        Assert.Equal("1", values["Ganda"]);
        Assert.Equal("1", values["Ditolak"]);
        Assert.Equal("5", values["Jumlah"]);
        Assert.Equal("1", values["NIK_MISSING"]);
        // New and reactivated people are both paid for: three people for a year.
        Assert.Equal((3 * 16_800m * 12).ToString(System.Globalization.CultureInfo.InvariantCulture), values["Perkiraan iuran peserta yang didaftarkan per tahun (Rp)"]);
    }

    [Fact]
    public void A_list_read_from_several_sheets_names_each_rows_sheet_in_baris_and_in_the_summary()
    {
        var layout = new SheetLayout
        {
            SheetName = Layout.SheetName, HeaderRow = Layout.HeaderRow, ColumnNames = Layout.ColumnNames, FieldColumns = Layout.FieldColumns,
            CombinedSheets = new Dictionary<int, string> { [0] = "Dusun I", [2] = "Dusun III" },
        };
        var list = new ProcessedList
        {
            Layout = layout, Reviews = [],
            Rows = [Row(4, [1d, "a", "A", null], RecordStatus.New), Row(SheetRows.Combine(2, 7), [1d, "b", "B", null], RecordStatus.New)],
        };

        using var workbook = Write(list);

        Assert.Equal(["4 (Dusun I)", "7 (Dusun III)"], [workbook.Worksheet("Hasil").Cell(2, 1).GetString(), workbook.Worksheet("Hasil").Cell(3, 1).GetString()]);
        var summary = workbook.Worksheet("Ringkasan").RowsUsed().ToDictionary(r => r.Cell(1).GetString(), r => r.Cell(2).GetString());
        Assert.Equal("Dusun I, Dusun III", summary["Lembar yang dibaca"]);
    }

    [Fact]
    public void A_birth_date_split_over_three_columns_keeps_its_day_column_a_number_not_a_date()
    {
        var layout = new SheetLayout
        {
            SheetName = "Daftar", HeaderRow = 3, ColumnNames = ["NIK", "Tgl", "Bln", "Thn"],
            FieldColumns = new Dictionary<Field, int> { [Field.Nik] = 0, [Field.BirthDate] = 1 }, SplitBirthDate = (1, 2, 3),
        };
        var list = new ProcessedList { Layout = layout, Reviews = [], Rows = [Row(5, ["1223011203800001", 12d, 3d, 1980d], RecordStatus.New)] };

        using var workbook = Write(list);
        var sheet = workbook.Worksheet("Hasil");

        // The column's own format is what a spreadsheet shows the day in (a date format printed it as "###").
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 3).DataType);
        Assert.DoesNotContain("yy", sheet.Column(3).Style.NumberFormat.Format, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_failed_upload_gets_a_workbook_that_says_what_to_do()
    {
        using var stream = new MemoryStream();
        ResultWorkbookWriter.WriteFailed(IssueCatalog.FileNoHeader, Report, stream);
        stream.Position = 0;

        using var workbook = new XLWorkbook(stream);
        var text = string.Join("\n", workbook.Worksheet("Hasil").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("FILE_NO_HEADER", text);
        Assert.Contains(IssueCatalog.FileNoHeader.MessageId, text);
        Assert.Contains("unggah kembali", text);
    }

    private static ProcessedRow Row(int sheetRow, object?[] cells, RecordStatus status, params Issue[] issues)
    {
        var record = new WorkerRecord { SourceRow = sheetRow, Status = status };
        record.Issues.AddRange(issues);
        return new ProcessedRow(new SourceRow(sheetRow, cells), record);
    }

    private static ProcessedList List(params ProcessedRow[] rows) => new() { Layout = Layout, Rows = rows, Reviews = [] };

    private static XLWorkbook Write(ProcessedList list)
    {
        var stream = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(list, Report, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }
}
