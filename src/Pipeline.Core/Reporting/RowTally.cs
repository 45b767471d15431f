using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Rows counted by status and by issue code: what the summary needs of a set of records, kept instead of the
/// records themselves so a report over a million rows holds a few thousand counters.
/// </summary>
public sealed class RowTally
{
    /// <summary>Rows per status.</summary>
    public StatusCounts Statuses { get; } = new();

    public int this[RecordStatus status] => Statuses[status];

    public int Total => Statuses.Total;

    /// <summary>Rows carrying each data-quality issue code (a code twice on one row counts once; see <see cref="IssueDescriptions.IsDataQuality"/>).</summary>
    public Dictionary<string, int> Issues { get; } = new(StringComparer.Ordinal);

    /// <summary>Rejected rows by the error codes that rejected them.</summary>
    public Dictionary<string, int> RejectReasons { get; } = new(StringComparer.Ordinal);

    /// <param name="issueCodes">The row's codes, ';'-separated as stored.</param>
    public void Add(RecordStatus status, string? issueCodes)
    {
        Statuses.Add(status);
        if (string.IsNullOrEmpty(issueCodes))
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in issueCodes.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!seen.Add(code) || !IssueDescriptions.IsDataQuality(code))
            {
                continue;
            }

            Increment(Issues, code, 1);
            if (status == RecordStatus.Rejected && IssueDescriptions.IsError(code))
            {
                Increment(RejectReasons, code, 1);
            }
        }
    }

    public void AddTo(RowTally total)
    {
        total.Statuses.Add(Statuses);
        foreach (var (code, rows) in Issues)
        {
            Increment(total.Issues, code, rows);
        }

        foreach (var (code, rows) in RejectReasons)
        {
            Increment(total.RejectReasons, code, rows);
        }
    }

    private static void Increment(Dictionary<string, int> counts, string code, int by) =>
        counts[code] = counts.GetValueOrDefault(code) + by;
}
