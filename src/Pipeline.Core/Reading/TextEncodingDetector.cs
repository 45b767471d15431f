using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Picks the encoding of a CSV upload: the byte-order mark when there is one, otherwise UTF-16 when every other
/// byte is zero, otherwise UTF-8 when every byte is valid UTF-8, otherwise Windows-1252 (what Excel on an Indonesian Windows writes for "CSV (Comma delimited)").
/// </summary>
internal static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool HasByteOrderMark(ReadOnlySpan<byte> head) =>
        head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) || head.StartsWith(new byte[] { 0xFF, 0xFE }) ||
        head.StartsWith(new byte[] { 0xFE, 0xFF });

    /// <summary>
    /// UTF-16 without a byte-order mark (what some "Unicode text" exports write): text in Latin script has a zero
    /// byte in every other position. Little-endian puts it second, big-endian first. Null for anything else.
    /// </summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        // At least 40% of the characters Latin (high byte zero), and almost no zero low bytes: 8-bit text has no zeros.
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 50 <= pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        return evenZeros * 10 >= pairs * 4 && oddZeros * 50 <= pairs ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false) : null;
    }

    /// <summary>Reads the stream through once in small chunks (never whole), then rewinds it.</summary>
    public static Encoding Detect(Stream seekable)
    {
        var head = new byte[3];
        seekable.Position = 0;
        var headLength = seekable.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        seekable.Position = 0;
        var sample = new byte[4096];
        var sampleLength = seekable.ReadAtLeast(sample, sample.Length, throwOnEndOfStream: false);
        seekable.Position = 0;
        if (!HasByteOrderMark(head.AsSpan(0, headLength)) && Utf16WithoutBom(sample.AsSpan(0, sampleLength)) is { } utf16)
        {
            return utf16;
        }

        if (headLength >= 2 && head[0] == 0xFF && head[1] == 0xFE)
        {
            return Encoding.Unicode;
        }

        if (headLength >= 2 && head[0] == 0xFE && head[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode;
        }

        var isUtf8 = IsValidUtf8(seekable);
        seekable.Position = 0;
        return isUtf8 ? new UTF8Encoding(false) : Encoding.GetEncoding(1252);
    }

    private static bool IsValidUtf8(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[64 * 1024 + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
