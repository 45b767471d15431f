namespace Pipeline.Core.Review;

/// <summary>
/// One administrator's decision, as remembered for every later upload.
/// </summary>
/// <param name="Subject">The record under review (for <see cref="DecisionKind.Reject"/>, the rejected identity).</param>
/// <param name="Other">The candidate it was compared with; null for a rejection.</param>
/// <param name="OtherKpj">The candidate's KPJ when it is a BPJS register participant.</param>
/// <param name="DecidedBy">The caller's identity (object id or user name from the token), never a NIK.</param>
/// <param name="Chosen">For <see cref="DecisionKind.Same"/>: the merged person's identity as the reviewer chose it field by
/// field among the listings' values; what the list for BPJS carries for the person.</param>
public sealed record Decision(
    DecisionKind Kind,
    PersonIdentity Subject,
    PersonIdentity? Other,
    string? OtherKpj,
    string ReasonCode,
    string? Note,
    string DecidedBy,
    DateTimeOffset DecidedAt,
    PersonDetails? Chosen = null)
{
    /// <summary>The key a decision is stored and found by: the identity pair, or the rejected identity.</summary>
    public string Key => Kind == DecisionKind.Reject || Other is null ? Subject.Key : new IdentityPair(Subject, Other.Value).Key;

    public Reason Reason => ReasonCatalog.Find(ReasonCode) ?? ReasonCatalog.DefaultFor(Kind);
}
