namespace Pipeline.Core.Budget;

/// <summary>
/// How many people the regency pays for in any month, from when each person's funding starts and ends: a handful of
/// counters per month that changes, never an entry per person, so the whole cohort can be tallied as it streams.
/// </summary>
/// <remarks>
/// A person funded from <c>from</c> and ended from <c>end</c> counts in every month from <c>from</c> up to, not
/// including, <c>end</c>: the same rule as <see cref="Cohort.FundedPeriod.IsFundedIn"/>. The count in a month is the sum
/// of the starts minus the ends up to it.
/// </remarks>
public sealed class FundedMonths
{
    private readonly SortedDictionary<YearMonth, int> _changes = [];

    /// <summary>People added so far.</summary>
    public int People { get; private set; }

    /// <summary>The first month anyone is funded; null while nobody is.</summary>
    public YearMonth? First => _changes.Count == 0 ? null : _changes.Keys.First();

    public void Add(YearMonth from, YearMonth? endedFrom) => Add(from, endedFrom, people: 1);

    /// <summary>Adds <paramref name="people"/> people with the same months at once (a kept count, not a person).</summary>
    public void Add(YearMonth from, YearMonth? endedFrom, int people)
    {
        if ((endedFrom is { } end && end <= from) || people == 0)
        {
            return;
        }

        People += people;
        _changes[from] = _changes.GetValueOrDefault(from) + people;
        if (endedFrom is { } ended)
        {
            _changes[ended] = _changes.GetValueOrDefault(ended) - people;
        }
    }

    public void Add(FundedMonths other)
    {
        ArgumentNullException.ThrowIfNull(other);
        People += other.People;
        foreach (var (month, delta) in other._changes)
        {
            _changes[month] = _changes.GetValueOrDefault(month) + delta;
        }
    }

    /// <summary>People funded in <paramref name="month"/>.</summary>
    public int In(YearMonth month)
    {
        var count = 0;
        foreach (var (changed, delta) in _changes)
        {
            if (changed > month)
            {
                break;
            }

            count += delta;
        }

        return count;
    }

    /// <summary>What the people funded in <paramref name="months"/> cost, each month at the rate in force that month.</summary>
    public decimal Cost(IEnumerable<YearMonth> months, ContributionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(schedule);
        return months.Sum(month => In(month) * schedule.RateIn(month).Monthly);
    }
}
