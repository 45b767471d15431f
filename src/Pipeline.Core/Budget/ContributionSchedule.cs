namespace Pipeline.Core.Budget;

/// <summary>
/// The one place the pipeline turns a number of new eligible workers into rupiah: the result workbooks, the
/// CLI and the weekly summary all ask it, so a rate change is configured once and every figure follows.
/// </summary>
/// <remarks>
/// A period of <see cref="Months"/> months starts on the given date; month <c>m</c> is charged at the rate in
/// force on <c>start.AddMonths(m)</c>, so a rate that changes within the period is counted from the month it
/// applies. A date before every configured rate takes the earliest one (the regency paid something then too).
/// </remarks>
public sealed class ContributionSchedule
{
    private readonly ContributionRate[] _rates;
    private readonly Dictionary<int, decimal> _pagu;

    public ContributionSchedule(ContributionOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1, "Contribution:Months");
        _rates = (options.Rates.Count == 0 ? [new ContributionRate()] : options.Rates)
            .OrderBy(r => r.From)
            .ToArray();
        foreach (var rate in _rates)
        {
            if (rate.Jkk < 0 || rate.Jkm < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"Contribution rate from {rate.From:yyyy-MM-dd} is negative.");
            }
        }

        Months = options.Months;
        _pagu = [];
        foreach (var (year, pagu) in options.Pagu)
        {
            _pagu[int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2200 ? y
                : throw new ArgumentOutOfRangeException(nameof(options), $"Contribution:Pagu:{year} does not name a year.")] =
                pagu >= 0 ? pagu : throw new ArgumentOutOfRangeException(nameof(options), $"Contribution:Pagu:{year} is negative.");
        }
    }

    /// <summary>Rp 16.800 (JKK 10.000 + JKM 6.800) per month, over 12 months.</summary>
    public static ContributionSchedule Default { get; } = new(new ContributionOptions());

    public int Months { get; }

    /// <summary>The APBD ceiling configured for <paramref name="year"/>, or null.</summary>
    public decimal? PaguFor(int year) => _pagu.TryGetValue(year, out var pagu) ? pagu : null;

    /// <summary>The rates in force, earliest first.</summary>
    public IReadOnlyList<ContributionRate> Rates => _rates;

    /// <summary>The rate in force on <paramref name="date"/>.</summary>
    public ContributionRate RateOn(DateOnly date)
    {
        var current = _rates[0];
        foreach (var rate in _rates)
        {
            if (rate.From > date)
            {
                break;
            }

            current = rate;
        }

        return current;
    }

    /// <summary>
    /// The rate a month is charged at: the one in force on its first day. A rate that starts later in a month is
    /// charged from the next month, because BPJS bills whole months.
    /// </summary>
    public ContributionRate RateIn(YearMonth month) => RateOn(month.FirstDay);

    /// <summary>The cost of <paramref name="people"/> new workers for the month of <paramref name="start"/> and the period that begins then.</summary>
    public BudgetEstimate Estimate(int people, DateOnly start)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        var perPersonOverPeriod = 0m;
        for (var month = 0; month < Months; month++)
        {
            perPersonOverPeriod += RateOn(start.AddMonths(month)).Monthly;
        }

        var monthlyRate = RateOn(start).Monthly;
        return new BudgetEstimate(people, monthlyRate, people * monthlyRate, Months, people * perPersonOverPeriod);
    }
}
