namespace Pipeline.Core.Validation;

/// <summary>The two-digit province codes that start every real NIK (Aceh 11 … Papua Barat Daya 97).</summary>
public static class ProvinceCodes
{
    private static readonly bool[] Valid = Build();

    public static bool IsValid(int code) => code is >= 0 and < 100 && Valid[code];

    private static bool[] Build()
    {
        var valid = new bool[100];
        int[][] ranges = [[11, 19], [21, 21], [31, 36], [51, 53], [61, 65], [71, 76], [81, 82], [91, 92], [94, 97]];
        foreach (var range in ranges)
        {
            for (var code = range[0]; code <= range[1]; code++)
            {
                valid[code] = true;
            }
        }

        return valid;
    }
}
