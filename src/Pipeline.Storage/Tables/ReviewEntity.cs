using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One uncertain pair in the <c>Reviews</c> table: written by ingest, closed by a decision. The one entity class of
/// the table; <see cref="ReviewStore"/> maps it to the domain's <see cref="Core.Review.ReviewPair"/>.
/// </summary>
/// <remarks>
/// PartitionKey = the upload key of the record under review, so a new version of the file replaces its own
/// review items the same way it replaces its records; RowKey = sheet row + candidate (encoded), unique per pair.
/// Decided pairs are kept (Decision = same / different / reject, or <c>superseded</c>) until a new version of the
/// file replaces them; the decision itself lives on in the <c>Decisions</c> table and the audit trail.
/// </remarks>
public sealed class ReviewEntity : ITableEntity
{
    public const string Pending = "pending";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string RecordId { get; set; } = "";
    public string UploadPath { get; set; } = "";
    public int SourceRow { get; set; }

    /// <summary>The other side, in <see cref="Core.Model.CandidateRef"/>'s text form: a record id, or <c>KPJ:</c> + KPJ.</summary>
    public string CandidateId { get; set; } = "";
    public string? CandidatePersonId { get; set; }
    public double Score { get; set; }
    public string Explanation { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The pair's state: <c>pending</c> until a decision closes it (same, different, reject, superseded).</summary>
    public string Decision { get; set; } = Pending;

    /// <summary>The kind of the item decision that closed it (same, different, reject).</summary>
    public string? DecidedAs { get; set; }
    public string? ReasonCode { get; set; }
    public string? Note { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}
