using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Model;

namespace Pipeline.Storage.Review;

/// <summary>
/// A row of the <c>Reviews</c> table as the administrators' queue reads and decides it: the columns ingest
/// writes (see <see cref="Tables.ReviewEntity"/>) plus who decided, when, and why.
/// </summary>
/// <remarks>
/// Decided items are kept (Decision = same / different / reject, or <c>superseded</c> when another decision on
/// the same record settled it) until a new version of the file replaces its review items; the decision itself
/// lives on in the <c>Decisions</c> table and the audit trail. The ETag is the concurrency token the API hands
/// out: two administrators deciding one item at once cannot both win.
/// </remarks>
public sealed class ReviewItemEntity : ITableEntity
{
    public const string Pending = "pending";
    public const string Superseded = "superseded";

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
    public string Decision { get; set; } = Pending;
    public DateTimeOffset CreatedAt { get; set; }

    public string? ReasonCode { get; set; }
    public string? Note { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>"partition/row": how the API names an item.</summary>
    [IgnoreDataMember]
    public string Id => PartitionKey + "/" + RowKey;

    [IgnoreDataMember]
    public bool IsPending => Decision == Pending;

    [IgnoreDataMember]
    public string? CandidateKpj => CandidateRef.TryParse(CandidateId, out var candidate) ? candidate.Kpj : null;
}
