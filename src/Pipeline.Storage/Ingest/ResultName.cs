using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Results;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The result workbook's path for an upload path: the same path with <c>.hasil.xlsx</c> appended, unless a segment
/// would pass 255 bytes (the file-name limit of Linux, macOS and Windows, where the CLI writes results) or holds
/// characters that change how a name is shown (bidi controls such as U+202E). Such a segment keeps a readable
/// prefix, without those characters, and ends in <c>~</c> + 16 hex digits of the SHA-256 of the segment as sent,
/// as <see cref="Tables.TableKey"/> shortens keys: two different uploads still get two results.
/// </summary>
public static class ResultName
{
    public const string Suffix = ".hasil.xlsx";

    /// <summary>Bytes of UTF-8 one path segment (a folder or file name) may take.</summary>
    public const int MaxSegmentBytes = 255;

    private const int HashHexDigits = 16;

    public static string Of(string uploadPath)
    {
        var segments = uploadPath.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var suffix = i == segments.Length - 1 ? Suffix : "";
            var segment = segments[i];
            if (Encoding.UTF8.GetByteCount(segment) + suffix.Length > MaxSegmentBytes || ShownFileName.Of(segment) != segment)
            {
                segments[i] = Shorten(segment, suffix);
            }
            else
            {
                segments[i] = segment + suffix;
            }
        }

        return string.Join('/', segments);
    }

    private static string Shorten(string segment, string suffix)
    {
        var hash = SHA256.HashData(MemoryMarshal.AsBytes(segment.AsSpan()));
        var marker = "~" + Convert.ToHexStringLower(hash, 0, HashHexDigits / 2);
        var room = MaxSegmentBytes - marker.Length - suffix.Length;
        var shown = ShownFileName.Of(segment);
        var keep = shown.Length;
        while (keep > 0 && Encoding.UTF8.GetByteCount(shown.AsSpan(0, keep)) > room)
        {
            keep--;
        }

        if (keep > 0 && char.IsHighSurrogate(shown[keep - 1]))
        {
            keep--;
        }

        return string.Concat(shown.AsSpan(0, keep), marker, suffix);
    }
}
