namespace Pipeline.Core.Cohort;

/// <summary>
/// Where a person stands in the funded cohort ("peserta dibiayai Pemda"): the life of one person the regency pays
/// BPJS contributions for, from the village's listing to the end of their funding.
/// </summary>
/// <remarks>
/// The way through: <see cref="Candidate"/> → <see cref="Submitted"/> → <see cref="Funded"/> (or <see cref="Refused"/>)
/// → <see cref="Ended"/>. A candidate whose listing goes away is <see cref="Withdrawn"/> and comes back as a candidate
/// when listed again; nothing else ever moves backwards by itself: a refused or ended person becomes a candidate
/// again only when an approver proposes them again (<see cref="CohortMember.Repropose"/>).
/// </remarks>
public enum CohortState
{
    /// <summary>Listed (<c>new</c> or <c>reactivate</c>), not yet on a released list: the next list carries them.</summary>
    Candidate,
    /// <summary>On a released list (export id and date), waiting for BPJS's confirmation: never on another list.</summary>
    Submitted,
    /// <summary>Confirmed by BPJS (a confirmation file, or the register showing them active): paid for from a first month.</summary>
    Funded,
    /// <summary>BPJS refused them, with a reason the administrators and the village see.</summary>
    Refused,
    /// <summary>Funding ended from a month, for a reason (died, moved, age, another scheme, removed by the village).</summary>
    Ended,
    /// <summary>A candidate whose listing went away (removed from the list, rejected, merged) before any list carried them.</summary>
    Withdrawn,
}

/// <summary>The codes and words of <see cref="CohortState"/>: one place for tables, the API and the page.</summary>
public static class CohortStates
{
    private static readonly string[] Codes = ["candidate", "submitted", "funded", "refused", "ended", "withdrawn"];

    private static readonly string[] Labels =
        ["Akan diusulkan", "Diusulkan, menunggu konfirmasi BPJS", "Dibiayai Pemda", "Ditolak BPJS", "Berhenti dibiayai", "Dibatalkan"];

    public static IReadOnlyList<CohortState> All { get; } = Enum.GetValues<CohortState>();

    /// <summary>Lower-case code, as stored (it is the Cohort table's partition) and in the API.</summary>
    public static string ToCode(this CohortState state) => Codes[(int)state];

    /// <summary>What officials read.</summary>
    public static string ToIndonesian(this CohortState state) => Labels[(int)state];

    public static bool TryParse(string? code, out CohortState state)
    {
        var index = Array.IndexOf(Codes, code);
        state = index < 0 ? default : (CohortState)index;
        return index >= 0;
    }

    public static CohortState Parse(string code) =>
        TryParse(code, out var state) ? state : throw new FormatException($"'{code}' is not a cohort state.");
}
