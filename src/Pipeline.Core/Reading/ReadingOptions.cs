namespace Pipeline.Core.Reading;

/// <summary>
/// The limits every upload is read under, bound from configuration section <see cref="SectionName"/>. A file over a
/// limit is rejected with its own issue code; memory and CPU per file are bounded by these numbers, never by what
/// the file claims (its dimension, repeat counts or declared sizes).
/// </summary>
/// <remarks>
/// The defaults fit the largest real list (a kecamatan's, some thousands of rows) with room to spare and keep a
/// stored record far inside Table Storage's limits (64 KiB per property, 1 MiB per entity): at most
/// <see cref="MaxCellLength"/> characters per cell, about 15 mapped fields per record.
/// </remarks>
public sealed class ReadingOptions
{
    public const string SectionName = "Reading";

    /// <summary>The defaults, for callers without configuration.</summary>
    public static ReadingOptions Default { get; } = new();

    /// <summary>
    /// For the BPJS participant register: one export covers the whole regency, so it may be far longer than a
    /// village list (2,000,000 rows, 512 MiB, 4 GiB unzipped, 20 minutes, 12 million shared strings in 384 MiB);
    /// every other limit is the default.
    /// </summary>
    public static ReadingOptions Register { get; } = new()
    {
        MaxDataRows = 2_000_000,
        MaxUploadBytes = 512L * 1024 * 1024,
        MaxDecompressedBytes = 4L * 1024 * 1024 * 1024,
        MaxDuration = TimeSpan.FromMinutes(20),
        MaxSharedStrings = 12_000_000,
        MaxSharedStringBytes = 384L * 1024 * 1024,
    };

    /// <summary>
    /// For a BPJS bill: one bill covers the whole funded cohort of the regency, so it gets the register's limits.
    /// </summary>
    public static ReadingOptions Bill { get; } = Register;

    /// <summary>Largest upload accepted, in bytes (default 32 MiB: a 100,000-row .xls is about 20 MB).</summary>
    public long MaxUploadBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Most data rows read from the chosen sheet (default 100,000); more is "split the list".</summary>
    public int MaxDataRows { get; set; } = 100_000;

    /// <summary>
    /// Columns looked at (default 256, the old .xls width). A header with text further right is rejected
    /// ("remove the column"); cells right of the header's last column are never kept.
    /// </summary>
    public int MaxColumns { get; set; } = 256;

    /// <summary>Characters kept per cell (default 256); a longer value is cut, marked and named as a row issue.</summary>
    public int MaxCellLength { get; set; } = 256;

    /// <summary>
    /// Characters of one CSV record, quotes included (default 1,048,576). An unclosed quote that swallows the rest
    /// of the file ends here instead of in memory.
    /// </summary>
    public int MaxCsvRecordLength { get; set; } = 1024 * 1024;

    /// <summary>Bytes decompressed from an .xlsx or .ods package, all parts together (default 256 MiB): the zip-bomb guard.</summary>
    public long MaxDecompressedBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// Strings in an .xlsx shared-string table (default 2,000,000: a full 100,000-row list of 16 text columns has
    /// 1.6 million cells); more is <c>FILE_PACKAGE_TOO_LARGE</c>. With <see cref="MaxSharedStringBytes"/> it bounds
    /// the one structure of a reader that grows with the file, whatever its shape.
    /// </summary>
    public int MaxSharedStrings { get; set; } = 2_000_000;

    /// <summary>
    /// Bytes the shared-string table may hold (default 64 MiB): each string's text in UTF-8 plus 8 bytes of
    /// bookkeeping, so millions of empty strings count too. More is <c>FILE_PACKAGE_TOO_LARGE</c>.
    /// </summary>
    public long MaxSharedStringBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Time to read (and, as rows stream, to process) one file (default 2 minutes), checked while rows stream.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The text put after a value cut at <see cref="MaxCellLength"/>.</summary>
    public const string CutMarker = " …[terpotong]";
}
