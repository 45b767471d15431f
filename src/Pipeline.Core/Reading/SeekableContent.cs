namespace Pipeline.Core.Reading;

/// <summary>
/// ExcelDataReader and the CSV detector need to seek. A blob download stream cannot, so it is spooled to a temp
/// file that deletes itself on close: memory stays flat even for a 50,000-row upload.
/// </summary>
internal static class SeekableContent
{
    /// <summary>The stream itself when it can seek; otherwise a self-deleting temp copy, which the caller must dispose.</summary>
    public static Stream Ensure(Stream content, out bool isTemporaryCopy)
    {
        isTemporaryCopy = !content.CanSeek;
        if (content.CanSeek)
        {
            content.Position = 0;
            return content;
        }

        var copy = new FileStream(
            Path.Combine(Path.GetTempPath(), $"pipeline-upload-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose);
        try
        {
            content.CopyTo(copy);
            copy.Position = 0;
            return copy;
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }
}
