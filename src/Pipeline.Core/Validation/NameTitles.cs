namespace Pipeline.Core.Validation;

/// <summary>
/// Titles and honorifics that village lists attach to names (H., Hj., Drs., S.Pd, Alm. ...). They are split off
/// so "H. Ahmad Siregar, S.Pd" and "Ahmad Siregar" are the same person.
/// </summary>
public static class NameTitles
{
    /// <summary>Key: the title in upper case without dots or commas; value: how it is written back.</summary>
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["H"] = "H.", ["HJ"] = "Hj.", ["HAJI"] = "H.", ["HAJJAH"] = "Hj.", ["HJH"] = "Hj.",
        ["DRS"] = "Drs.", ["DRA"] = "Dra.", ["IR"] = "Ir.", ["DR"] = "Dr.",
        ["SPD"] = "S.Pd", ["SPDI"] = "S.Pd.I", ["SE"] = "S.E.", ["SH"] = "S.H.", ["SAG"] = "S.Ag",
        ["SKOM"] = "S.Kom", ["AMD"] = "A.Md", ["SST"] = "S.ST", ["SKM"] = "S.KM", ["SP"] = "S.P.", ["SSOS"] = "S.Sos",
        ["ALM"] = "Alm.", ["ALMH"] = "Almh.", ["ALMARHUM"] = "Alm.", ["ALMARHUMAH"] = "Almh.",
        ["BPK"] = "Bpk", ["BAPAK"] = "Bpk", ["IBU"] = "Ibu", ["TN"] = "Tn", ["NY"] = "Ny",
    };

    /// <summary>Degrees written after the name; accepted at the end even without a separating comma.</summary>
    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal)
    {
        "SPD", "SPDI", "SE", "SH", "SAG", "SKOM", "AMD", "SST", "SKM", "SP", "SSOS", "ALM", "ALMH",
    };

    /// <summary>The written form of a title token ("s.pd," → "S.Pd"), or null when the token is not a title.</summary>
    public static string? Match(string token, bool atEnd)
    {
        Span<char> key = stackalloc char[Math.Min(token.Length, 16)];
        if (token.Length > key.Length)
        {
            return null;
        }

        var length = 0;
        foreach (var ch in token)
        {
            if (char.IsLetter(ch))
            {
                key[length++] = char.ToUpperInvariant(ch);
            }
        }

        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(key[..length], out var written))
        {
            return null;
        }

        return !atEnd || Degrees.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..length]) ? written : null;
    }
}
