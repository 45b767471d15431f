using System.Security.Cryptography;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// A blob copied once to a temporary file while its SHA-256 is computed: the hash decides whether the work
/// was already done, and the file gives the spreadsheet reader the seekable stream it needs without ever
/// holding the whole upload in memory. The file deletes itself on dispose. Content that already is a local file
/// (the CLI ingests the file it has just uploaded) is hashed where it lies and read from there: no copy.
/// </summary>
public sealed class SpooledContent : IDisposable
{
    private readonly bool _owned;

    private SpooledContent(FileStream file, string hash, bool owned)
    {
        File = file;
        Hash = hash;
        _owned = owned;
    }

    public FileStream File { get; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Hash { get; }

    public long Length => File.Length;

    public static async Task<SpooledContent> CopyAsync(Stream source, CancellationToken cancellationToken) =>
        (await CopyAsync(source, long.MaxValue, cancellationToken))!;

    /// <summary>
    /// The copy, or null as soon as the source gives more than <paramref name="maxBytes"/>: no more than that many bytes ever
    /// reach the disk, and none stay there. The village door spools a request body this way.
    /// </summary>
    public static async Task<SpooledContent?> CopyAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        if (source is FileStream { CanSeek: true, CanRead: true } local)
        {
            local.Position = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var chunk = new byte[81920];
            int count;
            while ((count = await local.ReadAsync(chunk, cancellationToken)) > 0)
            {
                hash.AppendData(chunk, 0, count);
            }

            local.Position = 0;
            return new SpooledContent(local, Convert.ToHexStringLower(hash.GetHashAndReset()), owned: false);
        }

        var file = new FileStream(
            Path.Combine(Path.GetTempPath(), "pipeline-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            int read;
            long total = 0;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }

                sha.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new SpooledContent(file, Convert.ToHexStringLower(sha.GetHashAndReset()), owned: true);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh read from the start (the reader disposes what it is given).</summary>
    public Stream OpenRead()
    {
        File.Position = 0;
        return new NonClosingStream(File);
    }

    /// <summary>Deletes the spooled copy; a local file given as the content stays its caller's.</summary>
    public void Dispose()
    {
        if (_owned)
        {
            File.Dispose();
        }
    }

    /// <summary>Lets a reader dispose "its" stream without deleting the spool under us.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => inner.Position = value; }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
