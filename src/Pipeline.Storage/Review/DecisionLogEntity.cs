using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// One change of the <c>Decisions</c> table in the <c>PipelineState</c> table (PartitionKey <c>decision-log</c>): its
/// version and the keys of the decision rows it writes, so a process holding the decision book re-reads those rows
/// only.
/// </summary>
/// <remarks>
/// RowKey = <see cref="long.MaxValue"/> minus the version, 19 digits: the newest change is the partition's first row,
/// so "has anything changed" is one request. Rows are inserted, never replaced: the insert is the conditional write
/// that takes a version (a second writer of the same version gets 409), and it comes before the decision rows, so a
/// decision row is never written without its entry. Keys are identity hashes (<c>PersonIdentity.Key</c>), no personal data.
/// </remarks>
public sealed class DecisionLogEntity : ITableEntity
{
    public const string Partition = "decision-log";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public long Version { get; set; }

    /// <summary>
    /// Names the log's lifetime: made with the first entry and carried by every later one. A book held from another
    /// lifetime (the log was cleared and counted from 1 again) is read again whole.
    /// </summary>
    public string Epoch { get; set; } = "";

    /// <summary>Who wrote the entry (one id per attempt): a writer whose insert answered 409 after a retry knows its own row.</summary>
    public string Writer { get; set; } = "";

    /// <summary>Row keys written in partition <c>pair</c>, one a line.</summary>
    public string Pairs { get; set; } = "";

    /// <summary>Row keys written in partition <c>reject</c>, one a line.</summary>
    public string Rejects { get; set; } = "";

    public static string KeyOf(long version) => (long.MaxValue - version).ToString("D19", CultureInfo.InvariantCulture);
}
