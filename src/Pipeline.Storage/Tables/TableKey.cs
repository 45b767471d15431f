using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Turns any text (an upload path, a record id) into a Table Storage key that is readable, case-preserving and
/// collision-free: keys may not contain / \ # ? or control characters and hold at most 1 KiB (512 UTF-16 units).
/// </summary>
/// <remarks>
/// Escape scheme: '~' starts an escape. '~' itself, the forbidden characters and '%' (which some tools decode
/// in URLs) become '~' + two hex digits of the code (<c>/</c> → <c>~2F</c>, <c>~</c> → <c>~7E</c>); a lone
/// surrogate becomes <c>~u</c> + four hex digits. Every other character, upper and lower case alike, is kept,
/// so the encoding is one-to-one and <see cref="Decode"/> reverses it. A text whose encoding is longer than the
/// caller's limit keeps a readable prefix and ends in <c>~!</c> + 32 hex digits of its SHA-256: '~!' never
/// occurs in a readable encoding, so a shortened key cannot equal an unshortened one, and two shortened keys
/// are equal only if 128 bits of SHA-256 collide. Shortened keys cannot be decoded: the row stores the full text.
/// </remarks>
public static class TableKey
{
    private const char Escape = '~';
    private const string HashMarker = "~!";
    private const int HashHexDigits = 32;

    /// <summary>The service's limit in UTF-16 units (1 KiB).</summary>
    public const int MaxLength = 512;

    public static string Encode(string text, int maxLength = 200)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, HashMarker.Length + HashHexDigits + 8);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLength, MaxLength);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(ch).Append(text[++i]);
            }
            else if (char.IsSurrogate(ch))
            {
                builder.Append(Escape).Append('u').Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
            else if (MustEscape(ch))
            {
                builder.Append(Escape).Append(((int)ch).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.Length <= maxLength ? builder.ToString() : Shorten(builder, text, maxLength);
    }

    /// <summary>The text a readable key was made from.</summary>
    /// <exception cref="FormatException">The key was shortened with a hash, or is not an encoding.</exception>
    public static string Decode(string key)
    {
        if (IsShortened(key))
        {
            throw new FormatException("A shortened key cannot be decoded; read the full text from the row.");
        }

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != Escape)
            {
                builder.Append(key[i]);
                continue;
            }

            var unicode = i + 1 < key.Length && key[i + 1] == 'u';
            var digits = unicode ? 4 : 2;
            var start = unicode ? i + 2 : i + 1;
            if (start + digits > key.Length
                || !int.TryParse(key.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw new FormatException("Not a table key encoding: a '~' without its hex digits.");
            }

            builder.Append((char)code);
            i = start + digits - 1;
        }

        return builder.ToString();
    }

    public static bool IsShortened(string key) => key.Contains(HashMarker, StringComparison.Ordinal);

    private static bool MustEscape(char ch) =>
        ch is Escape or '/' or '\\' or '#' or '?' or '%' || ch <= '\u001F' || ch is >= '\u007F' and <= '\u009F';

    private static string Shorten(StringBuilder encoded, string text, int maxLength)
    {
        var keep = maxLength - HashMarker.Length - HashHexDigits;

        // Never cut inside an escape or a surrogate pair: back up to the start of the unit.
        var escapeStart = encoded.ToString(Math.Max(0, keep - 5), Math.Min(5, keep)).LastIndexOf(Escape);
        if (escapeStart >= 0)
        {
            var position = Math.Max(0, keep - 5) + escapeStart;
            var unitLength = position + 1 < encoded.Length && encoded[position + 1] == 'u' ? 6 : 3;
            if (position + unitLength > keep)
            {
                keep = position;
            }
        }

        if (keep > 0 && char.IsHighSurrogate(encoded[keep - 1]))
        {
            keep--;
        }

        // UTF-16 units, not UTF-8: a lone surrogate must not hash like U+FFFD.
        var hash = SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()));
        return encoded.ToString(0, keep) + HashMarker + Convert.ToHexStringLower(hash, 0, HashHexDigits / 2);
    }
}
