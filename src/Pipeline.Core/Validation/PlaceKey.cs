using System.Text;

namespace Pipeline.Core.Validation;

/// <summary>
/// Turns a place name as officials type it ("Desa Aek-Kanopan", "Kel. Sei Sentang", "perk_padang halaban")
/// into a compact comparable key, so spelling habits do not hide a known village.
/// </summary>
/// <remarks>
/// Administrative prefixes (Desa, Ds, Kel, Kelurahan, Kec, Kecamatan, Kab) are dropped, common abbreviations
/// are expanded (Perk → Perkebunan, Sungai → Sei, Pulau → Pulo, Tj/Tg → Tanjung, Kp/Kpg → Kampung), and spaces
/// are removed so "Sono Martani" equals "Sonomartani".
/// </remarks>
public static class PlaceKey
{
    /// <summary>The prefix kept on estate villages; matching may also try without it.</summary>
    public const string EstatePrefix = "PERKEBUNAN";

    private static readonly HashSet<string> DroppedWords = new(StringComparer.Ordinal)
    {
        "DESA", "DS", "KEL", "KELURAHAN", "KEC", "KECAMATAN", "KAB", "KABUPATEN",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["PERK"] = EstatePrefix,
        ["PRK"] = EstatePrefix,
        ["SUNGAI"] = "SEI",
        ["SEI."] = "SEI",
        ["PULAU"] = "PULO",
        ["TJ"] = "TANJUNG",
        ["TG"] = "TANJUNG",
        ["TANJUNG"] = "TANJUNG",
        ["KP"] = "KAMPUNG",
        ["KPG"] = "KAMPUNG",
        ["KAMPUNG"] = "KAMPUNG",
        ["MASJID"] = "MESJID",
    };

    /// <summary>The key's words in order, prefixes dropped and abbreviations expanded.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>(4);
        var current = new StringBuilder(16);
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(char.ToUpperInvariant(ch));
            }
            else
            {
                Flush(current, words);
            }
        }

        Flush(current, words);
        return words;
    }

    /// <summary>The compact key: <see cref="Words"/> joined without spaces.</summary>
    public static string Build(string text) => string.Concat(Words(text));

    /// <summary>The compact key without a leading estate prefix ("PERKEBUNANHANNA" → "HANNA").</summary>
    public static string WithoutEstatePrefix(string key) =>
        key.StartsWith(EstatePrefix, StringComparison.Ordinal) ? key[EstatePrefix.Length..] : key;

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString();
        current.Clear();
        if (DroppedWords.Contains(word) && words.Count == 0)
        {
            return;
        }

        words.Add(Synonyms.TryGetValue(word, out var canonical) ? canonical : word);
    }
}
