namespace Pipeline.Core.Matching;

/// <summary>Levels of name agreement, strongest first (index = level in the worker model).</summary>
public enum NameAgreement
{
    /// <summary>Same words (two or more), possibly in another order.</summary>
    Exact = 0,
    /// <summary>The same single-word name ("SUGENG", "PARTINI"): common, so much weaker evidence.</summary>
    ExactSingleWord = 1,
    /// <summary>Same number of words, each within a typo (Jaro-Winkler ≥ 0.92).</summary>
    VeryClose = 2,
    /// <summary>Words agree allowing initials and abbreviations ("M. YUSUF", "HRP"), or one name lacks a clan name.</summary>
    Partial = 3,
    /// <summary>Only a single word of the longer name is present.</summary>
    Weak = 4,
    /// <summary>At least one word has no counterpart: a different person (a sibling or twin often differs only here).</summary>
    Different = 5,
}

/// <summary>
/// Token-set name comparison built for Indonesian names: word order varies, clan names (marga) are dropped
/// or abbreviated, first names reduced to initials. Each word of the shorter name is paired with its best
/// unused word in the longer one; the weakest pair decides, so "ANDI SIREGAR" vs "BUDI SIREGAR" is different.
/// </summary>
public static class NameComparison
{
    private const double InitialScore = 0.9;
    private const double AbbreviationScore = 0.9;

    public static string[] Tokenize(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? Array.Empty<string>()
            : name.ToUpperInvariant().Split([' ', '.', ',', '\'', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The level and a similarity in [0, 1] (mean of the paired word scores) for explanations.</summary>
    public static (NameAgreement Level, double Similarity) Compare(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return (NameAgreement.Different, 0);
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        Span<bool> used = stackalloc bool[longer.Length];
        double min = 1, sum = 0;
        var allExact = true;
        var usedShortForm = false;
        foreach (var token in shorter)
        {
            var best = -1;
            double bestScore = -1;
            var bestIsShortForm = false;
            for (var j = 0; j < longer.Length; j++)
            {
                if (used[j])
                {
                    continue;
                }

                var (score, isShortForm) = TokenScore(token, longer[j]);
                if (score > bestScore) { bestScore = score; best = j; bestIsShortForm = isShortForm; }
            }
            used[best] = true;
            min = Math.Min(min, bestScore);
            sum += bestScore;
            allExact &= bestScore >= 1;
            usedShortForm |= bestIsShortForm;
        }
        var similarity = sum / longer.Length;
        if (min < 0.85)
        {
            return (NameAgreement.Different, similarity);
        }

        if (shorter.Length == longer.Length)
        {
            if (allExact)
            {
                return (shorter.Length == 1 ? NameAgreement.ExactSingleWord : NameAgreement.Exact, 1);
            }

            if (min >= 0.92 && !usedShortForm)
            {
                return (NameAgreement.VeryClose, similarity);
            }

            return (NameAgreement.Partial, similarity);
        }
        return shorter.Length >= 2 ? (NameAgreement.Partial, similarity) : (NameAgreement.Weak, similarity);
    }

    private static (double Score, bool IsShortForm) TokenScore(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return (1, false);
        }

        if (a.Length == 1 || b.Length == 1)
        {
            return a[0] == b[0] ? (InitialScore, true) : (0, false);
        }

        var similarity = StringSimilarity.JaroWinkler(a, b);
        if (similarity < 0.92 && (StringSimilarity.IsAbbreviationOf(a, b) || StringSimilarity.IsAbbreviationOf(b, a)))
        {
            return (AbbreviationScore, true);
        }

        return (similarity, false);
    }
}
