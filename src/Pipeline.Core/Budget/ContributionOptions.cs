namespace Pipeline.Core.Budget;

/// <summary>
/// The contribution policy, bound from configuration section <see cref="SectionName"/>:
/// <c>Contribution__Rates__0__From</c>, <c>__Jkk</c>, <c>__Jkm</c> (one entry per rate change) and
/// <c>Contribution__Months</c>.
/// </summary>
/// <remarks>
/// <see cref="Rates"/> starts empty because the configuration binder appends to a pre-filled list instead of
/// replacing it; with no rate configured, <see cref="ContributionSchedule"/> uses Rp 16.800 at every date.
/// </remarks>
public sealed class ContributionOptions
{
    public const string SectionName = "Contribution";

    /// <summary>Every rate with the date from which it applies, in any order.</summary>
    public List<ContributionRate> Rates { get; set; } = [];

    /// <summary>How many months the budget figure covers (a year by default).</summary>
    public int Months { get; set; } = 12;

    /// <summary>
    /// The yearly ceiling the APBD sets for these contributions ("pagu"), in rupiah, by year:
    /// <c>Contribution__Pagu__2027=1500000000</c>. A year without one shows no ceiling.
    /// </summary>
    public Dictionary<string, decimal> Pagu { get; set; } = [];
}
