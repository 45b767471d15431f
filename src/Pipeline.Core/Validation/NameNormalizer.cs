using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Validation;

/// <summary>
/// Produces one canonical upper-case form of a person's name: spaces folded, titles and honorifics moved
/// to <see cref="PersonName.Titles"/> (at the front: H., Hj., Drs., Bpk, Ny ...; at the back: S.Pd, S.E., Alm. ...).
/// </summary>
public static partial class NameNormalizer
{
    /// <summary>True when the text can be a name: it has letters and no digits.</summary>
    public static bool IsPlausible(string text)
    {
        var hasLetter = false;
        foreach (var ch in text)
        {
            if (char.IsDigit(ch))
            {
                return false;
            }

            hasLetter |= char.IsLetter(ch);
        }

        return hasLetter;
    }

    public static PersonName Normalize(string text)
    {
        var tokens = Tokenize(SpacedDegree().Replace(text, static m => m.Groups[1].Value + "." + m.Groups[2].Value.Replace(" ", "", StringComparison.Ordinal)), out var firstBackIndex);
        var titles = new List<string>(2);
        var start = 0;
        while (start < tokens.Count - 1 && NameTitles.Match(tokens[start], atEnd: false) is { } front)
        {
            titles.Add(front);
            start++;
        }

        var end = tokens.Count;
        var backTitles = new List<string>(2);
        while (end > start + 1 && TitleAtBack(tokens[end - 1], end - 1 >= firstBackIndex) is { } back)
        {
            backTitles.Insert(0, back);
            end--;
        }

        titles.AddRange(backTitles);
        var name = new StringBuilder(text.Length);
        for (var i = start; i < end; i++)
        {
            if (i > start)
            {
                name.Append(' ');
            }

            name.Append(tokens[i].ToUpperInvariant());
        }

        return new PersonName(name.Length == 0 ? null : name.ToString(), titles.Count == 0 ? null : string.Join(' ', titles));
    }

    private static string? TitleAtBack(string token, bool afterComma) =>
        NameTitles.Match(token, atEnd: true) ?? (afterComma ? NameTitles.Match(token, atEnd: false) : null);

    /// <summary>Splits on spaces and commas, and after dots that glue an initial or title to a word ("H.AHMAD").</summary>
    private static List<string> Tokenize(string text, out int firstBackIndex)
    {
        var tokens = new List<string>(6);
        firstBackIndex = int.MaxValue;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var ch = i < text.Length ? text[i] : ' ';
            var separator = char.IsWhiteSpace(ch) || ch is ',' or '(' or ')' or ';';
            if (!separator)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                AddWithDots(text[start..i], tokens);
                start = -1;
            }

            if (ch == ',' && firstBackIndex == int.MaxValue)
            {
                firstBackIndex = tokens.Count;
            }
        }

        return tokens;
    }

    private static void AddWithDots(string token, List<string> tokens)
    {
        if (NameTitles.Match(token, atEnd: true) is not null || !token.AsSpan(0, token.Length - 1).Contains('.'))
        {
            tokens.Add(token);
            return;
        }

        var start = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] == '.' && i + 1 < token.Length && token[i + 1] != '.')
            {
                tokens.Add(token[start..(i + 1)]);
                start = i + 1;
            }
        }

        tokens.Add(token[start..]);
    }

    [GeneratedRegex(@"\b([SA])\.\s+(PD\.?\s?I|PD|E|H|AG|KOM|MD|SOS|ST|KM|P)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDegree();
}
