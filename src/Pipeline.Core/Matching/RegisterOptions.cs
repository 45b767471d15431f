namespace Pipeline.Core.Matching;

/// <summary>
/// What the BPJS register's membership statuses (STATUS_KEPESERTAAN) mean for the programme, bound from configuration
/// section <see cref="SectionName"/>: <c>Register__CoveredStatuses</c> and <c>Register__LapsedStatuses</c>, each a list
/// separated by <c>;</c> or <c>,</c>.
/// </summary>
/// <remarks>
/// Statuses are compared normalised (<see cref="MembershipRule.Normalise"/>: case, spaces, dashes, dots and underscores
/// do not count), so <c>NON AKTIF</c>, <c>Non-Aktif</c> and <c>NONAKTIF</c> are one entry. A status in neither list is
/// unknown: the listing waits for an administrator, it never counts as covered silently.
/// </remarks>
public sealed class RegisterOptions
{
    public const string SectionName = "Register";

    /// <summary>Statuses of a protected participant: a listed person matching one is <c>enrolled</c>.</summary>
    public string CoveredStatuses { get; set; } = "AKTIF";

    /// <summary>
    /// Statuses of a participant whose contributions stopped (coverage ends after three unpaid months): a listed
    /// person matching one is <c>reactivate</c>, proposed to BPJS again with the same KPJ and funded by the regency.
    /// </summary>
    public string LapsedStatuses { get; set; } = "NON AKTIF; TIDAK AKTIF; TDK AKTIF; NONAKTIF; NON-AKTIF";
}
