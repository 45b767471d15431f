using System.IO.Compression;
using System.Text;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class RejectedFileTests
{
    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty-stream", "FILE_EMPTY" },
        { "whitespace-only-csv", "FILE_EMPTY" },
        { "delimiters-only-csv", "FILE_EMPTY" },
        { "random-bytes", "FILE_NOT_SPREADSHEET" },
        { "pdf", "FILE_NOT_SPREADSHEET" },
        { "png", "FILE_NOT_SPREADSHEET" },
        { "html-table", "FILE_IS_WEB_PAGE" },
        { "truncated-xlsx", "FILE_CORRUPT" },
        { "empty-zip", "FILE_CORRUPT" },
        { "zip-of-text-files", "FILE_NOT_SPREADSHEET" },
        { "docx", "FILE_IS_WORD_DOCUMENT" },
        { "odt", "FILE_IS_OPENDOCUMENT" },
        { "ods-without-tables", "FILE_EMPTY" },
        { "ods-with-broken-xml", "FILE_CORRUPT" },
        { "xlsb", "FILE_IS_BINARY_WORKBOOK" },
        { "excel-2003-xml", "FILE_IS_WEB_PAGE" },
        { "ole2-garbage", "FILE_NOT_SPREADSHEET" },
        { "workbook-with-empty-sheets", "FILE_EMPTY" },
        { "sheet-without-nik-header", "FILE_NO_HEADER" },
        { "csv-without-nama-header", "FILE_NO_HEADER" },
        { "header-without-rows", "FILE_NO_ROWS" },
        { "header-then-only-footer", "FILE_NO_ROWS" },
        { "csv-header-without-rows", "FILE_NO_ROWS" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_upload_is_rejected_with_a_file_level_issue(string input, string expectedCode)
    {
        var rejection = Assert.Throws<FileRejectedException>(() =>
            SpreadsheetReader.Open(Build(input), "upload.xlsx", HeaderVocabulary.WorkerList));

        Assert.Equal(expectedCode, rejection.Problem.Code);
        Assert.Equal(rejection.Problem.MessageEn, rejection.Message);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_upload_is_rejected_the_same_way_when_not_seekable(string input, string expectedCode)
    {
        var rejection = Assert.Throws<FileRejectedException>(() =>
            SpreadsheetReader.Open(new NonSeekableStream(Build(input)), "upload", HeaderVocabulary.WorkerList));

        Assert.Equal(expectedCode, rejection.Problem.Code);
    }

    /// <summary>What the village door refuses before storing: the container's verdict (the sheets are ingest's).</summary>
    [Theory]
    [InlineData("empty-stream", "FILE_EMPTY")]
    [InlineData("random-bytes", "FILE_NOT_SPREADSHEET")]
    [InlineData("pdf", "FILE_NOT_SPREADSHEET")]
    [InlineData("png", "FILE_NOT_SPREADSHEET")]
    [InlineData("html-table", "FILE_IS_WEB_PAGE")]
    [InlineData("truncated-xlsx", "FILE_CORRUPT")]
    [InlineData("empty-zip", "FILE_CORRUPT")]
    [InlineData("zip-of-text-files", "FILE_NOT_SPREADSHEET")]
    [InlineData("docx", "FILE_IS_WORD_DOCUMENT")]
    [InlineData("odt", "FILE_IS_OPENDOCUMENT")]
    [InlineData("xlsb", "FILE_IS_BINARY_WORKBOOK")]
    [InlineData("excel-2003-xml", "FILE_IS_WEB_PAGE")]
    [InlineData("ole2-garbage", "FILE_NOT_SPREADSHEET")]
    [InlineData("sheet-without-nik-header", null)]
    [InlineData("header-without-rows", null)]
    [InlineData("csv-without-nama-header", null)]
    [InlineData("ods-without-tables", null)]
    public void The_door_recognises_a_spreadsheet_by_its_container(string input, string? expectedCode)
    {
        Assert.Equal(expectedCode, SpreadsheetReader.Recognise(Build(input), "upload.xlsx", ReadingOptions.Default)?.Code);
        Assert.Null(SpreadsheetReader.Recognise(VillageWorkbook.Typical(), "daftar.xlsx", ReadingOptions.Default));
        Assert.Equal("FILE_TOO_LARGE", SpreadsheetReader.Recognise(VillageWorkbook.Typical(), "daftar.xlsx", new ReadingOptions { MaxUploadBytes = 100 })?.Code);
    }

    [Fact]
    public void Every_rejection_code_is_defined_in_the_catalog()
    {
        var catalogCodes = typeof(IssueCatalog).GetFields()
            .Select(f => f.GetValue(null)).OfType<IssueDefinition>().Select(d => d.Code).ToHashSet();

        Assert.All(BadInputs.Select(row => (string)row[1]), code => Assert.Contains(code, catalogCodes));
    }

    private static MemoryStream Build(string input) => input switch
    {
        "empty-stream" => new MemoryStream(),
        "whitespace-only-csv" => Text("  \r\n\r\n   \r\n"),
        "delimiters-only-csv" => Text(";;;\r\n;;;\r\n"),
        "random-bytes" => new MemoryStream(RandomBytes(2048)),
        "pdf" => Text("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"),
        "png" => new MemoryStream([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]),
        "html-table" => Text("<html><body><table><tr><td>NIK</td><td>Nama</td></tr></table></body></html>"),
        "truncated-xlsx" => FirstHalf(VillageWorkbook.Typical()),
        "empty-zip" => Zip(),
        "zip-of-text-files" => Zip(("readme.txt", "NIK;Nama")),
        "docx" => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>")),
        "odt" => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")),
        "ods-without-tables" => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:spreadsheet/></office:body></office:document-content>")),
        "ods-with-broken-xml" => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<office:document-content><table")),
        "xlsb" => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.bin", "\u0083\u0001")),
        "excel-2003-xml" => Text("<?xml version=\"1.0\"?>\r\n<?mso-application progid=\"Excel.Sheet\"?>\r\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>"),
        "ole2-garbage" => new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(1024)]),
        "workbook-with-empty-sheets" => VillageWorkbook.EmptySheets(),
        "sheet-without-nik-header" => VillageWorkbook.FromRows(["No", "Nama", "Alamat"], [1, "Sri", "Aek Kanopan"]),
        "csv-without-nama-header" => Text("NIK;Alamat\n1223010101800001;Aek Kanopan\n"),
        "header-without-rows" => VillageWorkbook.FromRows(["DAFTAR PEKERJA"], ["NIK", "Nama", "Alamat"], [1, 2, 3]),
        "header-then-only-footer" => VillageWorkbook.FromRows(["NIK", "Nama"], [null], [null, "Mengetahui,"], [null, "Kepala Desa"]),
        "csv-header-without-rows" => Text("NIK;Nama\r\n;\r\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(42).NextBytes(bytes);
        bytes[0] = 0x01;
        return bytes;
    }

    private static MemoryStream FirstHalf(MemoryStream whole) => new(whole.ToArray()[..(int)(whole.Length / 2)]);

    private static MemoryStream Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }
}
