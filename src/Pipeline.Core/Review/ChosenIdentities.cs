namespace Pipeline.Core.Review;

/// <summary>
/// Which identity the list for BPJS carries for a person: the one a reviewer chose in a "same" decision, whichever of
/// the person's listings is the primary one today (after a re-upload, a promotion, another village's listing).
/// </summary>
/// <remarks>
/// The chosen identity lives in the <c>Decisions</c> rows of the decision (by the identities of the listings it
/// merged), not on a Records row: a row is what a village sent and is replaced with its next version, while a
/// decision is kept and met again by every later upload. A person is found through any identity the decision names
/// (either side of the pair, or the chosen one itself); when several decisions chose for one person, the latest wins.
/// </remarks>
public static class ChosenIdentities
{
    /// <param name="decisions">Every decision (only "same" ones with a chosen identity count).</param>
    /// <param name="peopleWith">The person ids of the listings with an identity key.</param>
    /// <returns>Person id → the identity chosen for them.</returns>
    public static IReadOnlyDictionary<string, PersonDetails> ByPerson(IEnumerable<Decision> decisions, Func<string, IEnumerable<string>> peopleWith)
    {
        var chosen = new Dictionary<string, (PersonDetails Details, DateTimeOffset At)>(StringComparer.Ordinal);
        foreach (var decision in decisions.Where(d => d is { Kind: DecisionKind.Same, Chosen: not null }))
        {
            var keys = new[] { decision.Subject.Key, decision.Other?.Key, decision.Chosen!.Identity.Key }.OfType<string>();
            foreach (var person in keys.SelectMany(peopleWith).Distinct(StringComparer.Ordinal))
            {
                if (!chosen.TryGetValue(person, out var earlier) || earlier.At < decision.DecidedAt)
                {
                    chosen[person] = (decision.Chosen, decision.DecidedAt);
                }
            }
        }

        return chosen.ToDictionary(c => c.Key, c => c.Value.Details, StringComparer.Ordinal);
    }
}
