namespace Pipeline.Core.Reading;

/// <summary>
/// Recognises the container by its magic bytes: officials rename files freely (a PDF saved as .xlsx,
/// an .xls renamed .csv), so the extension only ever serves as a hint in messages.
/// </summary>
internal static class FormatSniffer
{
    private const int SampleSize = 4096;

    private static readonly byte[][] KnownNonSpreadsheets =
    [
        "%PDF"u8.ToArray(),
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [0xFF, 0xD8, 0xFF],
        "GIF8"u8.ToArray(),
        "{\\rtf"u8.ToArray(),
        [0x1F, 0x8B],
        "Rar!"u8.ToArray(),
        "7z"u8.ToArray(),
    ];

    public static FileFormat Detect(Stream seekable)
    {
        var sample = new byte[SampleSize];
        seekable.Position = 0;
        var length = seekable.ReadAtLeast(sample, SampleSize, throwOnEndOfStream: false);
        seekable.Position = 0;
        var head = sample.AsSpan(0, length);

        if (length == 0)
        {
            return FileFormat.Empty;
        }

        if (head.StartsWith("PK"u8))
        {
            return FileFormat.Zip;
        }

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            return FileFormat.Ole2;
        }

        if (TextEncodingDetector.HasByteOrderMark(head))
        {
            return FileFormat.Text;
        }

        foreach (var magic in KnownNonSpreadsheets)
        {
            if (head.StartsWith(magic))
            {
                return FileFormat.NotSpreadsheet;
            }
        }

        return LooksLikeDelimitedText(head) ? FileFormat.Text : FileFormat.NotSpreadsheet;
    }

    private static bool LooksLikeDelimitedText(ReadOnlySpan<byte> head)
    {
        var controlBytes = 0;
        foreach (var value in head)
        {
            if (value == 0)
            {
                return false;
            }

            if (value < 0x20 && value is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controlBytes++;
            }
        }

        var firstVisible = head.TrimStart(" \t\r\n"u8);
        var isMarkup = !firstVisible.IsEmpty && firstVisible[0] == (byte)'<';
        return !isMarkup && controlBytes * 100 <= head.Length;
    }
}
