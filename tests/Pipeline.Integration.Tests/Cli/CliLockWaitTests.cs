using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using Pipeline.Cli;
using Pipeline.Storage;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// A run that finds the regency's matching lock held by another process (another instance, or one killed with
/// <c>kill -9</c> while it held it, which frees it only when its 60 s run out) says that it waits (issue 20).
/// </summary>
public sealed class CliLockWaitTests
{
    [Fact]
    public async Task A_run_waiting_for_a_lock_held_elsewhere_says_so_in_its_progress()
    {
        await using var azurite = await AzuriteProcess.StartAsync(location: null);
        var reference = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.ReferenceContainer);
        await reference.CreateIfNotExistsAsync();
        var lockBlob = reference.GetBlobClient("locks/labuhanbatu-utara/matching.lock");
        await lockBlob.UploadAsync(BinaryData.FromString("lock"), overwrite: true);
        var killedHolder = lockBlob.GetBlobLeaseClient();
        await killedHolder.AcquireAsync(TimeSpan.FromSeconds(15));

        using var folders = new CliFolders();
        folders.Add("kualuh-hulu/aek-kanopan/daftar.csv", CliFolders.SampleList);
        var errors = new StringWriter();
        var exit = await CliApp.RunAsync(
            ["run", "--input", folders.Input, "--out", folders.Out, "--storage", azurite.ConnectionString, "--reference-date", "2025-11-06"], new StringWriter(), errors);

        Assert.True(exit == 0, errors.ToString());
        var lines = errors.ToString().Split('\n');
        var waiting = Array.FindIndex(lines, l => l.StartsWith("Waiting for the matching lock (menunggu kunci", StringComparison.Ordinal));
        var done = Array.FindIndex(lines, l => l.StartsWith("[1/1]", StringComparison.Ordinal));
        Assert.InRange(waiting, 0, done - 1);
        Assert.Contains("60 s", lines[waiting], StringComparison.Ordinal);
    }
}
