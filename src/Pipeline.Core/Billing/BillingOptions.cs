namespace Pipeline.Core.Billing;

/// <summary>
/// How the regency is billed and when unpaid contributions become urgent: configuration section <c>Billing</c>
/// (app settings <c>Billing__PeriodMonths</c>, <c>Billing__LapseMonths</c>, <c>Billing__WarnDaysBeforeLapse</c>).
/// </summary>
/// <remarks>
/// Regencies pay at different rhythms: monthly, or by triwulan as Kabupaten Labuhanbatu does under Perbup 3/2024.
/// A BPU participant whose contributions stay unpaid for three months loses coverage, and paying later counts as a
/// new membership with a gap in protection; the warning comes early enough for the treasurer to act.
/// </remarks>
public sealed class BillingOptions
{
    public const string SectionName = "Billing";

    /// <summary>Months one bill covers when neither the bill nor the command names them: 1 (monthly) or 3 (triwulan); 2, 4, 6 and 12 also divide the year.</summary>
    public int PeriodMonths { get; set; } = 1;

    /// <summary>Months of unpaid contributions after which BPJS ends a BPU participant's coverage.</summary>
    public int LapseMonths { get; set; } = 3;

    /// <summary>How many days before a month's contributions would lapse the page and the weekly summary warn.</summary>
    public int WarnDaysBeforeLapse { get; set; } = 30;

    /// <exception cref="ArgumentOutOfRangeException">A value no regency could mean.</exception>
    public void Validate()
    {
        if (PeriodMonths is not (1 or 2 or 3 or 4 or 6 or 12))
        {
            throw new ArgumentOutOfRangeException(nameof(PeriodMonths), PeriodMonths, "Billing:PeriodMonths must divide the year: 1, 2, 3, 4, 6 or 12.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(LapseMonths, 1, "Billing:LapseMonths");
        ArgumentOutOfRangeException.ThrowIfNegative(WarnDaysBeforeLapse, "Billing:WarnDaysBeforeLapse");
    }
}
