namespace Pipeline.Core.Reporting;

/// <summary>The counts of every area at a moment, with the issue tallies behind them (for the top issues).</summary>
public sealed record Figures(FiguresSnapshot Counts, IReadOnlyDictionary<string, RowTally> Tallies)
{
    public RowTally Tally(string areaKey) => Tallies.GetValueOrDefault(areaKey) ?? new RowTally();
}
