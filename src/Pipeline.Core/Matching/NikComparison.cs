namespace Pipeline.Core.Matching;

/// <summary>Levels of NIK agreement, strongest first.</summary>
public enum NikAgreement
{
    Exact = 0,
    /// <summary>Two adjacent digits swapped.</summary>
    Transposed = 1,
    /// <summary>One digit differs in the region or birth-date part (first 12 digits): a typo.</summary>
    OneDigitRegionOrDate = 2,
    /// <summary>
    /// One digit differs in the 4-digit serial. Weak on purpose: twins and siblings registered the same day
    /// get consecutive serials, so this is as much a family sign as a typo.
    /// </summary>
    OneDigitSerial = 3,
    Different = 4,
}

/// <summary>Compares 16-digit NIKs (6 region + 6 DDMMYY (+40 for women) + 4 serial).</summary>
public static class NikComparison
{
    public static NikAgreement Compare(string a, string b) =>
        DigitStringComparison.Compare(a, b, out var position) switch
        {
            DigitAgreement.Exact => NikAgreement.Exact,
            DigitAgreement.AdjacentTransposition => NikAgreement.Transposed,
            DigitAgreement.OneDigit when position < 12 => NikAgreement.OneDigitRegionOrDate,
            DigitAgreement.OneDigit => NikAgreement.OneDigitSerial,
            _ => NikAgreement.Different,
        };
}
