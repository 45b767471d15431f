using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The parsers need to seek. A blob download stream cannot, so it is spooled to a temp file that deletes itself on
/// close: memory stays flat even for a 50,000-row upload. The upload-size limit is checked here, before any parsing,
/// and a stream that goes on past it is not copied further.
/// </summary>
internal static class SeekableContent
{
    /// <summary>The stream itself when it can seek; otherwise a self-deleting temp copy, which the caller must dispose.</summary>
    public static Stream Ensure(Stream content, long maxBytes, out bool isTemporaryCopy)
    {
        isTemporaryCopy = !content.CanSeek;
        if (content.CanSeek)
        {
            if (content.Length > maxBytes)
            {
                throw new FileRejectedException(IssueCatalog.FileTooLarge);
            }

            content.Position = 0;
            return content;
        }

        var copy = new FileStream(
            Path.Combine(Path.GetTempPath(), $"pipeline-upload-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose);
        try
        {
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (copy.Length + read > maxBytes)
                {
                    throw new FileRejectedException(IssueCatalog.FileTooLarge);
                }

                copy.Write(buffer, 0, read);
            }

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
