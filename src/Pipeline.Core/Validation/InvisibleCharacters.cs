using System.Globalization;
using System.Text;

namespace Pipeline.Core.Validation;

/// <summary>
/// Removes what cannot be seen but changes a name: control characters (NUL ...), format characters (zero-width
/// space and joiners, soft hyphen, byte-order mark, left-to-right and right-to-left marks, embeddings, overrides and
/// isolates) and lone surrogates. Such characters make two equal-looking names differ, or make a name display
/// reversed; they arrive from copy-pasting out of chat apps and web pages.
/// </summary>
/// <remarks>Tab and line breaks are not hidden: they become a space, as a line break in a merged cell is one.</remarks>
public static class InvisibleCharacters
{
    /// <summary>The text without hidden characters; <paramref name="removed"/> tells whether any was taken out.</summary>
    public static string Remove(string text, out bool removed)
    {
        removed = false;
        if (!text.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            return text;
        }

        StringBuilder? clean = null;
        for (var index = 0; index < text.Length; index++)
        {
            var ch = text[index];
            var keep = ch;
            var drop = false;
            if (ch is '\t' or '\n' or '\r')
            {
                keep = ' ';
            }
            else if (char.IsSurrogate(ch))
            {
                var isPair = char.IsHighSurrogate(ch) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
                if (isPair)
                {
                    clean?.Append(ch).Append(text[index + 1]);
                    index++;
                    continue;
                }

                drop = true;
            }
            else
            {
                drop = CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.Format;
            }

            if (!drop && keep == ch)
            {
                clean?.Append(ch);
                continue;
            }

            clean ??= new StringBuilder(text.Length).Append(text, 0, index);
            if (drop)
            {
                removed = true;
            }
            else
            {
                clean.Append(keep);
            }
        }

        return clean?.ToString() ?? text;
    }
}
