namespace Pipeline.Core.Matching;

/// <summary>
/// A Fellegi–Sunter model: a list of field comparisons whose level weights are summed into a log2 Bayes
/// factor. Generic so that the Indonesian worker model and the FEBRL benchmark model share one engine.
/// </summary>
public sealed class MatchModel<T>
{
    public MatchModel(IReadOnlyList<FieldComparison<T>> fields) => Fields = fields;

    public IReadOnlyList<FieldComparison<T>> Fields { get; }

    /// <summary>Writes each field's level into <paramref name="levels"/> (length = field count) and returns the score.</summary>
    public double Score(T a, T b, Span<int> levels)
    {
        var total = 0.0;
        for (var f = 0; f < Fields.Count; f++)
        {
            var field = Fields[f];
            var level = field.Compare(a, b);
            levels[f] = level;
            if (level >= 0)
            {
                total += field.Levels[level].Weight;
            }
        }
        return total;
    }

    public double Score(T a, T b)
    {
        Span<int> levels = stackalloc int[Fields.Count];
        return Score(a, b, levels);
    }

    /// <summary>Score of an already computed comparison vector.</summary>
    public double Score(ReadOnlySpan<int> levels)
    {
        var total = 0.0;
        for (var f = 0; f < Fields.Count; f++)
        {
            if (levels[f] >= 0)
            {
                total += Fields[f].Levels[levels[f]].Weight;
            }
        }

        return total;
    }
}
