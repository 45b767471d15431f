namespace Pipeline.Core.Matching;

/// <summary>
/// String comparison primitives shared by every comparator. Jaro-Winkler is the usual choice for
/// short person-name tokens: it forgives a dropped or swapped letter and rewards a shared beginning,
/// which is where officials rarely err.
/// </summary>
public static class StringSimilarity
{
    public static double JaroWinkler(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length ? 1 : 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var jaro = Jaro(a, b);
        var prefix = 0;
        var limit = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < limit && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return jaro + prefix * 0.1 * (1 - jaro);
    }

    private static double Jaro(string a, string b)
    {
        var window = Math.Max(0, Math.Max(a.Length, b.Length) / 2 - 1);
        Span<bool> aMatched = a.Length <= 128 ? stackalloc bool[a.Length] : new bool[a.Length];
        Span<bool> bMatched = b.Length <= 128 ? stackalloc bool[b.Length] : new bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (bMatched[j] || a[i] != b[j])
                {
                    continue;
                }

                aMatched[i] = bMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0)
        {
            return 0;
        }

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }

            while (!bMatched[k])
            {
                k++;
            }

            if (a[i] != b[k])
            {
                transpositions++;
            }

            k++;
        }
        double m = matches;
        return (m / a.Length + m / b.Length + (m - transpositions / 2.0) / m) / 3.0;
    }

    /// <summary>
    /// True when <paramref name="shortForm"/> is an abbreviation of <paramref name="longForm"/>: same first
    /// letter and its letters appear in order ("HRP" → "HARAHAP", "MHD" → "MUHAMMAD", "SRG" → "SIREGAR").
    /// </summary>
    public static bool IsAbbreviationOf(string shortForm, string longForm)
    {
        if (shortForm.Length < 2 || shortForm.Length >= longForm.Length || shortForm[0] != longForm[0])
        {
            return false;
        }

        var k = 1;
        for (var i = 1; i < longForm.Length && k < shortForm.Length; i++)
        {
            if (longForm[i] == shortForm[k])
            {
                k++;
            }
        }

        return k == shortForm.Length;
    }

    /// <summary>
    /// A coarse phonetic code (American Soundex) for blocking: names spelt differently by ear share it.
    /// </summary>
    public static string Soundex(string word)
    {
        Span<char> code = stackalloc char[4];
        var length = 0;
        var last = '\0';
        foreach (var raw in word)
        {
            var c = char.ToUpperInvariant(raw);
            if (c < 'A' || c > 'Z')
            {
                continue;
            }

            var digit = c switch
            {
                'B' or 'F' or 'P' or 'V' => '1',
                'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
                'D' or 'T' => '3',
                'L' => '4',
                'M' or 'N' => '5',
                'R' => '6',
                'H' or 'W' => '\0',
                _ => '0',
            };
            if (length == 0) { code[length++] = c; last = digit; continue; }
            if (digit == '\0')
            {
                continue;
            }

            if (digit != '0' && digit != last)
            {
                code[length++] = digit;
            }

            last = digit;
            if (length == 4)
            {
                break;
            }
        }
        if (length == 0)
        {
            return string.Empty;
        }

        while (length < 4)
        {
            code[length++] = '0';
        }

        return new string(code);
    }
}
