namespace Pipeline.Core.Matching;

/// <summary>Levels of NIK agreement, strongest first.</summary>
public enum NikAgreement
{
    Exact = 0,
    /// <summary>Two adjacent digits swapped.</summary>
    Transposed = 1,
    /// <summary>One digit differs in the birth-date part (digits 7–12) while region and serial agree: a typo.</summary>
    OneDigitDate = 2,
    /// <summary>
    /// One digit differs in the region part (digits 1–6). Weak on purpose: serials are small counters per
    /// kecamatan and birth date, so two people born the same day in neighbouring kecamatans differ only here.
    /// </summary>
    OneDigitRegion = 3,
    /// <summary>
    /// One digit differs in the 4-digit serial. Weak on purpose: twins, and anyone registered in the same
    /// kecamatan with the same birth date, get neighbouring serials.
    /// </summary>
    OneDigitSerial = 4,
    /// <summary>
    /// One digit differs in the birth-date part, and the difference is explained: the birth dates differ
    /// too, or it is the +40 women add to the day (a man and a woman born the same day). The NIK merely
    /// repeats what the birth-date or sex comparison already counted, so this is no extra evidence.
    /// </summary>
    OneDigitDateExplained = 5,
    Different = 6,
}

/// <summary>Compares 16-digit NIKs (6 region + 6 DDMMYY (+40 for women) + 4 serial).</summary>
public static class NikComparison
{
    /// <param name="birthDatesDiffer">True when both birth dates are known and differ.</param>
    public static NikAgreement Compare(string a, string b, bool birthDatesDiffer = false) =>
        DigitStringComparison.Compare(a, b, out var position) switch
        {
            DigitAgreement.Exact => NikAgreement.Exact,
            DigitAgreement.AdjacentTransposition => NikAgreement.Transposed,
            DigitAgreement.OneDigit when position < 6 => NikAgreement.OneDigitRegion,
            DigitAgreement.OneDigit when position < 12 => birthDatesDiffer || IsSexOffset(a, b, position)
                ? NikAgreement.OneDigitDateExplained
                : NikAgreement.OneDigitDate,
            DigitAgreement.OneDigit => NikAgreement.OneDigitSerial,
            _ => NikAgreement.Different,
        };

    private static bool IsSexOffset(string a, string b, int position) => position == 6 && Math.Abs(a[6] - b[6]) == 4;
}
