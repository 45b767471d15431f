using Pipeline.Cli;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// <c>export --from OUT</c> while uploads are still <c>processing</c> (another instance ingesting, or a process killed
/// with <c>kill -9</c> mid-ingest): what is complete is exported, the rest is listed as processing, and no empty
/// workbook is written (issue 20).
/// </summary>
public sealed class CliExportInProgressTests
{
    [Fact]
    public async Task Uploads_still_processing_are_listed_as_such_and_get_no_empty_workbook()
    {
        using var folders = new CliFolders();
        folders.Add("kualuh-hulu/aek-kanopan/daftar.csv", CliFolders.SampleList);
        folders.Add("kualuh-hulu/sukarame/daftar.csv", CliFolders.SampleList);
        var errors = new StringWriter();
        Assert.True(await CliApp.RunAsync(["run", "--input", folders.Input, "--out", folders.Out, "--reference-date", "2025-11-06"], new StringWriter(), errors) == 0, errors.ToString());

        // As a killed run leaves it: a new version of Sukarame started (its row says processing, the new result is not
        // written yet: the old one is gone), and a new upload that never got further than its Uploads row.
        await using (var azurite = await AzuriteProcess.StartAsync(Path.Combine(folders.Out, ".storage")))
        {
            var storage = PipelineStorageFactory.FromConnectionString(azurite.ConnectionString);
            var uploads = new UploadStore(storage);
            var sukarame = UploadIdentity.Of("kualuh-hulu/sukarame/daftar.csv");
            await uploads.StartAsync(sukarame, "new-version", 100, 1, DateTimeOffset.UtcNow, default);
            await storage.Results.DeleteBlobAsync(sukarame.ResultPath);
            await uploads.StartAsync(UploadIdentity.Of("kualuh-hulu/sidua-dua/baru.csv"), "first", 100, 1, DateTimeOffset.UtcNow, default);
        }

        var again = Path.Combine(folders.Root, "again");
        var output = new StringWriter();
        var exportErrors = new StringWriter();
        var exit = await CliApp.RunAsync(["export", "--from", folders.Out, "--out", again], output, exportErrors);

        Assert.True(exit == 0, exportErrors.ToString());
        var rows = CliTests.ReadCsv(Path.Combine(again, "uploads.csv"));
        var (file, status, result) = (rows[0].IndexOf("source_file"), rows[0].IndexOf("status"), rows[0].IndexOf("result_file"));
        var byPath = rows.Skip(1).ToDictionary(r => r[file]);
        Assert.Equal(("processed", "results/kualuh-hulu/aek-kanopan/daftar.csv.hasil.xlsx"), (byPath["kualuh-hulu/aek-kanopan/daftar.csv"][status], byPath["kualuh-hulu/aek-kanopan/daftar.csv"][result]));
        Assert.Equal(("processing", ""), (byPath["kualuh-hulu/sukarame/daftar.csv"][status], byPath["kualuh-hulu/sukarame/daftar.csv"][result]));
        Assert.Equal(("processing", ""), (byPath["kualuh-hulu/sidua-dua/baru.csv"][status], byPath["kualuh-hulu/sidua-dua/baru.csv"][result]));
        var written = Directory.GetFiles(Path.Combine(again, "results"), "*", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(again, "results", "kualuh-hulu", "aek-kanopan", "daftar.csv.hasil.xlsx")], written);
        Assert.All(written, f => Assert.True(new FileInfo(f).Length > 0, f));
        var records = CliTests.ReadCsv(Path.Combine(again, "records.csv"));
        Assert.All(records.Skip(1), r => Assert.Equal("kualuh-hulu/aek-kanopan/daftar.csv", r[0]));
        Assert.Contains("2 still processing", output.ToString(), StringComparison.Ordinal);
    }
}
