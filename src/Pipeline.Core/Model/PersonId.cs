using System.Globalization;

namespace Pipeline.Core.Model;

/// <summary>
/// Who a listing belongs to: the same value for every listing of one person, in every upload. One text form,
/// <c>P</c> + 12 lower-case hexadecimal digits (<c>P0123456789ab</c>), made by <see cref="ToString"/> and read by
/// <see cref="Parse"/>: the Records table, records.csv, result workbooks, messages and the API all carry it so.
/// </summary>
/// <remarks>
/// The digits are a 48-bit number (<see cref="Value"/>): the person index keeps ids as numbers, not strings. How an
/// id is derived (from a record and its identity, or from a KPJ) is <see cref="Matching.PersonIds"/>'s business.
/// A message that names a person takes this type, so a file path or a row can never take its place.
/// </remarks>
public readonly record struct PersonId : IComparable<PersonId>
{
    private const char Prefix = 'P';
    private const int Digits = 12;
    private const ulong MaxValue = (1UL << (Digits * 4)) - 1;

    private PersonId(ulong value) => Value = value;

    /// <summary>The id as a number below 2^48.</summary>
    public ulong Value { get; }

    /// <exception cref="ArgumentOutOfRangeException">Not a 48-bit number.</exception>
    public static PersonId FromValue(ulong value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        return new PersonId(value);
    }

    /// <summary>The id made of the first 6 bytes of a hash.</summary>
    public static PersonId FromHash(ReadOnlySpan<byte> hash)
    {
        ulong value = 0;
        foreach (var b in hash[..(Digits / 2)])
        {
            value = (value << 8) | b;
        }

        return new PersonId(value);
    }

    public override string ToString() => Prefix + Value.ToString("x12", CultureInfo.InvariantCulture);

    /// <exception cref="FormatException">Not 'P' followed by 12 hexadecimal digits.</exception>
    public static PersonId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("A person id is 'P' followed by 12 hexadecimal digits.");

    public static bool TryParse(string? text, out PersonId id)
    {
        id = default;
        if (text is null || text.Length != Digits + 1 || text[0] != Prefix
            || !ulong.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        id = new PersonId(value);
        return true;
    }

    /// <summary>A stored id, or null when the column is empty (a rejected row has no person).</summary>
    /// <exception cref="FormatException">The column holds something that is not a person id.</exception>
    public static PersonId? ParseOrNull(string? text) => string.IsNullOrEmpty(text) ? null : Parse(text);

    public int CompareTo(PersonId other) => Value.CompareTo(other.Value);
}
