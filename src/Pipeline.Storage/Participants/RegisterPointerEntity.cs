using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Participants;

/// <summary>The <c>PipelineState</c> row naming the participant snapshot currently in force.</summary>
public sealed class RegisterPointerEntity : ITableEntity
{
    public const string Partition = "participants";
    public const string Row = "current";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = Row;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string SnapshotId { get; set; } = "";
    public string SourcePath { get; set; } = "";
    public int Count { get; set; }
    public int Skipped { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
