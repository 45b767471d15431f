using Pipeline.Cli;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>Every file under --input gets a row in uploads.csv, whatever its name (issue 10, item 9).</summary>
public sealed class CliInputFilesTests
{
    [Fact]
    public async Task Every_file_gets_an_uploads_row_whatever_its_name()
    {
        using var folders = new CliFolders();
        var list = CliFolders.SampleList;
        string[] lists =
        [
            "kualuh-hulu\\aek-kanopan\\daftar.csv", // a zip made on Windows, unpacked on Linux: one name with backslashes
            "desa..lama/daftar..csv",
            ".daftar-tersembunyi.csv",
            "kualuh hulu/aek kanopan/daftar pekerja.csv",
            "kualuh-leidong/tanjung-leidong/daftar-ñ-é-漢字.csv",
            "na-ix-x/#1 daftar?versi=2%.csv",
        ];
        foreach (var path in lists)
        {
            folders.Add(path, list);
        }

        folders.Add("catatan.txt", "bukan daftar"u8.ToArray());
        string[] junk = [".DS_Store", "kualuh-hulu/~$daftar.xlsx", "__MACOSX/kualuh-hulu/._daftar.csv", "Thumbs.db", "na-ix-x/.~lock.daftar.ods#"];
        foreach (var path in junk)
        {
            folders.Add(path, [0, 1, 2]);
        }

        string[] unusable = ["daftar.", "baris\nbaru.csv"];
        foreach (var path in unusable)
        {
            folders.Add(path, list);
        }

        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await CliApp.RunAsync(["run", "--input", folders.Input, "--out", folders.Out, "--reference-date", "2025-11-06", "--parallel", "2"], output, errors);

        Assert.True(exit == 0, errors.ToString());
        var rows = folders.UploadsCsv();
        var header = rows[0];
        var (file, status, code, result) = (header.IndexOf("source_file"), header.IndexOf("status"), header.IndexOf("issue_code"), header.IndexOf("result_file"));
        var byPath = rows.Skip(1).ToDictionary(r => r[file], StringComparer.Ordinal);
        var everyFile = lists.Concat(junk).Concat(unusable).Append("catatan.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(everyFile, rows.Skip(1).Select(r => r[file]));

        foreach (var path in lists)
        {
            Assert.Equal("processed", byPath[path][status]);
            Assert.True(File.Exists(Path.Combine(folders.Out, "results", byPath[path][result]["results/".Length..])), path);
        }

        // A file that is not a list is uploaded like any other and fails in ingest, with a result workbook that says why.
        Assert.Equal(("failed", "results/catatan.txt.hasil.xlsx"), (byPath["catatan.txt"][status], byPath["catatan.txt"][result]));
        Assert.StartsWith("FILE_", byPath["catatan.txt"][code]);
        foreach (var path in junk)
        {
            Assert.Equal(("skipped", "FILE_SYSTEM_JUNK", ""), (byPath[path][status], byPath[path][code], byPath[path][result]));
            Assert.Contains($"Skipped: {path} [FILE_SYSTEM_JUNK]", errors.ToString());
        }

        foreach (var path in unusable)
        {
            Assert.Equal(("failed", "FILE_NAME_UNUSABLE", ""), (byPath[path][status], byPath[path][code], byPath[path][result]));
            Assert.Contains("tidak dapat dipakai sebagai nama unggahan", byPath[path][header.IndexOf("message")]);
        }

        Assert.Contains($"{everyFile.Count} files: {lists.Length} processed, {unusable.Length + 1} failed, {junk.Length} skipped", output.ToString());
        var records = CliTests.ReadCsv(Path.Combine(folders.Out, "records.csv"));
        Assert.Equal(lists.Order(StringComparer.Ordinal), records.Skip(1).Select(r => r[0]).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(".DS_Store", "berkas macOS")]
    [InlineData("kualuh-hulu/~$daftar.xlsx", "penanda kunci Microsoft Office")]
    [InlineData("a/.~lock.daftar.ods#", "penanda kunci LibreOffice")]
    [InlineData("__MACOSX/a/daftar.xlsx", "salinan data macOS")]
    [InlineData("a/._daftar.xlsx", "salinan data macOS")]
    [InlineData("a/THUMBS.DB", "berkas Windows")]
    [InlineData("a/desktop.ini", "berkas Windows")]
    [InlineData(".daftar.xlsx", null)]
    [InlineData("~daftar.xlsx", null)]
    [InlineData("a/.~lock.daftar.ods", null)]
    [InlineData("MACOSX/daftar.xlsx", null)]
    public void Only_operating_system_and_office_helper_files_are_junk(string path, string? kind) =>
        Assert.Equal(kind, InputFolder.JunkKind(path));

    [Theory]
    [InlineData("daftar.", true)]
    [InlineData("desa./daftar.xlsx", true)]
    [InlineData("a/b\u0001.xlsx", true)]
    [InlineData("a/b\u007F.xlsx", true)]
    [InlineData("a\\b\\daftar.xlsx", false)]
    [InlineData("desa..lama/..daftar..xlsx", false)]
    [InlineData("#?%&+ =;,'.csv", false)]
    [InlineData("漢字/ñ.xlsx", false)]
    public void Names_storage_cannot_take_are_found_before_uploading(string path, bool unusable) =>
        Assert.Equal(unusable, InputFolder.UnusableNameReason(path) is not null);

    [Fact]
    public void A_path_longer_than_a_blob_name_is_unusable()
    {
        Assert.Null(InputFolder.UnusableNameReason(new string('a', InputFolder.MaxUploadPathLength)));
        Assert.NotNull(InputFolder.UnusableNameReason(new string('a', InputFolder.MaxUploadPathLength + 1)));
    }
}
