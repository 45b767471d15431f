using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>Where one pair of a review item stands.</summary>
public enum PairStatus
{
    /// <summary>Waiting for an administrator.</summary>
    Pending,
    /// <summary>Decided: one person.</summary>
    Same,
    /// <summary>Decided: two people.</summary>
    Different,
    /// <summary>Closed by a rejection of its record under review.</summary>
    Rejected,
    /// <summary>Closed without a verdict of its own: the other side was rejected or is gone.</summary>
    Superseded,
}

public static class PairStatusText
{
    /// <summary>The code stored in the Reviews table (<c>pending</c>, <c>same</c>, <c>different</c>, <c>reject</c>, <c>superseded</c>).</summary>
    public static string ToCode(this PairStatus status) => status == PairStatus.Rejected ? "reject" : status.ToString().ToLowerInvariant();

    public static PairStatus Parse(string? code) =>
        code == "reject" ? PairStatus.Rejected : Enum.TryParse<PairStatus>(code, ignoreCase: true, out var status) ? status : PairStatus.Pending;
}

/// <summary>
/// One uncertain pair the matcher found: a record under review and one candidate (another record, or a register
/// participant), with the score and the plain explanation administrators read. Review items are made of pairs
/// (<see cref="ReviewItem"/>); the Reviews table stores one row per pair.
/// </summary>
/// <param name="Subject">The record under review.</param>
/// <param name="UploadPath">The upload the record under review came from (its kecamatan and desa folders).</param>
/// <param name="CandidatePersonId">The candidate's person id when the pair was found (it may have moved since).</param>
/// <param name="Version">Storage's concurrency token of the pair (an ETag): opaque to the domain, part of the item's version.</param>
public sealed record ReviewPair(
    RecordId Subject,
    string UploadPath,
    CandidateRef Candidate,
    string? CandidatePersonId,
    double Score,
    string Explanation,
    DateTimeOffset CreatedAt,
    string Version = "")
{
    public PairStatus Status { get; init; } = PairStatus.Pending;

    /// <summary>The kind of the item decision that closed the pair (a pair closed as different may belong to a "same" decision).</summary>
    public DecisionKind? DecidedAs { get; init; }

    public string? ReasonCode { get; init; }
    public string? Note { get; init; }
    public string? DecidedBy { get; init; }
    public string? DecidedByName { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    public bool IsPending => Status == PairStatus.Pending;

    /// <summary>Both ends as item members.</summary>
    public IEnumerable<CandidateRef> Ends => [CandidateRef.ForRecord(Subject), Candidate];

    public bool Touches(CandidateRef member) => Candidate == member || CandidateRef.ForRecord(Subject) == member;

    /// <summary>The pair closed by a decision, with who made it and why.</summary>
    public ReviewPair Close(PairStatus status, ReviewDecision decision) => this with
    {
        Status = status,
        DecidedAs = decision.Kind,
        ReasonCode = decision.Reason.Code,
        Note = decision.Note,
        DecidedBy = decision.DecidedBy,
        DecidedByName = decision.DecidedByName,
        DecidedAt = decision.DecidedAt,
    };
}
