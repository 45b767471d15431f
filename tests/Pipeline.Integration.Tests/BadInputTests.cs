using System.IO.Compression;
using ClosedXML.Excel;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Ingest;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// Files that cannot be read are recorded as failed, with a result workbook that says what to do; the service
/// returns normally so the trigger does not retry them.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "kosong.xlsx", [], "FILE_EMPTY" },
        { "surat.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8.ToArray(), "FILE_NOT_SPREADSHEET" },
        { "foto.xlsx", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01], "FILE_NOT_SPREADSHEET" },
        { "terpotong.xlsx", Truncated(VillageList(Worker(1, "1223011203800001", "Budi", "12-03-1980", "L"))), "FILE_CORRUPT" },
        { "zip-kosong.xlsx", EmptyZip(), "FILE_CORRUPT" },
        { "tanpa-judul.xlsx", NoHeader(), "FILE_NO_HEADER" },
        { "judul-saja.xlsx", VillageList(), "FILE_NO_ROWS" },
        { "lembar-kosong.xlsx", EmptySheet(), "FILE_EMPTY" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task An_unreadable_file_is_recorded_as_failed_with_a_message_and_a_result(string name, byte[] content, string expectedCode)
    {
        await using var env = await TestEnvironment.StartAsync();
        var path = "kualuh-hulu/aek-kanopan/" + name;

        var outcome = await env.Ingest.IngestAsync(path, new MemoryStream(content), default);

        Assert.Equal((IngestOutcome.Failed, expectedCode), (outcome.Status, outcome.IssueCode));
        var upload = await IngestTests.GetUploadAsync(env, path);
        Assert.Equal(IngestOutcome.Failed, upload.Status);
        Assert.Equal(expectedCode, upload.IssueCode);
        Assert.False(string.IsNullOrWhiteSpace(upload.Message));
        Assert.False(string.IsNullOrWhiteSpace(upload.MessageEn));

        var result = await env.Storage.Results.GetBlobClient(UploadIdentity.Of(path).ResultPath).DownloadContentAsync();
        using var workbook = Open(result.Value.Content.ToArray());
        var text = string.Join(" ", workbook.Worksheet("Hasil").CellsUsed().Select(c => c.GetString()));
        Assert.Contains(expectedCode, text);
        Assert.Contains(upload.Message!, text);
    }

    [Fact]
    public async Task A_password_protected_workbook_is_recorded_as_failed()
    {
        var fixture = FindFixture("password-rahasia.xls");
        Assert.NotNull(fixture);
        await using var env = await TestEnvironment.StartAsync();

        await using var content = File.OpenRead(fixture);
        var outcome = await env.Ingest.IngestAsync("kualuh-hulu/aek-kanopan/rahasia.xls", content, default);

        Assert.Equal(("failed", "FILE_PASSWORD_PROTECTED"), (outcome.Status, outcome.IssueCode));
    }

    [Fact]
    public async Task An_unreadable_new_version_keeps_the_earlier_good_records()
    {
        await using var env = await TestEnvironment.StartAsync();
        const string path = "kualuh-hulu/aek-kanopan/daftar.xlsx";
        var good = await env.Ingest.IngestAsync(path, new MemoryStream(VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"))), default);

        var bad = await env.Ingest.IngestAsync(path, new MemoryStream("not a workbook"u8.ToArray()), default);

        Assert.Equal("failed", bad.Status);
        Assert.Single(await IngestTests.ReadRecordsAsync(env, good.UploadKey));
    }

    private static byte[] Truncated(byte[] content) => content[..(content.Length / 2)];

    private static byte[] EmptyZip()
    {
        using var stream = new MemoryStream();
        using (new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
        }

        return stream.ToArray();
    }

    private static byte[] NoHeader()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sheet1");
        sheet.Cell(1, 1).SetValue("Catatan rapat");
        sheet.Cell(2, 1).SetValue("Harga karet naik");
        sheet.Cell(3, 2).SetValue(12500);
        return Save(workbook);
    }

    private static byte[] EmptySheet()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Sheet1");
        return Save(workbook);
    }

    private static byte[] Save(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static string? FindFixture(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Pipeline.Core.Tests", "Fixtures", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
