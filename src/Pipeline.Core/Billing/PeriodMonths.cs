using System.Numerics;
using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Billing;

/// <summary>
/// The months of a reconciled period as bits (bit 0 = the first month), with the rate in force in each: sums and
/// Indonesian descriptions of any set of them ("2 bulan × Rp 16.800 + 1 bulan × Rp 20.000 = Rp 53.600").
/// </summary>
internal sealed class PeriodMonths
{
    /// <summary>Distinct month sets kept for sharing; a long period's rare sets are built per outcome instead.</summary>
    private const int MaxShared = 1024;

    private readonly decimal[] _rates;
    private readonly Dictionary<uint, IReadOnlyList<YearMonth>> _lists = [];
    private readonly Dictionary<uint, string> _breakdowns = [];

    public PeriodMonths(MonthRange period, ContributionSchedule schedule)
    {
        Period = period;
        _rates = period.Select(month => schedule.RateIn(month).Monthly).ToArray();
        All = Cohort.CohortIndex.Bits(0, period.Count);
    }

    public MonthRange Period { get; }

    public uint All { get; }

    /// <summary>The rate in force summed over the months in <paramref name="mask"/>.</summary>
    public decimal Sum(uint mask)
    {
        var sum = 0m;
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            sum += _rates[BitOperations.TrailingZeroCount(bits)];
        }

        return sum;
    }

    /// <summary>The months in <paramref name="mask"/>, shared between outcomes with the same months.</summary>
    public IReadOnlyList<YearMonth> Months(uint mask)
    {
        if (!_lists.TryGetValue(mask, out var months))
        {
            var list = new List<YearMonth>(BitOperations.PopCount(mask));
            for (var bits = mask; bits != 0; bits &= bits - 1)
            {
                list.Add(Period[BitOperations.TrailingZeroCount(bits)]);
            }

            months = list;
            if (_lists.Count < MaxShared)
            {
                _lists[mask] = months;
            }
        }

        return months;
    }

    /// <summary>"Januari – Maret 2027", or "Januari 2027, Maret 2027" when not consecutive.</summary>
    public string Describe(uint mask) => ReconciliationColumns.MonthsForPeople(Months(mask));

    /// <summary>"3 bulan × Rp 16.800 = Rp 50.400", one term per rate; made once per set of months.</summary>
    public string Breakdown(uint mask)
    {
        if (_breakdowns.TryGetValue(mask, out var known))
        {
            return known;
        }

        var text = Compose(mask);
        if (_breakdowns.Count < MaxShared)
        {
            _breakdowns[mask] = text;
        }

        return text;
    }

    private string Compose(uint mask)
    {
        var terms = new List<(decimal Rate, int Months)>();
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            var rate = _rates[BitOperations.TrailingZeroCount(bits)];
            var at = terms.FindIndex(t => t.Rate == rate);
            if (at >= 0)
            {
                terms[at] = (rate, terms[at].Months + 1);
            }
            else
            {
                terms.Add((rate, 1));
            }
        }

        return string.Join(" + ", terms.Select(t => $"{t.Months} bulan × {IndonesianFormat.Rupiah(t.Rate)}")) + " = " + IndonesianFormat.Rupiah(Sum(mask));
    }
}
