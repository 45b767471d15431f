namespace Pipeline.Core.Cohort;

/// <summary>The funded cohort's policy, bound from configuration section <see cref="SectionName"/>.</summary>
public sealed class CohortOptions
{
    public const string SectionName = "Cohort";

    /// <summary>
    /// The age at which the regency stops funding (<c>Cohort__MaxAge</c>), or null (the default) for none: funding ends
    /// after the month the person reaches it, and they are flagged in that month, a month ahead of the end.
    /// </summary>
    public int? MaxAge { get; set; }
}
