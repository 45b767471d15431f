namespace Pipeline.Core.Validation;

/// <summary>
/// How the BPJS participant register export is checked, bound from configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class RegisterOptions
{
    public const string SectionName = "Register";

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
