namespace Pipeline.Core.Cohort;

/// <summary>How many people of the cohort are in each state, for one desa (the weekly summary's figures).</summary>
/// <param name="kecamatanCode">Kemendagri code, or null when the listing named none.</param>
/// <param name="desaCode">Kemendagri code, or null when the listing named none.</param>
public sealed class CohortAreaCounts(string? kecamatanCode, string? desaCode)
{
    private readonly int[] _counts = new int[CohortStates.All.Count];

    public string? KecamatanCode { get; } = kecamatanCode;

    public string? DesaCode { get; } = desaCode;

    public int this[CohortState state] => _counts[(int)state];

    /// <summary>When each person the regency pays or paid for here is funded (states funded and ended): the budget's months.</summary>
    public Budget.FundedMonths Funded { get; } = new();

    public void Add(CohortState state) => _counts[(int)state]++;

    /// <summary>Counts a person, and for a funded or ended one the months their funding covers.</summary>
    public void Add(CohortState state, Budget.YearMonth? fundedFrom, Budget.YearMonth? endedFrom) => Add(state, fundedFrom, endedFrom, people: 1);

    /// <summary>Counts <paramref name="people"/> people of the same state and months at once (a kept count, <see cref="CohortTally"/>).</summary>
    public void Add(CohortState state, Budget.YearMonth? fundedFrom, Budget.YearMonth? endedFrom, int people)
    {
        _counts[(int)state] += people;
        if (state is CohortState.Funded or CohortState.Ended && fundedFrom is { } from)
        {
            Funded.Add(from, state == CohortState.Ended ? endedFrom ?? from : null, people);
        }
    }

    /// <summary>Counts by state code (every state, zeros included).</summary>
    public IReadOnlyDictionary<string, int> ToDictionary() => CohortStates.All.ToDictionary(s => s.ToCode(), s => _counts[(int)s], StringComparer.Ordinal);
}
