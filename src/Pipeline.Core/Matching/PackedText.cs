using System.Globalization;

namespace Pipeline.Core.Matching;

/// <summary>
/// A column of short digit strings (NIK, phone) kept as 64-bit numbers instead of string objects: a NIK costs
/// 8 bytes instead of about 56. Leading zeros, the length and a leading '+' survive the round trip; the rare
/// value that is not 1–17 digits (with an optional '+') is kept as text on the side.
/// </summary>
internal sealed class PackedText
{
    internal const int MaxDigits = 17;
    private long[] _values = new long[64];
    private readonly Dictionary<int, string> _other = new();

    public void Set(int slot, string? text)
    {
        if (slot >= _values.Length)
        {
            Array.Resize(ref _values, Math.Max(slot + 1, _values.Length * 2));
        }

        _other.Remove(slot);
        _values[slot] = Pack(text, out var fits);
        if (!fits)
        {
            _other[slot] = text!;
        }
    }

    public string? Get(int slot)
    {
        var value = _values[slot];
        if (value != 0)
        {
            return Unpack(value);
        }

        return _other.GetValueOrDefault(slot);
    }

    public void Clear(int slot)
    {
        _values[slot] = 0;
        _other.Remove(slot);
    }

    /// <summary>10^digits + number, negated for a leading '+'; 0 means absent (or kept on the side).</summary>
    internal static long Pack(string? text, out bool fits)
    {
        fits = true;
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var plus = text[0] == '+';
        var digits = text.AsSpan(plus ? 1 : 0);
        if (digits.Length is 0 or > MaxDigits || digits.ContainsAnyExceptInRange('0', '9'))
        {
            fits = false;
            return 0;
        }

        var value = Pow10(digits.Length) + long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return plus ? -value : value;
    }

    private static string Unpack(long value)
    {
        var plus = value < 0;
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture)[1..];
        return plus ? "+" + text : text;
    }

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
