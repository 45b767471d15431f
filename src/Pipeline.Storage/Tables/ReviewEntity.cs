using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One uncertain match in the <c>Reviews</c> table, waiting for an administrator.
/// </summary>
/// <remarks>
/// PartitionKey = the upload key of the record under review, so a new version of the file replaces its own
/// review items the same way it replaces its records; RowKey = sheet row + candidate, unique per pair.
/// </remarks>
public sealed class ReviewEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RecordId { get; set; } = "";
    public string UploadPath { get; set; } = "";
    public int SourceRow { get; set; }
    public string CandidateId { get; set; } = "";
    public string? CandidatePersonId { get; set; }
    public double Score { get; set; }
    public string Explanation { get; set; } = "";

    /// <summary>pending until an administrator decides (same, different).</summary>
    public string Decision { get; set; } = "pending";
    public DateTimeOffset CreatedAt { get; set; }
}
