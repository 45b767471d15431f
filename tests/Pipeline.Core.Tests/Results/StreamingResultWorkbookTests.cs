using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Results;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace Pipeline.Core.Tests.Results;

/// <summary>The streamed result workbook: valid package, exact values and formats, any number of rows.</summary>
public sealed class StreamingResultWorkbookTests
{
    private static readonly SheetLayout Layout = new()
    {
        SheetName = "Daftar",
        HeaderRow = 1,
        ColumnNames = ["No", "NIK", "Nama", "Tanggal Lahir"],
        FieldColumns = new Dictionary<Field, int> { [Field.RowNumber] = 0, [Field.Nik] = 1, [Field.Name] = 2, [Field.BirthDate] = 3 },
    };

    private static readonly UploadReport Report = new("na-ix-x/sialang-taji/daftar=1.xlsx", new DateTimeOffset(2025, 11, 6, 3, 0, 0, TimeSpan.Zero), Pipeline.Core.Budget.ContributionSchedule.Default);

    [Theory]
    [InlineData("Siti\u0001 Aminah", "Siti Aminah")]
    [InlineData("\u0000Budi", "Budi")]
    [InlineData("Rahmat\u001F\u0008", "Rahmat")]
    [InlineData("Nur\u000BHalimah\u000C", "NurHalimah")]
    [InlineData("Ani\uFFFE\uFFFF", "Ani")]
    [InlineData("Emoji 😀 kept", "Emoji 😀 kept")]
    [InlineData("Tab\tand\nnewlines kept", "Tab\tand\nnewlines kept")]
    [InlineData("Windows\r\nline end", "Windows\nline end")]
    [InlineData("=\u0007SUM(A1)", "=SUM(A1)")]
    public void Characters_illegal_in_xml_are_dropped_and_the_file_still_opens(string typed, string expected)
    {
        var list = List(Row(2, [1d, "1223011203800001", typed, null], RecordStatus.New));

        using var workbook = ReadBack(list);

        Assert.Equal(expected, workbook.Worksheet("Hasil").Cell(2, 4).GetString());
    }

    [Fact]
    public void A_broken_surrogate_pair_is_dropped_and_a_whole_one_kept()
    {
        var typed = "Lone" + (char)0xD800 + " high, lone" + (char)0xDC00 + " low, pair " + char.ConvertFromUtf32(0x1F600);
        var list = List(Row(2, [1d, "1223011203800001", typed, null], RecordStatus.New));

        using var workbook = ReadBack(list);

        Assert.Equal("Lone high, lone low, pair " + char.ConvertFromUtf32(0x1F600), workbook.Worksheet("Hasil").Cell(2, 4).GetString());
    }

    [Theory]
    [InlineData(32_767, 32_767)]
    [InlineData(32_768, 32_767)]
    [InlineData(100_000, 32_767)]
    [InlineData(500, 500)]
    public void Text_longer_than_excel_allows_in_a_cell_is_cut_to_the_limit(int typedLength, int expectedLength)
    {
        var typed = string.Concat(Enumerable.Repeat("Dusun Sei Raja ", (typedLength / 15) + 1))[..typedLength];
        var list = List(Row(2, [1d, "1223011203800001", typed, null], RecordStatus.New));

        using var workbook = ReadBack(list);

        Assert.Equal(typed[..expectedLength], workbook.Worksheet("Hasil").Cell(2, 4).GetString());
    }

