using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// One record or register participant of a review item, as storage found it when the decision was taken.
/// </summary>
/// <param name="Identity">Who it says the person is, as decisions are keyed (from its stored name key).</param>
/// <param name="PersonId">The person it belongs to: a record's person id; for a participant, the id its enrolled listings
/// carry, else the one derived from its KPJ.</param>
/// <param name="Gone">The record no longer exists or was rejected, or the participant left the register: the item's pairs
/// with it are closed by any decision, and it cannot be named as the same person.</param>
/// <param name="LapsedStatus">For a participant whose membership lapsed (the register configuration says so), its status
/// as written (NON AKTIF …): a person decided to be them is reactivated with the KPJ, not enrolled. Null otherwise.</param>
public sealed record ReviewMember(CandidateRef Ref, PersonDetails Details, PersonIdentity Identity, PersonId? PersonId, bool Gone = false, string? LapsedStatus = null)
{
    public static ReviewMember Missing(CandidateRef reference) => new(reference, new PersonDetails(null, null, null, null, null), default, null, Gone: true);
}
