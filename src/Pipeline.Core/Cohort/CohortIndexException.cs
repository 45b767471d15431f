namespace Pipeline.Core.Cohort;

/// <summary>
/// The stored cohort cannot be indexed for a bill: two funded people share one NIK or KPJ, or one's NIK or KPJ is not
/// digits (a confirmation that wrote two KPJ into one cell, say). Carries which identifier and the person ids only, never
/// the NIK or KPJ itself, so the reconciliation can say what to correct instead of failing as a system error.
/// </summary>
/// <remarks>An <see cref="ArgumentException"/>, as <see cref="CohortIndex.Build"/> has always documented.</remarks>
public sealed class CohortIndexException : ArgumentException
{
    public CohortIndexException(string identifier, IReadOnlyList<string> personIds)
        : base($"Funded person{(personIds.Count > 1 ? "s" : "")} {string.Join(" and ", personIds)}: {(personIds.Count > 1 ? "share one" : "no usable")} {identifier}.")
    {
        Identifier = identifier;
        PersonIds = personIds;
    }

    public CohortIndexException()
        : this("identifier", [])
    {
    }

    public CohortIndexException(string message)
        : base(message)
    {
        Identifier = "identifier";
        PersonIds = [];
    }

    public CohortIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
        Identifier = "identifier";
        PersonIds = [];
    }

    /// <summary>"NIK" or "KPJ".</summary>
    public string Identifier { get; }

    /// <summary>The people concerned: two who share the identifier, or one whose identifier is not digits.</summary>
    public IReadOnlyList<string> PersonIds { get; }

    /// <summary>True when two people share the identifier; false when one person's is unusable.</summary>
    public bool IsShared => PersonIds.Count > 1;
}
