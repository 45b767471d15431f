using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Billing;

/// <summary>
/// A month whose contributions the regency has not paid as it nears the point where BPJS ends coverage: how many
/// people, how much money, and from when they are no longer protected.
/// </summary>
/// <param name="Month">The month of contributions.</param>
/// <param name="People">People funded that month.</param>
/// <param name="Amount">Their contributions at the rate in force that month.</param>
/// <param name="LapsesOn">The first day without coverage if still unpaid: the first day of the month <see cref="BillingOptions.LapseMonths"/> after.</param>
/// <param name="Lapsed">True when that day has come: paying now counts as a new membership with a gap in protection.</param>
public sealed record UnpaidMonth(YearMonth Month, int People, decimal Amount, DateOnly LapsesOn, bool Lapsed)
{
    /// <summary>The warning as the page and the weekly summary show it.</summary>
    public string ToIndonesian() => Lapsed
        ? $"Iuran {Month.ToIndonesian()} untuk {IndonesianFormat.Number(People)} peserta ({IndonesianFormat.Rupiah(Amount)}) belum dibayar dan sudah melewati batas {IndonesianFormat.ShortDate(LapsesOn)}: perlindungan mereka terputus, dan pembayaran sekarang dihitung sebagai kepesertaan baru."
        : $"Iuran {Month.ToIndonesian()} untuk {IndonesianFormat.Number(People)} peserta ({IndonesianFormat.Rupiah(Amount)}) belum dibayar. Bila belum dibayar sebelum {IndonesianFormat.ShortDate(LapsesOn)}, perlindungan mereka berhenti.";
}

/// <summary>
/// Finds the months whose contributions are still unpaid as they near the lapse (<see cref="BillingOptions.LapseMonths"/>
/// months, three for BPU participants): what the page and the weekly summary warn about.
/// </summary>
/// <remarks>
/// A month is paid when a payment was recorded for a reconciled bill whose period holds it. A month is warned from
/// <see cref="BillingOptions.WarnDaysBeforeLapse"/> days before it lapses, and stays warned (as lapsed) until paid, for
/// at most two years back. Months with nobody funded are never warned. The money comes from the one rule
/// (<see cref="ContributionSchedule.RateIn"/>).
/// </remarks>
public static class UnpaidContributions
{
    private const int LookBackMonths = 24;

    public static IReadOnlyList<UnpaidMonth> Find(FundedMonths funded, IEnumerable<MonthRange> paidPeriods, DateOnly today, BillingOptions options, ContributionSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(funded);
        ArgumentNullException.ThrowIfNull(paidPeriods);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(schedule);
        if (funded.First is not { } first)
        {
            return [];
        }

        var paid = paidPeriods.ToList();
        var current = YearMonth.Of(today);
        var start = first > current.AddMonths(-LookBackMonths) ? first : current.AddMonths(-LookBackMonths);
        var warnings = new List<UnpaidMonth>();
        for (var month = start; month <= current; month = month.Next)
        {
            var lapsesOn = month.AddMonths(options.LapseMonths).FirstDay;
            if (today < lapsesOn.AddDays(-options.WarnDaysBeforeLapse) || paid.Any(p => p.Contains(month)))
            {
                continue;
            }

            var people = funded.In(month);
            if (people > 0)
            {
                warnings.Add(new UnpaidMonth(month, people, people * schedule.RateIn(month).Monthly, lapsesOn, today >= lapsesOn));
            }
        }

        return warnings;
    }
}
