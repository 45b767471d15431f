using Pipeline.Core.Budget;

namespace Pipeline.Core.Cohort;

/// <summary>
/// One person the regency pays BPJS contributions for ("peserta dibiayai Pemda"), as a bill is reconciled against
/// them: who they are, where they live, and the months their funding covers.
/// </summary>
/// <remarks>
/// The funded cohort's durable state (candidate, submitted, funded, refused, ended) is kept elsewhere; this is its
/// read-only view for money: only people BPJS confirmed (state funded, or ended after being funded) appear. Funding
/// covers <see cref="FundedFrom"/> up to, not including, <see cref="EndedFrom"/>; one record per person.
/// </remarks>
/// <param name="PersonId">The pipeline's person id (the same one the result workbooks and the review queue show).</param>
/// <param name="Nik">The 16-digit NIK, digits only.</param>
/// <param name="Kpj">The BPJS participant number BPJS confirmed, digits only; null only when a confirmation gave none.</param>
/// <param name="Name">The name as listed by the village.</param>
/// <param name="KecamatanCode">Kemendagri code of the kecamatan as records hold it (e.g. 122301), when known.</param>
/// <param name="DesaCode">Kemendagri code of the desa (e.g. 1223011001), when known.</param>
/// <param name="FundedFrom">The first month covered.</param>
/// <param name="EndedFrom">The first month no longer covered; null while funding goes on.</param>
/// <param name="EndReason">Why funding ended (meninggal, pindah, usia ...), as recorded; null while it goes on.</param>
public sealed record FundedPeriod(
    string PersonId,
    string Nik,
    string? Kpj,
    string Name,
    string? KecamatanCode,
    string? DesaCode,
    YearMonth FundedFrom,
    YearMonth? EndedFrom = null,
    string? EndReason = null)
{
    /// <summary>True when the regency pays for this person in <paramref name="month"/>.</summary>
    public bool IsFundedIn(YearMonth month) => month >= FundedFrom && (EndedFrom is not { } end || month < end);
}
