namespace Pipeline.Core.Matching;

/// <summary>How two identification numbers (NIK, social-security id) relate.</summary>
public enum DigitAgreement
{
    Exact,
    /// <summary>Two adjacent digits swapped: a typing slip, strong evidence of the same number.</summary>
    AdjacentTransposition,
    /// <summary>Exactly one digit differs.</summary>
    OneDigit,
    Different,
}

/// <summary>Compares identification numbers digit by digit, so that a typo still finds its person.</summary>
public static class DigitStringComparison
{
    /// <summary>Compares equal-length numbers; <paramref name="differingPosition"/> is the first differing index (or -1).</summary>
    public static DigitAgreement Compare(string a, string b, out int differingPosition)
    {
        differingPosition = -1;
        if (a.Length != b.Length)
        {
            return DigitAgreement.Different;
        }

        var first = -1;
        var count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (count == 0)
            {
                first = i;
            }

            if (++count > 2)
            {
                return DigitAgreement.Different;
            }
        }
        differingPosition = first;
        return count switch
        {
            0 => DigitAgreement.Exact,
            1 => DigitAgreement.OneDigit,
            _ when first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first] => DigitAgreement.AdjacentTransposition,
            _ => DigitAgreement.Different,
        };
    }
}
