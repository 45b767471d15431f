using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// The <c>PipelineState</c> row (PartitionKey <c>cohort</c>, RowKey = the scope) saying which change of the funded
/// cohort is the last committed, and which one is being written.
/// </summary>
/// <remarks>
/// As the person index's row (<see cref="Index.PersonIndexStateEntity"/>): every change is conditional on the ETag
/// read under the matching lease; <see cref="Pending"/> is the write-ahead mark, set (with the journal entry written)
/// before any Cohort or Audit write and cleared after, so a reader that finds it set redoes that entry first.
/// </remarks>
public sealed class CohortStateEntity : ITableEntity
{
    public const string Partition = "cohort";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The last committed journal entry.</summary>
    public long Version { get; set; }

    /// <summary>0, or the entry whose writes may be incomplete.</summary>
    public long Pending { get; set; }
}
