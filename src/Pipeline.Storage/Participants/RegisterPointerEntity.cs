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
}
