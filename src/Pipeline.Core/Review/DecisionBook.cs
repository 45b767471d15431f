namespace Pipeline.Core.Review;

/// <summary>
/// The decisions in memory, looked up by identity keys. Held across uploads by the storage side's cache and kept
/// current with <see cref="Update"/> (a few thousand rows at most: only uncertain pairs are ever decided).
/// </summary>
public sealed class DecisionBook : IDecisionBook
{
    private readonly Dictionary<string, Decision> _pairs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Decision> _rejections = new(StringComparer.Ordinal);

    public DecisionBook(IEnumerable<Decision> decisions)
    {
        foreach (var decision in decisions)
        {
            (decision.Kind == DecisionKind.Reject ? _rejections : _pairs)[decision.Key] = decision;
        }
    }

    /// <summary>No decisions: matching behaves exactly as without review.</summary>
    public static DecisionBook Empty { get; } = new([]);

    public int Count => _pairs.Count + _rejections.Count;

    /// <summary>
    /// Puts the decision now stored under <paramref name="key"/> in place of what the book held there, or forgets the
    /// key when none is stored (null): how a book kept across uploads follows the keys another process decided.
    /// </summary>
    /// <param name="rejection">Whether the key is a rejected identity's (else an identity pair's).</param>
    public void Update(bool rejection, string key, Decision? decision)
    {
        var held = rejection ? _rejections : _pairs;
        if (decision is null)
        {
            held.Remove(key);
        }
        else
        {
            held[key] = decision;
        }
    }

    public PairVerdict Verdict(PersonIdentity a, PersonIdentity b)
    {
        if (_pairs.Count == 0 || a.IsEmpty || b.IsEmpty)
        {
            return PairVerdict.Undecided;
        }

        return _pairs.TryGetValue(new IdentityPair(a, b).Key, out var decision)
            ? decision.Kind == DecisionKind.Same ? PairVerdict.Same : PairVerdict.Different
            : PairVerdict.Undecided;
    }

    public Decision? RejectionOf(PersonIdentity identity) =>
        _rejections.Count > 0 && !identity.IsEmpty && _rejections.TryGetValue(identity.Key, out var decision) ? decision : null;
}
