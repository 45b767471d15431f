namespace Pipeline.Core.Validation;

/// <summary>
/// How the BPJS participant register export is checked, and what its membership statuses (STATUS_KEPESERTAAN) mean
/// for the programme, bound from configuration section <see cref="SectionName"/>.
/// </summary>
/// <remarks>
/// <see cref="CoveredStatuses"/> and <see cref="LapsedStatuses"/> are lists separated by <c>;</c> or <c>,</c>, compared
/// normalised (<see cref="Matching.MembershipRule.Normalise"/>: case, spaces, dashes, dots and underscores do not count),
/// so <c>NON AKTIF</c>, <c>Non-Aktif</c> and <c>NONAKTIF</c> are one entry. A status in neither list is unknown: the
/// listing waits for an administrator, it never counts as covered silently.
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

    /// <summary>
    /// Digit counts a KPJ may have (default 11, the length of BPJS Ketenagakerjaan KPJ numbers). Configured as
    /// <c>Register__KpjLengths__0</c>, <c>__1</c> ... should BPJS issue numbers of another length.
    /// </summary>
    public List<int> KpjLengths { get; set; } = [];

    /// <summary>The lengths in force: the configured ones, or 11 when none is configured.</summary>
    public IReadOnlyCollection<int> EffectiveKpjLengths => KpjLengths.Count > 0 ? KpjLengths : [11];

    /// <summary>Rows of the register written to storage per batch while it streams in (default 1,000).</summary>
    public int WriteBatchRows { get; set; } = 1000;

    /// <summary>Rows read between two progress reports while the register streams in (default 100,000).</summary>
    public int ProgressEveryRows { get; set; } = 100_000;
}
