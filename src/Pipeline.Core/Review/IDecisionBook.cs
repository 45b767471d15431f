namespace Pipeline.Core.Review;

/// <summary>What administrators decided about two identities.</summary>
public enum PairVerdict
{
    Undecided,
    Same,
    Different,
}

/// <summary>
/// The administrators' decisions as matching and ingest consult them: the one seam between review and the
/// matcher. "Are these two the same person?" and "was this identity rejected?"; nothing else.
/// </summary>
public interface IDecisionBook
{
    PairVerdict Verdict(PersonIdentity a, PersonIdentity b);

    /// <summary>The rejection of this identity, or null.</summary>
    Decision? RejectionOf(PersonIdentity identity);
}
