namespace Pipeline.Core.Model;

/// <summary>The rules that are policy, not fact: set in configuration (section "Validation").</summary>
public sealed class ValidationOptions
{
    /// <summary>Date ages are computed at. Default: today (UTC+7 would not change a date often enough to matter).</summary>
    public DateOnly? ReferenceDate { get; set; }

    /// <summary>Youngest eligible age, inclusive (BPU rule: 15).</summary>
    public int MinAge { get; set; } = 15;

    /// <summary>Eligible up to, not including, this age (BPU rule: under 65).</summary>
    public int MaxAgeExclusive { get; set; } = 65;

    public DateOnly EffectiveReferenceDate => ReferenceDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
