namespace Pipeline.Core.Validation;

/// <summary>
/// Writes Indonesian mobile numbers in +62 form (0812…, 812…, 62812…, +62 812…, with spaces, dashes, dots).
/// Only the first number is taken when a cell lists several ("0812… / 0813…"); digits of other scripts count as digits.
/// </summary>
/// <remarks>
/// A mobile number is 8 followed by 8–11 more digits after the country code. Anything else, or a number
/// made of one repeated digit, is reported (as a warning: the phone is optional) and not stored.
/// </remarks>
public static class PhoneNormalizer
{
    private const int MinNationalDigits = 9;
    private const int MaxNationalDigits = 12;

    /// <summary>The +62 form, or null when the text is not a plausible mobile number.</summary>
    public static string? Normalize(string text)
    {
        text = UnicodeDigits.ToAscii(text);
        Span<char> digits = stackalloc char[Math.Min(text.Length, 32)];
        var length = 0;
        foreach (var ch in text)
        {
            if (char.IsAsciiDigit(ch))
            {
                if (length == digits.Length)
                {
                    return null;
                }

                digits[length++] = ch;
            }
            else if (ch is '/' or ',' or ';' or '|' && length > 0)
            {
                break;
            }
            else if (char.IsLetter(ch))
            {
                return null;
            }
        }

        ReadOnlySpan<char> national = digits[..length];
        if (national.StartsWith("62"))
        {
            national = national[2..];
        }

        if (national.StartsWith("0"))
        {
            national = national[1..];
        }

        if (national.Length is < MinNationalDigits or > MaxNationalDigits || national[0] != '8' || AllSame(national))
        {
            return null;
        }

        return string.Concat("+62", national);
    }

    private static bool AllSame(ReadOnlySpan<char> national)
    {
        var same = 0;
        foreach (var ch in national[1..])
        {
            if (ch == national[1])
            {
                same++;
            }
        }

        return same == national.Length - 1;
    }
}
