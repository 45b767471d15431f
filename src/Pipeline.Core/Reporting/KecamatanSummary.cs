namespace Pipeline.Core.Reporting;

/// <summary>
/// A kecamatan's part of the weekly summary, for its camat: the kecamatan's figures (this week and the week before,
/// the budget), the desa table, the villages that have sent nothing yet, the villages to call, and why rows were
/// rejected. Nothing of another kecamatan.
/// </summary>
/// <remarks>
/// Cut out of the regency's <see cref="WeeklyReport"/>, never computed apart: the camat's figures are the ones the
/// regency summary shows for that kecamatan, by the same rule (<see cref="WeeklyReportBuilder"/>), so the two can
/// never disagree. The new workers' names are left out: the camat reads counts, as the weekly page does.
/// </remarks>
public sealed record KecamatanSummary(
    ReportWeek Week,
    DateTimeOffset AsOf,
    bool Complete,
    AreaReport Kecamatan,
    IReadOnlyList<AreaReport> Desa,
    IReadOnlyList<string> DesaMissing,
    IReadOnlyList<ContactEntry> Contacts)
{
    /// <summary>The part of <paramref name="report"/> about one kecamatan; null when the regency has no such kecamatan.</summary>
    public static KecamatanSummary? Of(WeeklyReport report, string kecamatanCode)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kecamatan = report.Kecamatan.FirstOrDefault(k => k.Area.Code == kecamatanCode);
        if (kecamatan is null)
        {
            return null;
        }

        var known = kecamatan.Desa.Where(d => !AreaKeys.IsUnknown(d.Code)).ToList();
        return new KecamatanSummary(
            report.Week, report.AsOf, report.Complete, kecamatan.Area, kecamatan.Desa,
            [.. known.Where(d => d.Current.DesaWithoutData > 0).Select(d => d.Name)],
            [.. report.Contacts.Where(c => c.Kecamatan == kecamatan.Area.Name)]);
    }
}