    [Fact]
    public void Ten_thousand_rows_round_trip()
    {
        var statuses = Enum.GetValues<RecordStatus>();
        var rows = Enumerable.Range(0, 10_000)
            .Select(i => Row(i + 2, [(double)(i + 1), $"12230112038{i:D5}", $"Pekerja {i}", new DateTime(1980, 1, 1).AddDays(i)], statuses[i % statuses.Length]))
            .ToArray();
        var list = List(rows);

        using var workbook = ReadBack(list);
        var sheet = workbook.Worksheet("Hasil");

        Assert.Equal(10_001, sheet.LastRowUsed().RowNumber());
        Assert.Equal(10_001, sheet.Cell(10_001, 1).GetValue<int>());
        Assert.Equal(statuses[9_999 % statuses.Length].ToIndonesian(), sheet.Cell(10_001, 6).GetString());
        Assert.Equal("Pekerja 9999", sheet.Cell(10_001, 4).GetString());
        Assert.Equal(list.Counts.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), SummaryValue(workbook, "Jumlah"));
    }

    [Theory]
    [InlineData(1980, 3, 12)]
    [InlineData(1900, 3, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2025, 12, 31)]
    public void A_date_cell_reads_back_as_the_same_date_shown_day_month_year(int year, int month, int day)
    {
        var date = new DateTime(year, month, day);
        var list = List(Row(2, [1d, "1223011203800001", "Sri", date], RecordStatus.New));

        using var workbook = ReadBack(list);
        var cell = workbook.Worksheet("Hasil").Cell(2, 5);

        Assert.Equal(XLDataType.DateTime, cell.DataType);
        Assert.Equal(date, cell.GetDateTime());
        Assert.Equal("dd-mm-yyyy", cell.Style.NumberFormat.Format);
    }

    [Fact]
    public void A_date_before_excel_serial_dates_are_reliable_is_written_as_text()
    {
        var list = List(Row(2, [1d, "1223011203800001", "Sri", new DateTime(1899, 12, 31)], RecordStatus.New));

        using var workbook = ReadBack(list);

        Assert.Equal("31-12-1899", workbook.Worksheet("Hasil").Cell(2, 5).GetString());
    }

    [Theory]
    [InlineData(1.2230112038E+15, "0")]
    [InlineData(122301120380001d, "0")]
    [InlineData(-1.5e11, "0")]
    [InlineData(99_999_999_999d, "")]
    [InlineData(42d, "")]
    [InlineData(0.5d, "")]
    public void Large_numbers_show_every_digit_and_small_ones_stay_general(double number, string expectedFormat)
    {
        var list = List(Row(2, [1d, number, "Budi", null], RecordStatus.Rejected,
            new Issue("NIK_EXCEL_NUMBER", Severity.Error, Field.Nik, "NIK tersimpan sebagai angka.")));

        using var workbook = ReadBack(list);
        var cell = workbook.Worksheet("Hasil").Cell(2, 3);

        Assert.Equal(number, cell.GetDouble());
        Assert.Equal(expectedFormat, cell.Style.NumberFormat.Format);
        Assert.Equal(XLColor.FromHtml("#F8CBAD"), cell.Style.Fill.BackgroundColor);
    }

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+62 812 3456 7890", true)]
    [InlineData("-", true)]
    [InlineData("@budi", true)]
    [InlineData("\tBudi", true)]
    [InlineData("Budi", false)]
    [InlineData("0812-3456-7890", false)]
    public void Text_that_starts_like_a_formula_gets_the_quote_prefix_even_on_a_highlighted_cell(string typed, bool prefixed)
    {
        var list = List(Row(2, [1d, "1223011203800001", typed, null], RecordStatus.Rejected,
            new Issue("NAME_INVALID", Severity.Error, Field.Name, "Nama tidak wajar.")));

        using var workbook = ReadBack(list);
        var cell = workbook.Worksheet("Hasil").Cell(2, 4);

        Assert.Equal(prefixed, cell.Style.IncludeQuotePrefix);
        Assert.Equal(XLColor.FromHtml("#F8CBAD"), cell.Style.Fill.BackgroundColor);
        Assert.Equal(typed, cell.GetString());
    }

    [Fact]
    public void An_error_wins_over_a_warning_on_the_same_cell_and_an_empty_offending_cell_is_still_highlighted()
    {
        var list = List(Row(2, [1d, "12230112038", "Budi", null], RecordStatus.Rejected,
            new Issue("NIK_WRONG_LENGTH", Severity.Error, Field.Nik, "NIK harus 16 angka."),
            new Issue("NIK_SUSPICIOUS", Severity.Warning, Field.Nik, "NIK mencurigakan."),
            new Issue("BIRTH_DATE_MISSING", Severity.Warning, Field.BirthDate, "Tanggal lahir kosong.")));

        using var workbook = ReadBack(list);
        var sheet = workbook.Worksheet("Hasil");

        Assert.Equal(XLColor.FromHtml("#F8CBAD"), sheet.Cell(2, 3).Style.Fill.BackgroundColor);
        Assert.Equal(XLColor.FromHtml("#FFE699"), sheet.Cell(2, 5).Style.Fill.BackgroundColor);
        // Words only, errors first: the codes stay in the summary sheet's "Kode masalah" column.
        Assert.Equal("NIK harus 16 angka.\nNIK mencurigakan.\nTanggal lahir kosong.", sheet.Cell(2, 7).GetString());
        Assert.DoesNotContain("[", sheet.Cell(2, 7).GetString(), StringComparison.Ordinal);
        Assert.True(sheet.Cell(2, 7).Style.Alignment.WrapText);
    }

    [Fact]
    public void The_result_sheet_has_a_frozen_header_and_a_filter_over_the_used_range()
    {
        var list = List(Row(2, [1d, "a", "A", null], RecordStatus.New), Row(3, [2d, "b", "B", null], RecordStatus.New));

        using var stream = WriteProcessed(list);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.WorksheetParts.Select(p => p.Worksheet)
            .Single(w => w.Descendants<Spreadsheet.Row>().Any(r => r.Descendants<Spreadsheet.Cell>().Count() > 5));
        var pane = sheet.Descendants<Spreadsheet.Pane>().Single();
        var name = workbookPart.Workbook.Descendants<Spreadsheet.DefinedName>().Single(n => n.Name == "_xlnm._FilterDatabase");

        Assert.Equal((1d, "A2", Spreadsheet.PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal("A1:H3", sheet.Descendants<Spreadsheet.AutoFilter>().Single().Reference!.Value);
        Assert.Equal(("_xlnm._FilterDatabase", true, 1u, "Hasil!$A$1:$H$3"), (name.Name!.Value, name.Hidden!.Value, name.LocalSheetId!.Value, name.Text));
        Assert.Empty(sheet.Descendants<Spreadsheet.CellFormula>());
    }

    [Fact]
    public void The_package_has_no_open_xml_validation_errors()
    {
        var list = List(
            Row(2, [1d, "1223011203800001", "=HYPERLINK(\"x\")", new DateTime(1980, 3, 12)], RecordStatus.New),
            Row(3, [2d, 1.2230112038E+15, "Budi\u0001", true], RecordStatus.Rejected,
                new Issue("NIK_EXCEL_NUMBER", Severity.Error, Field.Nik, "NIK tersimpan sebagai angka."),
                new Issue("BIRTH_DATE_NIK_MISMATCH", Severity.Warning, Field.BirthDate, "Tanggal lahir berbeda.")),
            Row(4, [3d, null, " Sri ", "-"], RecordStatus.Duplicate, new Issue("DUPLICATE_IN_FILE", Severity.Warning, null, "Ganda.")));

        using var processed = WriteProcessed(list);
        using var failed = new MemoryStream();
        ResultWorkbookWriter.WriteFailed(IssueCatalog.FileNoHeader, Report, failed);
        failed.Position = 0;

        Assert.Empty(ValidationErrors(processed));
        Assert.Empty(ValidationErrors(failed));
    }

    [Fact]
    public void An_official_can_upload_the_result_workbook_again_after_fixing_it()
    {
        var list = List(
            Row(2, [1d, "1223011203800001", "Sri Wahyuni", new DateTime(1980, 3, 12)], RecordStatus.New),
            Row(3, [2d, 1.2230112038E+15, "=Budi", null], RecordStatus.Rejected,
                new Issue("NIK_EXCEL_NUMBER", Severity.Error, Field.Nik, "NIK tersimpan sebagai angka.")));

        using var stream = WriteProcessed(list);
        using var reread = Pipeline.Core.Reading.SpreadsheetReader.Open(stream, "hasil.xlsx", Pipeline.Core.Reading.HeaderVocabulary.WorkerList);
        var rows = reread.Rows.ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal("Sri Wahyuni", rows[0].Get(reread.Layout, Field.Name));
        Assert.Equal("1223011203800001", rows[0].Get(reread.Layout, Field.Nik));
        Assert.Equal(new DateTime(1980, 3, 12), rows[0].Get(reread.Layout, Field.BirthDate));
        Assert.Equal(1.2230112038E+15, rows[1].Get(reread.Layout, Field.Nik));
        Assert.Equal("=Budi", rows[1].Get(reread.Layout, Field.Name));
    }

    [Fact]
    public void The_workbook_can_be_written_to_a_forward_only_stream()
    {
        var list = List(Row(2, [1d, "1223011203800001", "Sri", null], RecordStatus.New));
        using var buffer = new MemoryStream();

        ResultWorkbookWriter.WriteProcessed(list, Report, new ForwardOnlyStream(buffer));
        buffer.Position = 0;

        using var workbook = new XLWorkbook(buffer);
        Assert.Equal("Baru", workbook.Worksheet("Hasil").Cell(2, 6).GetString());
    }

    private static List<string> ValidationErrors(Stream package)
    {
        using var document = SpreadsheetDocument.Open(package, false);
        return new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016)
            .Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    private static string SummaryValue(XLWorkbook workbook, string label) =>
        workbook.Worksheet("Ringkasan").RowsUsed().First(r => r.Cell(1).GetString() == label).Cell(2).GetString();

    private static ProcessedRow Row(int sheetRow, object?[] cells, RecordStatus status, params Issue[] issues)
    {
        var record = new WorkerRecord { SourceRow = sheetRow, Status = status };
        record.Issues.AddRange(issues);
        return new ProcessedRow(new SourceRow(sheetRow, cells), record);
    }

    private static ProcessedList List(params ProcessedRow[] rows) => new() { Layout = Layout, Rows = rows, Reviews = [] };

    private static MemoryStream WriteProcessed(ProcessedList list)
    {
        var stream = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(list, Report, stream);
        stream.Position = 0;
        return stream;
    }

    private static XLWorkbook ReadBack(ProcessedList list) => new(WriteProcessed(list));

    /// <summary>A destination like a blob upload stream: write-only, no seeking, no length.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
