namespace Pipeline.Core.Cohort;

/// <summary>Why the regency stops paying for a funded person (issue 16: the exits).</summary>
public enum CohortEndReason
{
    /// <summary>Meninggal dunia.</summary>
    Died,
    /// <summary>Pindah: moved out of the regency.</summary>
    Moved,
    /// <summary>Usia: past the configured maximum age (ended by the rule after the birthday month).</summary>
    Age,
    /// <summary>Ditanggung skema lain: another scheme (an employer, PBI) pays now.</summary>
    OtherScheme,
    /// <summary>Dihapus dari daftar desa: the village no longer lists them and an approver confirmed it.</summary>
    RemovedByVillage,
}

/// <summary>Codes and words of <see cref="CohortEndReason"/>.</summary>
public static class CohortEndReasons
{
    private static readonly string[] Codes = ["meninggal", "pindah", "usia", "skema-lain", "dihapus-desa"];

    private static readonly string[] Labels =
        ["meninggal dunia", "pindah domisili", "melewati batas usia", "ditanggung skema lain", "dihapus dari daftar desa"];

    public static IReadOnlyList<CohortEndReason> All { get; } = Enum.GetValues<CohortEndReason>();

    public static string ToCode(this CohortEndReason reason) => Codes[(int)reason];

    public static string ToIndonesian(this CohortEndReason reason) => Labels[(int)reason];

    public static bool TryParse(string? code, out CohortEndReason reason)
    {
        var index = Array.IndexOf(Codes, code?.Trim().ToLowerInvariant());
        reason = index < 0 ? default : (CohortEndReason)index;
        return index >= 0;
    }
}
