namespace Pipeline.Core.Validation;

/// <summary>Levenshtein distance with an early exit, for tolerating small typos in place names.</summary>
public static class EditDistance
{
    /// <summary>How many typos a name of this length may carry and still be recognised.</summary>
    public static int Tolerance(int length) => length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// <summary>The edit distance, or <c>max + 1</c> as soon as it is certain to exceed <paramref name="max"/>.</summary>
    public static int Compute(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Stack buffers only for short words: a cell of any length cannot overflow the stack.
        Span<int> previous = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 64 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
