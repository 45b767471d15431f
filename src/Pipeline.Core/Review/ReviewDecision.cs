namespace Pipeline.Core.Review;

/// <summary>
/// What an administrator decides about a review item: one person, all different, or reject; which members it names;
/// the correct value of each field the members disagree on; why; who and when.
/// </summary>
/// <param name="Members">
/// <c>same</c>: the members that are one person (null: all of them); the others are different from that person.
/// <c>reject</c>: the records rejected (null: the item's record under review, when there is exactly one).
/// <c>different</c>: not used.
/// </param>
/// <param name="Chosen">For <c>same</c>: field (<see cref="PersonDetails.Fields"/>) → the value chosen among the members'. A field not
/// named takes the value of the listing that stays the person's primary one.</param>
public sealed record ReviewDecision(
    DecisionKind Kind,
    IReadOnlyList<Model.CandidateRef>? Members,
    Reason Reason,
    string? Note,
    IReadOnlyDictionary<string, string>? Chosen,
    string DecidedBy,
    string? DecidedByName,
    DateTimeOffset DecidedAt)
{
    /// <summary>
    /// The request's own faults, before anything is read: an unknown reason, a reason of another kind, a required
    /// note missing. Returns the Indonesian message, or null when the request is well formed.
    /// </summary>
    public static string? Check(DecisionKind kind, string? reasonCode, string? note, out Reason? reason)
    {
        reason = ReasonCatalog.Find(reasonCode);
        if (reason is null || reason.Kind != kind)
        {
            reason = null;
            return $"Alasan \"{reasonCode}\" tidak dikenal untuk keputusan \"{kind.ToIndonesian()}\".";
        }

        return reason.NoteRequired && string.IsNullOrWhiteSpace(note) ? "Alasan \"Lainnya\" memerlukan catatan." : null;
    }
}
