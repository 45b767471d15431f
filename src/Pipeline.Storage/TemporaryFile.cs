using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage;

/// <summary>
/// A file the pipeline writes before it stores it (a workbook, a CSV, an index snapshot): on disk, never in memory (a
/// whole regency's workbook is tens of megabytes; the packaging needs a seekable stream), and deleted when closed.
/// </summary>
internal static class TemporaryFile
{
    /// <param name="purpose">A word in the file's name (<c>report</c>, <c>bill</c>), for whoever looks in the temp folder.</param>
    public static FileStream Create(string purpose) => new(
        Path.Combine(Path.GetTempPath(), $"pipeline-{purpose}-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);

    /// <summary>Stores the whole of <paramref name="file"/>, from its start, as <paramref name="blob"/>, replacing what is there.</summary>
    public static async Task UploadWholeAsync(
        this BlobClient blob, FileStream file, string contentType, CancellationToken cancellationToken, BlobRequestConditions? conditions = null)
    {
        file.Position = 0;
        await blob.UploadAsync(file, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType }, Conditions = conditions }, cancellationToken);
    }
}
