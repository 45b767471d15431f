using Pipeline.Core.Budget;

namespace Pipeline.Core.Cohort;

/// <summary>
/// What the cohort's figures tell people apart by: the state, the desa (with its kecamatan), and for the people the
/// regency pays or paid for the months that funding covers. Everyone with the same key counts the same in every
/// figure (<see cref="CohortAreaCounts"/>), so one count per key is enough to make them all.
/// </summary>
/// <remarks>
/// The months are kept only where the figures read them (<see cref="CohortAreaCounts.Add(CohortState, YearMonth?, YearMonth?)"/>):
/// the first month for funded and ended people, the end month for ended ones. Other states leave them out, so a
/// refused person's stale months never split a count.
/// </remarks>
public readonly record struct CohortCountKey
{
    private CohortCountKey(CohortState state, string? kecamatanCode, string? desaCode, YearMonth? fundedFrom, YearMonth? endedFrom)
    {
        State = state;
        KecamatanCode = kecamatanCode;
        DesaCode = desaCode;
        FundedFrom = fundedFrom;
        EndedFrom = endedFrom;
    }

    public CohortState State { get; }

    public string? KecamatanCode { get; }

    public string? DesaCode { get; }

    public YearMonth? FundedFrom { get; }

    public YearMonth? EndedFrom { get; }

    /// <summary>The key of a person as stored (the areas are the stored row's codes), the months that do not count left out.</summary>
    public static CohortCountKey Of(CohortState state, string? kecamatanCode, string? desaCode, YearMonth? fundedFrom, YearMonth? endedFrom) => new(
        state, kecamatanCode, desaCode,
        state is CohortState.Funded or CohortState.Ended ? fundedFrom : null,
        state == CohortState.Ended ? endedFrom : null);

    /// <summary>The key of a member with their details (the areas come from them; a member without details has none).</summary>
    public static CohortCountKey Of(CohortMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return Of(member.State, member.Details?.KecamatanCode, member.Details?.DesaCode, member.FundedFrom, member.EndedFrom);
    }
}
