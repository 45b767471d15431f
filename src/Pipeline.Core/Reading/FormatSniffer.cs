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

        if (head.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }) || IsBareBiffStream(head))
        {
            return FileFormat.BinaryExcel;
        }

        if (IsMarkup(TextEncodingDetector.HasByteOrderMark(head) && head[0] == 0xEF ? head[3..] : head))
        {
            return FileFormat.Markup;
        }

        if (TextEncodingDetector.HasByteOrderMark(head) || TextEncodingDetector.Utf16WithoutBom(head) is not null)
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

    /// <summary>
    /// Text has almost no control bytes. A few are tolerated (a NUL or a bell pasted into a name is the row's problem,
    /// named by the validator), a binary file has far more.
    /// </summary>
    private static bool LooksLikeDelimitedText(ReadOnlySpan<byte> head)
    {
        var controlBytes = 0;
        foreach (var value in head)
        {
            if (value < 0x20 && value is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controlBytes++;
            }
        }

        return controlBytes <= Math.Max(8, head.Length / 100);
    }

    /// <summary>Text that opens with a tag: an HTML table or an XML (e.g. Excel 2003 XML) export.</summary>
    private static bool IsMarkup(ReadOnlySpan<byte> head)
    {
        var firstVisible = head.TrimStart(" \t\r\n"u8);
        return !firstVisible.IsEmpty && firstVisible[0] == (byte)'<';
    }

    /// <summary>
    /// Excel 2.0 to 95 saved a workbook as a bare BIFF stream, without the OLE2 container: it opens with a BOF
    /// record (id 0x0009, 0x0209, 0x0409 or 0x0809) whose length is 4 to 16 bytes.
    /// </summary>
    private static bool IsBareBiffStream(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && head[0] == 0x09 && head[1] is 0x00 or 0x02 or 0x04 or 0x08 && head[3] == 0 && head[2] is >= 4 and <= 16;
}
