using System.Text;

namespace Pipeline.Core.Validation;

/// <summary>
/// Folds decimal digits of any script (full-width １２３, Arabic-Indic ١٢٣, Devanagari, mathematical 𝟏 ...) to
/// ASCII, so that a NIK or phone typed on a phone keyboard set to another script is checked by its digits instead
/// of being "not numeric" or silently dropped.
/// </summary>
public static class UnicodeDigits
{
    /// <summary>The text with every decimal digit as ASCII 0-9; the same instance when there is nothing to fold.</summary>
    public static string ToAscii(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        StringBuilder? folded = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var isForeignDigit = !rune.IsAscii && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.DecimalDigitNumber;
            if (isForeignDigit)
            {
                folded ??= new StringBuilder(text.Length).Append(text, 0, index);
                folded.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else
            {
                folded?.Append(text, index, rune.Utf16SequenceLength);
            }

            index += rune.Utf16SequenceLength;
        }

        return folded?.ToString() ?? text;
    }
}
