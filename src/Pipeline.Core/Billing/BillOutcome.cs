using Pipeline.Core.Budget;
using Pipeline.Core.Model;

namespace Pipeline.Core.Billing;

/// <summary>
/// The reconciliation of one billed row, or of one funded person no row billed (<see cref="BillCode.NotBilled"/>):
/// exactly one code, the amounts, and an Indonesian explanation an official can act on.
/// </summary>
/// <param name="Code">The one code this row or person gets.</param>
/// <param name="BillRow">The bill's sheet row; null for a person not billed.</param>
/// <param name="Kpj">The KPJ as billed (digits when readable), or the funded person's for a person not billed.</param>
/// <param name="Nik">The NIK as billed (digits when readable), or the funded person's.</param>
/// <param name="Name">The name as billed, or the funded person's when the bill gives none.</param>
/// <param name="PersonId">The funded person the row was matched to; null when it matched nobody.</param>
/// <param name="KecamatanCode">The matched person's kecamatan code, when known.</param>
/// <param name="DesaCode">The matched person's desa code, when known.</param>
/// <param name="Months">The months the row bills (the whole period unless the row names a month); for a person not
/// billed, the funded months no row billed.</param>
/// <param name="Billed">The amount billed; null for a person not billed or an amount that cannot be read.</param>
/// <param name="Expected">What the rule says: the rate in force each month, summed over the months billed in which the
/// person is funded (for a person not billed: over the months not billed). 0 when the row matches nobody funded.</param>
/// <param name="ToPay">What the regency pays for this row (see docs/billing.md): never more than billed nor expected.</param>
/// <param name="Explanation">Why, in Bahasa Indonesia, with the figures.</param>
/// <param name="Issues">What could not be read on the row (<c>BILL_*</c> codes).</param>
public sealed record BillOutcome(
    BillCode Code,
    int? BillRow,
    string Kpj,
    string Nik,
    string Name,
    string? PersonId,
    string? KecamatanCode,
    string? DesaCode,
    IReadOnlyList<YearMonth> Months,
    decimal? Billed,
    decimal Expected,
    decimal ToPay,
    string Explanation,
    IReadOnlyList<Issue> Issues)
{
    /// <summary>The part of the billed amount not paid: billed − to pay (0 when nothing was billed).</summary>
    public decimal Disputed => (Billed ?? 0) - ToPay;
}
