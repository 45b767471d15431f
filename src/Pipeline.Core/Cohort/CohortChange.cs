namespace Pipeline.Core.Cohort;

/// <summary>
/// One change to one person's place in the funded cohort, as the domain decided it: the state before (null for a
/// person new to the cohort) and after, what happened, and why. Storage writes <see cref="After"/> and an audit row
/// from the whole; the actor and time are <see cref="After"/>'s.
/// </summary>
/// <param name="Action">The audit action: <c>cohort.propose</c>, <c>cohort.submit</c>, <c>cohort.confirm</c> …</param>
/// <param name="Why">In Indonesian, for the audit trail and the administrators.</param>
public sealed record CohortChange(CohortMember? Before, CohortMember After, string Action, string? Why);

/// <summary>
/// What asking the cohort for a transition gave: a change, nothing to change (the same request again: idempotent),
/// or a refusal in Indonesian that says why the person cannot move that way (states never reopen silently).
/// </summary>
public sealed record CohortOutcome(CohortChange? Change, string? Refusal)
{
    public static CohortOutcome Unchanged { get; } = new(null, null);

    public bool IsUnchanged => Change is null && Refusal is null;

    public static CohortOutcome Refuse(string why) => new(null, why);
}
