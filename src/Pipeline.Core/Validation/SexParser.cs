using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Reads the sex column: L/P, LK/PR, Laki-laki, Lelaki, Perempuan, Pria, Wanita, M/F, Male/Female, and
/// the Dukcapil/BPS numeric coding 1 = laki-laki, 2 = perempuan. Case, spaces and punctuation are ignored.
/// </summary>
public static class SexParser
{
    private static readonly Dictionary<string, Sex> Words = new(StringComparer.Ordinal)
    {
        ["L"] = Sex.L, ["LK"] = Sex.L, ["LAKILAKI"] = Sex.L, ["LAKI"] = Sex.L, ["LELAKI"] = Sex.L,
        ["PRIA"] = Sex.L, ["M"] = Sex.L, ["MALE"] = Sex.L, ["1"] = Sex.L, ["LL"] = Sex.L,
        ["P"] = Sex.P, ["PR"] = Sex.P, ["PRP"] = Sex.P, ["PEREMPUAN"] = Sex.P, ["WANITA"] = Sex.P,
        ["F"] = Sex.P, ["FEMALE"] = Sex.P, ["W"] = Sex.P, ["2"] = Sex.P,
    };

    /// <summary>The sex the cell names; null when empty (blank or a dash, see <paramref name="isEmpty"/>) or not recognised.</summary>
    public static Sex? Parse(object? cell, out bool isEmpty)
    {
        var text = CellText.Render(cell);
        Span<char> key = stackalloc char[Math.Min(text.Length, 32)];
        var length = 0;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch) && length < key.Length)
            {
                key[length++] = char.ToUpperInvariant(ch);
            }
        }

        isEmpty = text.AsSpan().Trim('-').IsEmpty;
        return Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..length], out var sex) ? sex : null;
    }
}
