using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The figures the summary's tables show, in one place for the workbook and the page: the fixed ones, then one per
/// record status from <see cref="RecordStatuses"/>, so a new status appears without touching the writers.
/// </summary>
internal static class ReportFigures
{
    /// <summary>
    /// The status columns of the area tables after "Ditolak" (which stands with its share): the others, ending with
    /// the people to be paid for, next to the change and the money.
    /// </summary>
    public static IReadOnlyList<RecordStatusInfo> StatusColumns { get; } =
        RecordStatuses.All.Where(s => s.Status != RecordStatus.Rejected).Reverse().ToList();

    /// <summary>This week against last week, figure by figure.</summary>
    public static IEnumerable<(string Label, int Current, int Previous)> Changes(AreaCounts now, AreaCounts before)
    {
        yield return ("Daftar diterima (total)", now.Lists, before.Lists);
        yield return ("Desa ada data", now.DesaWithData, before.DesaWithData);
        yield return ("Baris", now.Rows, before.Rows);
        yield return ("Ditolak", now.Rejected, before.Rejected);
        foreach (var status in StatusColumns)
        {
            yield return (status.ReportLabel, now.Statuses[status.Status], before.Statuses[status.Status]);
        }
    }
}
