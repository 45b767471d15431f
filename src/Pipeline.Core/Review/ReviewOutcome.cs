using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// What a decision on a review item changes, as data for storage to write: the pairs it closed, the decisions to
/// remember (by identity), the listings whose state changed, the identity chosen for the merged person. Or why it
/// cannot be taken.
/// </summary>
/// <param name="Refusal">The Indonesian reason the decision cannot be taken, or null.</param>
/// <param name="IsConflict">The refusal is the item's state (a member gone, the item changed), not the request's form.</param>
/// <param name="Considered">Every listing the decision looked at: after a decision that found nothing left to change (a
/// retry of one interrupted after its rows were written), their uploads are counted again.</param>
public sealed record ReviewOutcome(
    string? Refusal,
    bool IsConflict,
    IReadOnlyList<ReviewPair> Pairs,
    IReadOnlyList<Decision> Decisions,
    IReadOnlyList<Listing> Changed,
    IReadOnlyList<Listing> Considered,
    PersonDetails? Chosen,
    DecisionSummary Summary)
{
    public bool IsRefused => Refusal is not null;

    public static ReviewOutcome Refuse(string message, bool conflict) => new(message, conflict, [], [], [], [], null, DecisionSummary.None);
}

/// <summary>Who the decision said what about, by reference only (the audit trail keeps this, never names).</summary>
/// <param name="Same">The members decided to be one person.</param>
/// <param name="Different">The members decided to be other people.</param>
/// <param name="Rejected">The records rejected.</param>
public sealed record DecisionSummary(IReadOnlyList<CandidateRef> Same, IReadOnlyList<CandidateRef> Different, IReadOnlyList<CandidateRef> Rejected)
{
    public static DecisionSummary None { get; } = new([], [], []);
}
