using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One row per uploaded blob in the <c>Uploads</c> table. Only <see cref="UploadStore"/> writes it.
/// </summary>
/// <remarks>
/// Keys follow the access paths (<see cref="Ingest.UploadIdentity"/>): PartitionKey = the kecamatan folder,
/// because camat and the weekly summaries list uploads per kecamatan; RowKey = the rest of the path, so ingest
/// finds "this blob" with a point read (the idempotency check). Both are the exact path, encoded reversibly.
/// Re-uploading the same path overwrites the same row.
/// </remarks>
public sealed class UploadEntity : ITableEntity
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
    public int New { get; set; }
    public int Duplicate { get; set; }
    public int Enrolled { get; set; }
    public int Review { get; set; }
    public int Rejected { get; set; }
    public int Ineligible { get; set; }

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
}
