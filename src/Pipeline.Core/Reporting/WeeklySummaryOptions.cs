namespace Pipeline.Core.Reporting;

/// <summary>
/// What the weekly summary shows and whom it flags, bound from configuration section <see cref="SectionName"/>
/// (e.g. <c>WeeklySummary__ContactRejectionRate</c>).
/// </summary>
public sealed class WeeklySummaryOptions
{
    public const string SectionName = "WeeklySummary";

    /// <summary>Weeks in the trend chart, the report's week included.</summary>
    public int TrendWeeks { get; set; } = 12;

    /// <summary>Issue codes listed and charted, most frequent first.</summary>
    public int TopIssues { get; set; } = 8;

    /// <summary>Villages listed by rejection rate.</summary>
    public int TopRejectionVillages { get; set; } = 10;

    /// <summary>A village whose share of rejected rows reaches this is on the contact list.</summary>
    public double ContactRejectionRate { get; set; } = 0.2;

    /// <summary>Fewer rows than this say too little for a rejection rate (2 of 3 rejected is not a pattern).</summary>
    public int MinRowsForRate { get; set; } = 5;

    /// <summary>The timer makes at most this many missed weeks when it catches up after an outage.</summary>
    public int MaxCatchUpWeeks { get; set; } = 12;
}
