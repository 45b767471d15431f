using System.Globalization;
using System.Text;

namespace Pipeline.Core.Validation;

/// <summary>
/// A spelling-folded key of a name, so the same person written in old and new spelling
/// ("Djoko Soeharto" / "Joko Suharto", "Mhd. Jusuf" / "Muhammad Yusuf") matches.
/// </summary>
/// <remarks>
/// Per word, in this order: diacritics and punctuation removed; a first word that is a form of Muhammad
/// (Muhammad, Muhamad, Mohammad, Mohamad, Muhammat, Moh., Mhd., Muh., M. ...) becomes MUHAMMAD; then
/// OE→U, DJ→J, TJ→C, SJ→SY, NJ→NY, CH→KH, DH→D, TH→T; then doubled letters are collapsed; finally
/// the old-spelling "J" that is today's "Y" is rewritten only for a short list of known words
/// (JUSUF, JAHJA, JAKUB, JUNUS ...), because a plain J before a vowel is usually a real J (Joko, Juliana).
/// Word order is kept.
/// </remarks>
public static class NameMatchKey
{
    public const string Muhammad = "MUHAMMAD";

    private static readonly HashSet<string> MuhammadForms = new(StringComparer.Ordinal)
    {
        "MUHAMMAD", "MUHAMAD", "MOHAMMAD", "MOHAMAD", "MUHAMMAT", "MUHAMAT", "MOHAMMED", "MUHAMMED", "MOHAMED",
        "MOCHAMMAD", "MOCHAMAD", "MUCHAMMAD", "MUCHAMAD", "MOHD", "MOH", "MHD", "MUH", "MUHD", "MD", "M",
    };

    private static readonly (string Old, string New)[] Spellings =
    [
        ("OE", "U"), ("DJ", "J"), ("TJ", "C"), ("SJ", "SY"), ("NJ", "NY"), ("CH", "KH"), ("DH", "D"), ("TH", "T"),
    ];

    /// <summary>Old-spelling words (after the folds above) whose J is today's Y.</summary>
    private static readonly Dictionary<string, string> OldJWords = new(StringComparer.Ordinal)
    {
        ["JUSUF"] = "YUSUF", ["JAHJA"] = "YAHYA", ["JAHYA"] = "YAHYA", ["JAKUB"] = "YAKUB", ["JUNUS"] = "YUNUS",
        ["JASIN"] = "YASIN", ["JOHANES"] = "YOHANES", ["JAZID"] = "YAZID", ["JUSRI"] = "YUSRI", ["JUSNI"] = "YUSNI",
    };

    public static string Build(string canonicalName)
    {
        var words = Words(canonicalName);
        var key = new StringBuilder(canonicalName.Length);
        for (var i = 0; i < words.Count; i++)
        {
            if (key.Length > 0)
            {
                key.Append(' ');
            }

            key.Append(i == 0 && MuhammadForms.Contains(words[i]) ? Muhammad : Fold(words[i]));
        }

        return key.ToString();
    }

    private static string Fold(string word)
    {
        foreach (var (old, replacement) in Spellings)
        {
            if (word.Contains(old, StringComparison.Ordinal))
            {
                word = word.Replace(old, replacement, StringComparison.Ordinal);
            }
        }

        word = CollapseDoubles(word);
        return OldJWords.TryGetValue(word, out var modern) ? modern : word;
    }

    /// <remarks>The stack buffer is used only for short words: a word of any length cannot overflow the stack.</remarks>
    private static string CollapseDoubles(string word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var length = 0;
        foreach (var ch in word)
        {
            if (length == 0 || buffer[length - 1] != ch)
            {
                buffer[length++] = ch;
            }
        }

        return length == word.Length ? word : new string(buffer[..length]);
    }

    /// <summary>Upper-case ASCII letter words; apostrophes join ("NUR'AINI" → NURAINI), other marks separate.</summary>
    private static List<string> Words(string name)
    {
        var folded = Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        var words = new List<string>(4);
        var word = new StringBuilder(16);
        foreach (var ch in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '’' or '`')
            {
                continue;
            }

            if (char.IsLetter(ch))
            {
                word.Append(char.ToUpperInvariant(ch));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
