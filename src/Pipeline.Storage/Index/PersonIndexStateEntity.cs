using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Index;

/// <summary>
/// The <c>PipelineState</c> row (PartitionKey <c>person-index</c>, RowKey = the scope) saying which person index
/// is in force: the snapshot blob, the journal entries after it, and an entry being written, if any.
/// </summary>
/// <remarks>
/// Every change is conditional on the ETag read under the matching lease: a holder that lost its lease cannot
/// overwrite a newer index. <see cref="Pending"/> is the write-ahead mark: set (with the journal entry already
/// written) before any Records write, cleared when they are done; a reader that finds it set repairs the
/// uploads that entry names from the Records table before going on.
/// </remarks>
public sealed class PersonIndexStateEntity : ITableEntity
{
    public const string Partition = "person-index";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The last committed journal entry; the index is the snapshot plus entries up to this one.</summary>
    public long Version { get; set; }

    /// <summary>The version the snapshot blob holds.</summary>
    public long SnapshotVersion { get; set; }

    /// <summary>0, or the version of a journal entry whose Records writes may be incomplete.</summary>
    public long Pending { get; set; }

    public int Format { get; set; } = 1;

    public long SnapshotBytes { get; set; }

    public int SnapshotRecords { get; set; }

    public DateTimeOffset? SnapshotAt { get; set; }
}
