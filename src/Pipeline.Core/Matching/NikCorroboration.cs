namespace Pipeline.Core.Matching;

/// <summary>What the rest of two records says about an identical NIK.</summary>
public enum NikCorroboration
{
    /// <summary>The name agrees, and the birth dates do not clearly differ: the NIK may merge the two.</summary>
    Corroborated,

    /// <summary>Only one word of the name agrees and no independently typed birth date does: never merged silently.</summary>
    Weak,

    /// <summary>A clearly different name or birth date, or no name to compare: a shared NIK (<c>NIK_SHARED</c>).</summary>
    Conflict,
}

/// <summary>
/// The integrity rule for two records carrying the same NIK: the NIK alone never decides that they are one
/// person, because anyone can type a NIK that exists (a neighbour's, one from the register) under another name.
/// </summary>
/// <remarks>
/// "Clearly different" uses the same comparisons as the model: a name is clearly different when one of its
/// words has no counterpart with Jaro-Winkler ≥ 0.85 (<see cref="NameAgreement.Different"/>: "BUTET" against
/// "SITI AMINAH", "ANDI SIREGAR" against "BUDI SIREGAR"), while a typo ("ZULKIFLY"), a dropped or abbreviated
/// clan name, an initial ("M. YUSUF") or another word order still agrees. Birth dates are clearly different when
/// they are neither equal, nor day and month swapped, nor one digit apart (<see cref="DateAgreement.SameYear"/>,
/// <see cref="DateAgreement.Different"/>). A birth date the normaliser took from the NIK because the cell was
/// empty says nothing the NIK does not, so it neither agrees nor disagrees here. Examples and the reasons in
/// docs/matching.md ("Shared NIK").
/// </remarks>
public static class NikCorroborationRule
{
    /// <param name="nameLevel">The name's <see cref="NameAgreement"/> as a level, or -1 when a side has no name.</param>
    /// <param name="dateLevel">The birth date's <see cref="DateAgreement"/> as a level, or -1 when a side has none.</param>
    /// <param name="dateFromNik">True when either side's birth date was taken from its NIK, not typed.</param>
    public static NikCorroboration Judge(int nameLevel, int dateLevel, bool dateFromNik)
    {
        var independentDate = dateFromNik ? -1 : dateLevel;
        if (nameLevel < 0 || nameLevel == (int)NameAgreement.Different)
        {
            return NikCorroboration.Conflict;
        }

        if (independentDate is (int)DateAgreement.SameYear or (int)DateAgreement.Different)
        {
            return NikCorroboration.Conflict;
        }

        if (nameLevel == (int)NameAgreement.Weak && independentDate < 0)
        {
            return NikCorroboration.Weak;
        }

        return NikCorroboration.Corroborated;
    }
}
