using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One row per uploaded blob in the <c>Uploads</c> table. Only <see cref="UploadStore"/> reads and writes it.
/// </summary>
/// <remarks>
/// Keys follow the access paths (<see cref="Ingest.UploadIdentity"/>): PartitionKey = the kecamatan folder,
/// because camat and the weekly summaries list uploads per kecamatan; RowKey = the rest of the path, so ingest
/// finds "this blob" with a point read (the idempotency check). Both are the exact path, encoded reversibly.
/// Re-uploading the same path overwrites the same row. The counts per status are one column per status
/// (<see cref="StatusColumns"/>), which the table client's typed binding cannot map to one property: the store
/// maps rows with <see cref="From"/>.
/// </remarks>
public sealed class UploadEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>Exact path inside the uploads container, e.g. kualuh-hulu/aek-kanopan/daftar.xlsx.</summary>
    public string Path { get; set; } = "";

    /// <summary>Partition of this upload's rows in Records and Reviews.</summary>
    public string UploadKey { get; set; } = "";

    /// <summary>SHA-256 of the content: the same content twice is processed once.</summary>
    public string ContentHash { get; set; } = "";

    public long SizeBytes { get; set; }

    /// <summary>processing, processed or failed.</summary>
    public string Status { get; set; } = "";

    public int Rows { get; set; }

    /// <summary>The rows per status (one column each in the table).</summary>
    public StatusCounts Counts { get; set; } = new();

    public string? KecamatanCode { get; set; }
    public string? DesaCode { get; set; }

    /// <summary>File-level problem code when failed.</summary>
    public string? IssueCode { get; set; }
    public string? Message { get; set; }
    public string? MessageEn { get; set; }

    public string? ResultPath { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Start to finish, waiting for the matching lease included.</summary>
    public long DurationMs { get; set; }

    /// <summary>Time spent holding the regency's matching lease (matching and writing): what grows if anything does.</summary>
    public long LockedMs { get; set; }

    /// <summary>Of <see cref="LockedMs"/>, the time the domain took to match (the rest is storage).</summary>
    public long MatchMs { get; set; }

    /// <summary>How many times processing started for this content (retries show here).</summary>
    public int Attempts { get; set; }

    /// <summary>
    /// Another upload changed some of this upload's statuses (a promotion, set with the recount under the matching
    /// lease) and the result workbook has not been written again yet. Cleared when it has.
    /// </summary>
    public bool ResultStale { get; set; }

    /// <summary>When the result workbook was last written again after another upload's change.</summary>
    public DateTimeOffset? ResultRefreshedAt { get; set; }

    /// <summary>
    /// Still <c>processing</c> although no attempt can live that long (<paramref name="attemptTimeout"/>, the host's
    /// function timeout): the attempt died without recording its end. Shown as such to administrators and reports.
    /// </summary>
    public bool IsStalled(DateTimeOffset now, TimeSpan attemptTimeout) =>
        Status == Ingest.IngestOutcome.Processing && StartedAt is { } started && now - started > attemptTimeout;

    /// <summary>Reads a row (or a projection of one: absent columns keep their defaults).</summary>
    public static UploadEntity From(TableEntity row) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = row.RowKey,
        Timestamp = row.Timestamp,
        ETag = row.ETag,
        Path = row.GetString(nameof(Path)) ?? "",
        UploadKey = row.GetString(nameof(UploadKey)) ?? "",
        ContentHash = row.GetString(nameof(ContentHash)) ?? "",
        SizeBytes = row.GetInt64(nameof(SizeBytes)) ?? 0,
        Status = row.GetString(nameof(Status)) ?? "",
        Rows = row.GetInt32(nameof(Rows)) ?? 0,
        Counts = StatusColumns.Read(row),
        KecamatanCode = row.GetString(nameof(KecamatanCode)),
        DesaCode = row.GetString(nameof(DesaCode)),
        IssueCode = row.GetString(nameof(IssueCode)),
        Message = row.GetString(nameof(Message)),
        MessageEn = row.GetString(nameof(MessageEn)),
        ResultPath = row.GetString(nameof(ResultPath)),
        StartedAt = row.GetDateTimeOffset(nameof(StartedAt)),
        CompletedAt = row.GetDateTimeOffset(nameof(CompletedAt)),
        DurationMs = row.GetInt64(nameof(DurationMs)) ?? 0,
        LockedMs = row.GetInt64(nameof(LockedMs)) ?? 0,
        MatchMs = row.GetInt64(nameof(MatchMs)) ?? 0,
        Attempts = row.GetInt32(nameof(Attempts)) ?? 0,
        ResultStale = row.GetBoolean(nameof(ResultStale)) ?? false,
        ResultRefreshedAt = row.GetDateTimeOffset(nameof(ResultRefreshedAt)),
    };
}
