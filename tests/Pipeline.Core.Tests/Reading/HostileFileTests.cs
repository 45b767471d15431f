using System.IO.Compression;
using System.Text;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Tests.Reading.Formats;
using Pipeline.Core.Tests.Validation;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Files made to hurt (issue 10), each generated here: the outcome and its code, and a bound on the memory the read
/// allocated (this thread's allocations, generous on purpose), never on time. What each once cost is in the test name.
/// </summary>
public sealed class HostileFileTests
{
    private const string Nik = "1223014506800001";
    private const long MiB = 1024 * 1024;

    [Fact]
    public void One_cell_at_XFD1048576_neither_widens_nor_lengthens_the_read()
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"], [Nik, "Rosmawati"], [Nik, "Wagiman"]), strict: false,
            zip => Replace(zip, "xl/worksheets/sheet1.xml", "</sheetData>", "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"));

        var (rows, allocated) = ReadAll(workbook);

        Assert.Equal([2, 3, 4], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.Equal(2, r.Cells.Count));
        Assert.InRange(allocated, 0, 20 * MiB);
    }

    [Fact]
    public void Header_with_a_cell_at_XFD1_is_rejected_as_too_wide()
    {
        var rows = new List<object?[]?> { new object?[] { "NIK", "Nama" } };
        rows.AddRange(Enumerable.Range(0, 2000).Select(_ => new object?[] { Nik, "Siti Aisyah" }));
        var workbook = OpenXmlPackageWriter.Write(new WorkbookSpec(new SheetSpec("Data", [.. rows])), strict: false,
            zip => Replace(zip, "xl/worksheets/sheet1.xml", "</row>", "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", once: true));

        var (problem, allocated) = Reject(workbook);

        Assert.Equal(IssueCatalog.FileTooManyColumns, problem);
        Assert.InRange(allocated, 0, 60 * MiB);
    }

    [Fact]
    public void A_cell_at_XFD_in_a_data_row_is_not_kept()
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"]), strict: false,
            zip => Replace(zip, "xl/worksheets/sheet1.xml", "</sheetData>", "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>" + Nik + "</t></is></c><c r=\"XFD3\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"));

        var (rows, _) = ReadAll(workbook);

        Assert.Equal([2, 1], rows.Select(r => r.Cells.Count));
    }

    [Fact]
    public void A_shared_string_that_inflates_to_16_MB_is_kept_as_a_cut_cell()
    {
        var huge = new string('A', 16 * 1024 * 1024);
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, huge]), strict: false);

        var (rows, allocated) = ReadAll(workbook, out var layout);
        var record = TestSheet.Normalizer.Normalize(rows[0], layout, UploadLocation.None);

        Assert.Equal(ReadingOptions.Default.MaxCellLength + ReadingOptions.CutMarker.Length, ((string)rows[0].Cells[1]!).Length);
        Assert.Contains(record.Issues, i => i.Code == "CELL_TOO_LONG" && i.Field == Field.Name);
        Assert.InRange(allocated, 0, 40 * MiB);
    }

    /// <summary>Issue 20: a 366 KB file of 50 million empty shared strings (238 MiB unzipped, under the limit) took 1.04 GB.</summary>
    [Fact]
    public void Fifty_million_empty_shared_strings_are_rejected_after_the_count_bound_within_a_few_megabytes()
    {
        var workbook = WithExtraSharedStrings(OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"]), strict: false), 50_000_000, "<si/>");

        var (problem, allocated) = Reject(workbook);

        Assert.Equal(IssueCatalog.FilePackageTooLarge, problem);
        Assert.InRange(allocated, 0, 48 * MiB);
    }

    /// <summary>Issue 20: a 30 MB file of 12 million short strings took 817 MB.</summary>
    [Fact]
    public void Twelve_million_short_shared_strings_are_rejected_within_a_bounded_allocation()
    {
        var workbook = WithExtraSharedStrings(OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"]), strict: false), 12_000_000, "<si><t>ab</t></si>");

        var (problem, allocated) = Reject(workbook);

        Assert.Equal(IssueCatalog.FilePackageTooLarge, problem);
        Assert.InRange(allocated, 0, 64 * MiB);
    }

    [Fact]
    public void Shared_strings_over_the_byte_bound_are_rejected_even_under_the_count_bound()
    {
        var workbook = WithExtraSharedStrings(OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"]), strict: false), 20_000, $"<si><t>{new string('x', 200)}</t></si>");

        var options = new ReadingOptions { MaxSharedStringBytes = 2 * MiB };
        Assert.Equal(IssueCatalog.FilePackageTooLarge, Reject(workbook, options).Problem);
        Assert.Single(ReadAll(WithExtraSharedStrings(OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"]), strict: false), 5_000, $"<si><t>{new string('x', 200)}</t></si>"), options).Rows);
    }

    [Theory]
    [InlineData("1", "1", "1", "1", 2)]
    [InlineData("1", "5", "3", "2", 5)]
    public void Rows_whose_numbers_repeat_or_go_backwards_are_read_in_document_order_with_a_notice(string header, string first, string second, string third, int firstNumber)
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"], ["1223014506800002", "Rosmawati"], ["1223014506800003", "Wagiman"]), strict: false,
            zip => Replace(zip, "xl/worksheets/sheet1.xml", text => RowNumbers(text, header, first, second, third)));

        using var sheet = SpreadsheetReader.Open(workbook, "upload", HeaderVocabulary.WorkerList);
        var rows = sheet.Rows.ToList();

        Assert.Equal(["Siti", "Rosmawati", "Wagiman"], rows.Select(r => r.Get(sheet.Layout, Field.Name)));
        Assert.Equal([firstNumber, firstNumber + 1, firstNumber + 2], rows.Select(r => r.RowNumber));
        var notice = Assert.Single(sheet.Notices);
        Assert.Equal("SHEET_ROWS_RENUMBERED", notice.Code);
    }

    [Fact]
    public void A_shared_string_index_past_the_table_is_a_damaged_cell_not_an_empty_name()
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"], ["1223014506800002", "Rosmawati"]), strict: false,
            zip => Replace(zip, "xl/worksheets/sheet1.xml", text => text.Replace("<c r=\"B3\" t=\"s\"><v>", "<c r=\"B3\" t=\"s\"><v>9999", StringComparison.Ordinal)));

        var (rows, _) = ReadAll(workbook, out var layout);
        var record = TestSheet.Normalizer.Normalize(rows[1], layout, UploadLocation.None);

        Assert.Equal(RecordStatus.Rejected, record.Status);
        Assert.Contains(record.Issues, i => i.Code == "CELL_DAMAGED" && i.Field == Field.Name && i.Message.Contains("rusak", StringComparison.Ordinal));
        Assert.DoesNotContain(record.Issues, i => i.Code == "NAME_MISSING");
    }

    /// <summary>
    /// A part whose zip header claims fewer bytes than it inflates to is damaged: it inflates only as far as the header
    /// says and is then <c>FILE_CORRUPT</c>, so a bomb behind a small header costs no more than the header claims.
    /// A header that claims more than the limit is <c>FILE_PACKAGE_TOO_LARGE</c> before anything inflates.
    /// </summary>
    [Fact]
    public void A_zip_whose_size_header_lies_low_is_damaged_and_bounded()
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, new string(' ', 16 * 1024 * 1024)]), strict: false);
        DeclareUncompressedSize(workbook, "xl/sharedStrings.xml", 4096);

        var (problem, allocated) = Reject(workbook);

        Assert.Equal(IssueCatalog.FileCorrupt, problem);
        Assert.InRange(allocated, 0, 16 * MiB);
    }

    [Fact]
    public void A_zip_whose_size_header_claims_more_than_the_limit_is_too_large_before_inflating()
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, "Siti"]), strict: false);
        DeclareUncompressedSize(workbook, "xl/sharedStrings.xml", uint.MaxValue - 1);

        Assert.Equal(IssueCatalog.FilePackageTooLarge, Reject(workbook).Problem);
    }

    [Fact]
    public void A_package_inflating_past_the_limit_is_rejected_as_a_zip_bomb()
    {
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK", "Nama"], [Nik, new string(' ', 16 * 1024 * 1024)]), strict: false);

        var (problem, allocated) = Reject(workbook, new ReadingOptions { MaxDecompressedBytes = 4 * MiB });

        Assert.Equal(IssueCatalog.FilePackageTooLarge, problem);
        Assert.InRange(allocated, 0, 20 * MiB);
    }

    [Fact]
    public void Parts_that_together_inflate_past_the_limit_are_stopped_while_inflating()
    {
        var spec = new WorkbookSpec(Enumerable.Range(1, 6).Select(i => new SheetSpec($"S{i}", [["NIK", "Nama"], [Nik, new string('B', 2 * 1024 * 1024)]])).ToArray());

        var (problem, _) = Reject(OpenXmlPackageWriter.Write(spec, strict: false), new ReadingOptions { MaxDecompressedBytes = 5 * MiB });

        Assert.Equal(IssueCatalog.FilePackageTooLarge, problem);
    }

    [Fact]
    public void A_sheet_with_an_entity_bomb_is_rejected_as_damaged()
    {
        const string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>" +
                            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>";
        var workbook = OpenXmlPackageWriter.Write(WorkbookSpec.Single(["NIK"]), strict: false, zip => Replace(zip, "xl/worksheets/sheet1.xml", bomb));

        Assert.Equal(IssueCatalog.FileCorrupt, Reject(workbook).Problem);
    }

    [Fact]
    public void An_ods_row_repeated_a_million_times_fails_on_the_row_limit_without_a_million_rows_in_memory()
    {
        var ods = OdsPackageWriter.WriteTables(
            "<table:table table:name=\"Data\"><table:table-row>" + OdsText("NIK") + OdsText("Nama") + "</table:table-row>" +
            "<table:table-row table:number-rows-repeated=\"1048575\">" + OdsText(Nik) + OdsText("Siti") + "</table:table-row></table:table>");

        var (problem, allocated) = Reject(ods);

        Assert.Equal(IssueCatalog.FileTooManyRows, problem);
        Assert.InRange(allocated, 0, 300 * MiB);
    }

    [Fact]
    public void Empty_ods_rows_and_columns_repeated_to_the_sheet_end_cost_nothing()
    {
        var ods = OdsPackageWriter.WriteTables(
            "<table:table table:name=\"Data\"><table:table-row>" + OdsText("NIK") + OdsText("Nama") + "<table:table-cell table:number-columns-repeated=\"16382\"/></table:table-row>" +
            "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>" +
            "<table:table-row>" + OdsText(Nik) + OdsText("Siti") + "<table:table-cell table:number-columns-repeated=\"16000\">" + "<text:p>x</text:p></table:table-cell></table:table-row></table:table>");

        var (rows, allocated) = ReadAll(ods);

        var row = Assert.Single(rows);
        Assert.Equal(1_000_002, row.RowNumber);
        Assert.Equal(2, row.Cells.Count);
        Assert.InRange(allocated, 0, 20 * MiB);
    }

    [Fact]
    public void An_ods_header_filled_across_every_column_is_rejected_as_too_wide()
    {
        var ods = OdsPackageWriter.WriteTables(
            "<table:table table:name=\"Data\"><table:table-row>" + OdsText("NIK") + OdsText("Nama") +
            "<table:table-cell table:number-columns-repeated=\"16382\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>" +
            "<table:table-row>" + OdsText(Nik) + OdsText("Siti") + "</table:table-row></table:table>");

        Assert.Equal(IssueCatalog.FileTooManyColumns, Reject(ods).Problem);
    }

    [Fact]
    public void A_csv_row_of_millions_of_delimiters_is_rejected_without_gigabytes()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("NIK;Nama\r\n" + Nik + ";Siti\r\n" + new string(';', 5_000_000) + "\r\n"));

        var (problem, allocated) = Reject(csv);

        Assert.Equal(IssueCatalog.FileRowTooLong, problem);
        Assert.InRange(allocated, 0, 80 * MiB);
    }

    [Fact]
    public void An_unclosed_quote_swallowing_the_rest_of_a_csv_is_rejected_as_a_too_long_row()
    {
        var rest = string.Concat(Enumerable.Repeat(Nik + ";Siti Aisyah;Sukarame\r\n", 400_000));
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("NIK;Nama;Desa\r\n" + Nik + ";\"Siti;Sukarame\r\n" + rest));

        var (problem, allocated) = Reject(csv);

        Assert.Equal(IssueCatalog.FileRowTooLong, problem);
        Assert.InRange(allocated, 0, 120 * MiB);
    }

    [Fact]
    public void A_half_megabyte_nik_cell_is_cut_and_rejected_as_a_row_not_a_crash()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("NIK;Nama\r\n" + new string('1', 512 * 1024) + ";Siti\r\n" + Nik + ";Rosmawati\r\n"));

        using var sheet = SpreadsheetReader.Open(csv, "x.csv", HeaderVocabulary.WorkerList);
        var records = sheet.Rows.Select(r => TestSheet.Normalizer.Normalize(r, sheet.Layout, UploadLocation.None)).ToList();

        Assert.Equal(["CELL_TOO_LONG", "NIK_NOT_NUMERIC"], records[0].Issues.Select(i => i.Code).Where(c => c.StartsWith("CELL_", StringComparison.Ordinal) || c.StartsWith("NIK_", StringComparison.Ordinal)));
        Assert.Equal(RecordStatus.Rejected, records[0].Status);
        Assert.Equal(Nik, records[1].Nik);
    }

    [Fact]
    public void More_rows_than_the_limit_fail_before_any_row_is_handed_out()
    {
        var rows = new List<object?[]?> { new object?[] { "NIK", "Nama" } };
        rows.AddRange(Enumerable.Range(0, 5000).Select(_ => new object?[] { Nik, "Siti Aisyah" }));

        var (problem, allocated) = Reject(OpenXmlPackageWriter.Write(new WorkbookSpec(new SheetSpec("Data", [.. rows])), strict: false), new ReadingOptions { MaxDataRows = 1000 });

        Assert.Equal(IssueCatalog.FileTooManyRows, problem);
        Assert.InRange(allocated, 0, 30 * MiB);
    }

    [Fact]
    public void A_file_past_its_time_budget_is_stopped()
    {
        var csv = new MemoryStream(Encoding.UTF8.GetBytes("NIK;Nama\r\n" + Nik + ";Siti\r\n"));

        Assert.Equal(IssueCatalog.FileTimeLimit, Reject(csv, new ReadingOptions { MaxDuration = TimeSpan.Zero }).Problem);
    }

    [Fact]
    public void The_time_budget_counts_the_work_done_between_rows()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(_ => Nik + ";Siti\r\n"));
        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes("NIK;Nama\r\n" + rows)), "x.csv", HeaderVocabulary.WorkerList,
            new ReadingOptions { MaxDuration = TimeSpan.FromSeconds(2) });

        var rejection = Assert.Throws<FileRejectedException>(() =>
        {
            foreach (var _ in sheet.Rows)
            {
                Thread.Sleep(100);
            }
        });

        Assert.Equal(IssueCatalog.FileTimeLimit, rejection.Problem);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_upload_over_the_size_limit_is_rejected_before_it_is_parsed(bool nonSeekable)
    {
        Stream content = new MemoryStream(new byte[200_000]);
        if (nonSeekable)
        {
            content = new NonSeekableStream(content);
        }

        var rejection = Assert.Throws<FileRejectedException>(() =>
            SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList, new ReadingOptions { MaxUploadBytes = 100_000 }));

        Assert.Equal(IssueCatalog.FileTooLarge, rejection.Problem);
    }

    [Fact]
    public void An_encrypted_ods_is_named_as_password_protected()
    {
        var ods = OdsPackageWriter.WriteTables("<table:table table:name=\"Data\"/>");
        using (var zip = new ZipArchive(ods, ZipArchiveMode.Update, leaveOpen: true))
        {
            Replace(zip, "META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>");
        }

        ods.Position = 0;
        Assert.Equal(IssueCatalog.FilePasswordProtected, Reject(ods).Problem);
    }

    [Fact]
    public void An_excel_2_worksheet_without_an_ole_container_is_read()
    {
        var biff2 = Biff2Writer.Write(["DAFTAR PEKERJA"], ["NIK", "Nama", "No"], [Nik, "Siti Aisyah", 1d]);

        using var sheet = SpreadsheetReader.Open(biff2, "lama.xls", HeaderVocabulary.WorkerList);
        var row = Assert.Single(sheet.Rows);

        Assert.Equal(2, sheet.Layout.HeaderRow);
        Assert.Equal(3, row.RowNumber);
        Assert.Equal(Nik, row.Get(sheet.Layout, Field.Nik));
        Assert.Equal("Siti Aisyah", row.Get(sheet.Layout, Field.Name));
    }

    private static (List<SourceRow> Rows, long Allocated) ReadAll(Stream content, ReadingOptions? options = null) =>
        ReadAll(content, out _, options);

    private static (List<SourceRow> Rows, long Allocated) ReadAll(Stream content, out SheetLayout layout, ReadingOptions? options = null)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        using var sheet = SpreadsheetReader.Open(content, "upload", HeaderVocabulary.WorkerList, options ?? ReadingOptions.Default);
        var rows = sheet.Rows.ToList();
        layout = sheet.Layout;
        return (rows, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static (IssueDefinition Problem, long Allocated) Reject(Stream content, ReadingOptions? options = null)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var rejection = Assert.Throws<FileRejectedException>(() =>
        {
            using var sheet = SpreadsheetReader.Open(content, "upload", HeaderVocabulary.WorkerList, options ?? ReadingOptions.Default);
            foreach (var _ in sheet.Rows)
            {
            }
        });
        return (rejection.Problem, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    /// <summary>The package again, its shared strings followed by <paramref name="count"/> copies of <paramref name="item"/>, streamed.</summary>
    private static MemoryStream WithExtraSharedStrings(MemoryStream package, long count, string item)
    {
        const int perChunk = 10_000;
        var output = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (entry.FullName != "xl/sharedStrings.xml")
                {
                    from.CopyTo(to);
                    continue;
                }

                var text = new StreamReader(from).ReadToEnd();
                using var writer = new StreamWriter(to, new UTF8Encoding(false), 1 << 16);
                writer.Write(text[..text.LastIndexOf("</sst>", StringComparison.Ordinal)]);
                var chunk = string.Concat(Enumerable.Repeat(item, perChunk));
                for (long written = 0; written < count; written += perChunk)
                {
                    writer.Write(chunk);
                }

                writer.Write("</sst>");
            }
        }

        output.Position = 0;
        return output;
    }

    /// <summary>Writes a false uncompressed size for one entry into its local header and its central directory record.</summary>
    private static void DeclareUncompressedSize(MemoryStream package, string entryName, uint size)
    {
        var bytes = package.GetBuffer().AsSpan(0, (int)package.Length);
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes[i..]);
            if (signature == 0x04034b50 && bytes.Slice(i + 30, name.Length).SequenceEqual(name) && BitConverter.ToUInt16(bytes[(i + 26)..]) == name.Length)
            {
                BitConverter.TryWriteBytes(bytes[(i + 22)..], size);
            }
            else if (signature == 0x02014b50 && bytes.Slice(i + 46, name.Length).SequenceEqual(name) && BitConverter.ToUInt16(bytes[(i + 28)..]) == name.Length)
            {
                BitConverter.TryWriteBytes(bytes[(i + 24)..], size);
            }
        }

        package.Position = 0;
    }

    /// <summary>The sheet's four rows (header and three data rows) numbered as given, whatever the cells' references say.</summary>
    private static string RowNumbers(string sheet, params string[] numbers)
    {
        var index = 0;
        return System.Text.RegularExpressions.Regex.Replace(sheet, "<row r=\"\\d+\"", _ => $"<row r=\"{numbers[index++]}\"");
    }

    private static void Replace(ZipArchive zip, string part, Func<string, string> change)
    {
        var entry = zip.GetEntry(part)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        OpenXmlPackageWriter.Add(zip, part, change(text));
    }

    private static string OdsText(string text) => $"<table:table-cell office:value-type=\"string\"><text:p>{text}</text:p></table:table-cell>";

    /// <summary>Rewrites one part of a package being built (or opened for update).</summary>
    private static void Replace(ZipArchive zip, string part, string find, string replacement, bool once = false)
    {
        var entry = zip.GetEntry(part)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        var index = text.IndexOf(find, StringComparison.Ordinal);
        text = once ? text[..index] + replacement + text[(index + find.Length)..] : text.Replace(find, replacement, StringComparison.Ordinal);
        OpenXmlPackageWriter.Add(zip, part, text);
    }

    private static void Replace(ZipArchive zip, string part, string content)
    {
        zip.GetEntry(part)?.Delete();
        OpenXmlPackageWriter.Add(zip, part, content);
    }
}
