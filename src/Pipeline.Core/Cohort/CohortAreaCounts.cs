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

    public void Add(CohortState state) => _counts[(int)state]++;

    /// <summary>Counts by state code (every state, zeros included).</summary>
    public IReadOnlyDictionary<string, int> ToDictionary() => CohortStates.All.ToDictionary(s => s.ToCode(), s => _counts[(int)s], StringComparer.Ordinal);
}
