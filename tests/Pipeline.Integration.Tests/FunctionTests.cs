using Microsoft.Extensions.DependencyInjection;
using Pipeline.Functions;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// The function classes called directly, as the host would after binding the blob (the Functions host itself
/// cannot run here): they must reach the same services and storage.
/// </summary>
public sealed class FunctionTests
{
    [Fact]
    public async Task The_blob_trigger_ingests_the_upload_under_its_path()
    {
        await using var env = await TestEnvironment.StartAsync();
        var function = ActivatorUtilities.CreateInstance<IngestUploadFunction>(env.Services);
        var content = VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L"));

        await function.Run(new MemoryStream(content), "kualuh-hulu", "aek-kanopan", "daftar.xlsx", CancellationToken.None);

        var upload = await IngestTests.GetUploadAsync(env, "kualuh-hulu/aek-kanopan/daftar.xlsx");
        Assert.Equal(("processed", 1), (upload.Status, upload.Rows));
        Assert.True(await env.Storage.Results.GetBlobClient("kualuh-hulu/aek-kanopan/daftar.xlsx.hasil.xlsx").ExistsAsync());
    }

    [Fact]
    public async Task The_blob_trigger_does_not_throw_for_a_file_that_is_not_a_spreadsheet()
    {
        await using var env = await TestEnvironment.StartAsync();
        var function = ActivatorUtilities.CreateInstance<IngestUploadFunction>(env.Services);

        await function.Run(new MemoryStream("%PDF-1.7"u8.ToArray()), "kualuh-hulu", "aek-kanopan", "surat.pdf", CancellationToken.None);

        Assert.Equal("failed", (await IngestTests.GetUploadAsync(env, "kualuh-hulu/aek-kanopan/surat.pdf")).Status);
    }

    [Fact]
    public async Task The_register_trigger_loads_the_participant_snapshot()
    {
        await using var env = await TestEnvironment.StartAsync();
        var function = ActivatorUtilities.CreateInstance<LoadParticipantRegisterFunction>(env.Services);
        var csv = "KPJ,NIK,NAMA_PESERTA,TGL_LAHIR,STATUS_KEPESERTAAN\n25012345678,1223016507900002,SRI WAHYUNI,25-07-1990,AKTIF\n";

        await function.Run(IngestTests.Utf8(csv), "export-2025-11.csv", CancellationToken.None);

        Assert.Equal(1, await IngestTests.CountAsync(env, StorageNames.ParticipantsTable));
    }
}
