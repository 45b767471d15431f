namespace Pipeline.Core.Matching;

/// <summary>
/// One field of a matching model: a function that puts a pair into a level (index into <see cref="Levels"/>,
/// or -1 when either side is missing, which adds nothing), and the m/u of each level.
/// </summary>
public sealed class FieldComparison<T>
{
    public FieldComparison(string name, Func<T, T, int> compare, IReadOnlyList<ComparisonLevel> levels)
    {
        Name = name;
        Compare = compare;
        Levels = levels;
    }

    public string Name { get; }
    public Func<T, T, int> Compare { get; }
    public IReadOnlyList<ComparisonLevel> Levels { get; }

    public FieldComparison<T> WithLevels(IReadOnlyList<ComparisonLevel> levels) => new(Name, Compare, levels);
}
