using System.Diagnostics;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// The limits of one file being read, and what it has used of them: the deadline, and the bytes decompressed so
/// far. Every reader checks it as it goes, so that a hostile file is stopped by a limit, not by the machine.
/// </summary>
internal sealed class ReadingBudget
{
    private readonly long _deadline;
    private long _decompressedBytes;

    public ReadingBudget(ReadingOptions options)
    {
        Options = options;
        var ticks = (long)Math.Min(options.MaxDuration.TotalSeconds * Stopwatch.Frequency, long.MaxValue / 2);
        _deadline = Stopwatch.GetTimestamp() + ticks;
    }

    public ReadingOptions Options { get; }

    /// <summary>Throws <c>FILE_TIME_LIMIT</c> once the file's time is up. Cheap enough to call per row.</summary>
    public void CheckTime()
    {
        if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new FileRejectedException(IssueCatalog.FileTimeLimit);
        }
    }

    /// <summary>Counts bytes inflated from a package part; throws <c>FILE_PACKAGE_TOO_LARGE</c> past the limit.</summary>
    public void CountDecompressed(long bytes)
    {
        _decompressedBytes += bytes;
        if (_decompressedBytes > Options.MaxDecompressedBytes)
        {
            throw new FileRejectedException(IssueCatalog.FilePackageTooLarge);
        }
    }

    /// <summary>Rejects a part whose declared size alone is over the limit, before inflating any of it.</summary>
    public void CheckDeclaredSize(long declaredBytes)
    {
        if (declaredBytes > Options.MaxDecompressedBytes)
        {
            throw new FileRejectedException(IssueCatalog.FilePackageTooLarge);
        }
    }
}
