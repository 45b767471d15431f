namespace Pipeline.Core.Cohort;

/// <summary>
/// How many people of the cohort stand at each <see cref="CohortCountKey"/>: the weekly summary's, the bill's and the
/// admin page's figures without reading a person. A few hundred counts for a regency, whatever the cohort's size.
/// </summary>
/// <remarks>
/// Kept in step with the cohort by <see cref="After"/>: each change moves its person from the key before to the key
/// after, and what is written is the count each touched key then has (a value, not a step), so writing it again after
/// a crash changes nothing. A key whose people all left keeps a count of 0, which the figures skip.
/// </remarks>
public sealed class CohortTally
{
    private readonly Dictionary<CohortCountKey, int> _people = [];

    /// <summary>Every key ever counted here, with its people (0 when they all left).</summary>
    public IReadOnlyDictionary<CohortCountKey, int> People => _people;

    public int this[CohortCountKey key] => _people.GetValueOrDefault(key);

    /// <summary>Counts one more person (or <paramref name="people"/>) at <paramref name="key"/>: a recount as it streams.</summary>
    public void Add(CohortCountKey key, int people = 1) => _people[key] = _people.GetValueOrDefault(key) + people;

    /// <summary>Takes these counts as they now are (the values <see cref="After"/> gave, committed or replayed).</summary>
    public void Set(IEnumerable<KeyValuePair<CohortCountKey, int>> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (key, people) in counts)
        {
            _people[key] = people;
        }
    }

    /// <summary>
    /// The count of every key these changes touch, as it will be once they are made; this tally is not changed (the
    /// caller sets it once the change is committed).
    /// </summary>
    /// <param name="changes">Changes whose members carry their details: the areas of <see cref="CohortChange.Before"/>
    /// are those of the row as stored, those of <see cref="CohortChange.After"/> the row to be written.</param>
    public IReadOnlyDictionary<CohortCountKey, int> After(IEnumerable<CohortChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var after = new Dictionary<CohortCountKey, int>();
        foreach (var change in changes)
        {
            if (change.Before is { } before)
            {
                Move(CohortCountKey.Of(before), -1);
            }

            Move(CohortCountKey.Of(change.After), +1);
        }

        return after;

        void Move(CohortCountKey key, int people) => after[key] = (after.TryGetValue(key, out var counted) ? counted : this[key]) + people;
    }

    /// <summary>The figures per desa (with its kecamatan), in code order: what a recount of every person would give.</summary>
    public IReadOnlyList<CohortAreaCounts> ToAreas()
    {
        var areas = new Dictionary<(string?, string?), CohortAreaCounts>();
        foreach (var (key, people) in _people)
        {
            if (people == 0)
            {
                continue;
            }

            if (!areas.TryGetValue((key.KecamatanCode, key.DesaCode), out var area))
            {
                areas[(key.KecamatanCode, key.DesaCode)] = area = new CohortAreaCounts(key.KecamatanCode, key.DesaCode);
            }

            area.Add(key.State, key.FundedFrom, key.EndedFrom, people);
        }

        return areas.Values.OrderBy(a => a.KecamatanCode, StringComparer.Ordinal).ThenBy(a => a.DesaCode, StringComparer.Ordinal).ToList();
    }
}
