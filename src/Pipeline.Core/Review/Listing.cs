using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// A stored record as a decision sees it: where it is, what it concluded, who it says the person is. Storage
/// maps its entities to listings, the domain changes them (<see cref="ReviewItem"/>, <see cref="DecisionEffects"/>),
/// storage writes the changed ones back: storage never edits statuses or issue text itself.
/// </summary>
public sealed class Listing
{
    public required RecordId RecordId { get; init; }
    public required string UploadPath { get; init; }
    public required PersonIdentity Identity { get; init; }
    public RecordStatus Status { get; set; }
    public PersonId? PersonId { get; set; }
    public string? Kpj { get; set; }
    public List<Issue> Issues { get; init; } = [];

    public int SourceRow => RecordId.SourceRow;

    public CandidateRef Ref => CandidateRef.ForRecord(RecordId);

    /// <summary>A settled listing of a person (<see cref="RecordStatusInfo.Accepted"/>).</summary>
    public bool IsAccepted => Status.IsAccepted();

    /// <summary>The person's one listing that counts (to be paid for, the covered one, or the one the programme decided about): the others are duplicates of it.</summary>
    public bool IsPrimary => Processing.PrimaryListings.IsPrimary(Status);

    /// <summary>Waiting for an administrator.</summary>
    public bool IsUnderReview => Status == RecordStatus.Review;

    /// <summary>In the person index: accepted or under review, with a person (not rejected or ineligible).</summary>
    public bool IsMatched => Status.IsMatched() && PersonId is not null;

    /// <summary>What a decision may change, to tell a changed listing from one written again for nothing.</summary>
    internal (RecordStatus, PersonId?, string?, string) State =>
        (Status, PersonId, Kpj, string.Join('\n', Issues.Select(i => i.Code + ":" + i.Message)));
}
