namespace Pipeline.Core.Validation;

/// <summary>Month names as written in village lists: Indonesian, old spellings (Pebruari, Nopember) and English.</summary>
public static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    /// <summary>1–12, or 0 when the word is not a month.</summary>
    public static int Parse(ReadOnlySpan<char> word)
    {
        Span<char> upper = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > upper.Length)
        {
            return 0;
        }

        word.ToUpperInvariant(upper);
        return Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(upper, out var month) ? month : 0;
    }

    private static Dictionary<string, int> Build()
    {
        string[][] names =
        [
            ["JANUARI", "JAN", "JANUARY"],
            ["FEBRUARI", "PEBRUARI", "FEB", "PEB", "FEBR", "FEBRUARY"],
            ["MARET", "MAR", "MRT", "MARCH"],
            ["APRIL", "APR"],
            ["MEI", "MAY"],
            ["JUNI", "JUN", "JUNE"],
            ["JULI", "JUL", "JULY"],
            ["AGUSTUS", "AGT", "AGS", "AGU", "AGST", "AGUST", "AUG", "AUGUST"],
            ["SEPTEMBER", "SEP", "SEPT", "SEPTEMBRE"],
            ["OKTOBER", "OKT", "OCT", "OCTOBER"],
            ["NOVEMBER", "NOPEMBER", "NOV", "NOP", "NOPEMBER"],
            ["DESEMBER", "DES", "DEC", "DECEMBER", "DESEMBRE"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                months[name] = i + 1;
            }
        }

        return months;
    }
}
