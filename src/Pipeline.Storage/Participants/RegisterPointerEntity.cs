using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Participants;

/// <summary>The <c>PipelineState</c> row naming the participant snapshot currently in force.</summary>
public sealed class RegisterPointerEntity : ITableEntity
{
    public const string Partition = "participants";
    public const string Row = "current";

    /// <summary>Row of the most recent load attempt, successful or not: a rejected export is recorded here.</summary>
    public const string LastAttemptRow = "last-attempt";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string SnapshotId { get; set; } = "";
    public string SourcePath { get; set; } = "";
    public int Count { get; set; }
    public int Skipped { get; set; }
    public DateTimeOffset LoadedAt { get; set; }

    /// <summary>processed or failed (only meaningful on the last-attempt row).</summary>
    public string Status { get; set; } = "processed";

    public string? IssueCode { get; set; }
    public string? Message { get; set; }

    /// <summary>Data rows read from the export.</summary>
    public int RowsRead { get; set; }

    /// <summary>NIKs found on more than one row with a valid KPJ (each decided by its most recent row).</summary>
    public int DuplicateNiks { get; set; }

    /// <summary>KPJs found on more than one row (each decided by its most recent row: the snapshot is keyed by KPJ).</summary>
    public int DuplicateKpjs { get; set; }

    /// <summary>The first problems of the export (bad KPJs, duplicate NIKs), in Indonesian, one per line; row numbers only.</summary>
    public string? Problems { get; set; }

    /// <summary>Problems as one property, kept well under Table Storage's 64 KiB.</summary>
    public static string? Join(IReadOnlyList<string> problems)
    {
        var text = string.Join('\n', problems);
        return text.Length == 0 ? null : text.Length > 30_000 ? text[..30_000] : text;
    }

    /// <summary>The same load as the last-attempt row.</summary>
    public RegisterPointerEntity AsAttempt() => new()
    {
        SnapshotId = SnapshotId, SourcePath = SourcePath, Count = Count, Skipped = Skipped, LoadedAt = LoadedAt,
        RowsRead = RowsRead, DuplicateNiks = DuplicateNiks, DuplicateKpjs = DuplicateKpjs, Problems = Problems,
    };
}
