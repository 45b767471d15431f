namespace Pipeline.Core.Review;

/// <summary>Two identities in no particular order: "A is B" is the same question as "B is A".</summary>
public readonly record struct IdentityPair
{
    public IdentityPair(PersonIdentity a, PersonIdentity b)
    {
        var (ka, kb) = (a.Key, b.Key);
        (First, Second) = string.CompareOrdinal(ka, kb) <= 0 ? (a, b) : (b, a);
        Key = string.CompareOrdinal(ka, kb) <= 0 ? ka + "-" + kb : kb + "-" + ka;
    }

    public PersonIdentity First { get; }
    public PersonIdentity Second { get; }

    /// <summary>Order-free, table-key-safe: the two identity keys sorted and joined.</summary>
    public string Key { get; }
}
