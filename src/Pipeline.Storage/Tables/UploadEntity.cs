using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One row per uploaded blob in the <c>Uploads</c> table.
/// </summary>
/// <remarks>
/// Keys follow the access paths: PartitionKey = the kecamatan folder, because camat and the weekly summaries
/// list uploads per kecamatan; RowKey = the rest of the path, so the ingest service finds "this blob" with a
/// point read (the idempotency check). Re-uploading the same path overwrites the same row.
/// </remarks>
public sealed class UploadEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>Path inside the uploads container, e.g. kualuh-hulu/aek-kanopan/daftar.xlsx.</summary>
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
    public long DurationMs { get; set; }

    /// <summary>How many times processing started for this content (retries show here).</summary>
    public int Attempts { get; set; }

    public void RecordProcessed(ProcessedList list)
    {
        var counts = list.Counts;
        Status = IngestOutcome.Processed;
        Rows = counts.Total;
        New = counts[RecordStatus.New];
        Duplicate = counts[RecordStatus.Duplicate];
        Enrolled = counts[RecordStatus.Enrolled];
        Review = counts[RecordStatus.Review];
        Rejected = counts[RecordStatus.Rejected];
        Ineligible = counts[RecordStatus.Ineligible];
        KecamatanCode = MostCommon(list.Rows.Select(r => r.Record.KecamatanCode));
        DesaCode = MostCommon(list.Rows.Select(r => r.Record.DesaCode));
    }

    public void RecordFailed(IssueDefinition problem)
    {
        Status = IngestOutcome.Failed;
        IssueCode = problem.Code;
        Message = problem.MessageId;
        MessageEn = problem.MessageEn;
    }

    public static (string PartitionKey, string RowKey) KeysFor(string uploadPath)
    {
        var slash = uploadPath.IndexOf('/');
        return slash <= 0
            ? ("_", TableKeys.Clean(uploadPath))
            : (TableKeys.Clean(uploadPath[..slash].ToLowerInvariant()), TableKeys.Clean(uploadPath[(slash + 1)..]));
    }

    private static string? MostCommon(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
