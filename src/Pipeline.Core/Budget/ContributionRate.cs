namespace Pipeline.Core.Budget;

/// <summary>
/// The monthly BPJS Ketenagakerjaan contribution the regency pays per worker from a given date: JKK
/// (work-accident cover) plus JKM (death cover). Bound from configuration, so rates change without a release.
/// </summary>
public sealed class ContributionRate
{
    /// <summary>First day the rate applies (inclusive).</summary>
    public DateOnly From { get; set; } = DateOnly.MinValue;

    /// <summary>Jaminan Kecelakaan Kerja per person per month, in rupiah (BPU lowest band: 10,000).</summary>
    public decimal Jkk { get; set; } = 10_000m;

    /// <summary>Jaminan Kematian per person per month, in rupiah (6,800).</summary>
    public decimal Jkm { get; set; } = 6_800m;

    public decimal Monthly => Jkk + Jkm;
}
