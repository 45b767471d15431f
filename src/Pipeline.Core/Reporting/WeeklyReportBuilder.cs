using Pipeline.Core.Budget;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Makes a <see cref="WeeklyReport"/> from the stored data: this week's figures, the previous week's (as
/// reported then when a complete summary of it is stored, else recomputed), the trend, the money, the data
/// quality lists and the contact list.
/// </summary>
public sealed class WeeklyReportBuilder(Gazetteer gazetteer, ContributionSchedule contributions, WeeklySummaryOptions options)
{
    private const string UnknownName = "Tidak diketahui";
    private readonly FiguresCalculator _calculator = new(gazetteer);

    /// <param name="asOf">The end of the week, or now for the week in progress.</param>
    /// <param name="stored">Complete summaries already stored, by week.</param>
    public WeeklyReport Build(
        ReportData data, ReportWeek week, DateTimeOffset asOf, DateTimeOffset generatedAt, IReadOnlyDictionary<ReportWeek, FiguresSnapshot> stored)
    {
        var current = _calculator.Compute(data, week.Start, asOf);
        var previousStored = stored.TryGetValue(week.Previous, out var previousSnapshot);
        var previous = previousSnapshot ?? _calculator.Compute(data, week.Previous.Start, week.Previous.End).Counts;
        var date = JakartaTime.DateOf(asOf);

        AreaReport Area(string code, string name) => new(
            code, name, current.Counts[code], previous[code],
            contributions.Estimate(current.Counts[code].Candidates, date),
            TopCodes(current.Tally(code).RejectReasons, 5));

        var kecamatan = gazetteer.Kecamatan
            .OrderBy(k => k.Name, StringComparer.Ordinal)
            .Select(k => new KecamatanReport(
                Area(k.Code, k.Name),
                gazetteer.Desa.Where(d => d.ParentCode == k.Code).OrderBy(d => d.Name, StringComparer.Ordinal)
                    .Select(d => Area(d.Code, d.Name))
                    .Concat(current.Counts.Areas.ContainsKey(AreaKeys.Unknown(k.Code)) ? [Area(AreaKeys.Unknown(k.Code), UnknownName)] : [])
                    .ToList()))
            .ToList();
        var unknownKey = AreaKeys.Unknown(gazetteer.RegencyCode);

        return new WeeklyReport
        {
            Week = week,
            AsOf = asOf,
            GeneratedAt = generatedAt,
            Regency = Area(gazetteer.RegencyCode, WeeklyReport.RegencyName),
            Kecamatan = kecamatan,
            UnknownKecamatan = current.Counts.Areas.ContainsKey(unknownKey) ? Area(unknownKey, UnknownName) : null,
            PreviousFromStoredSummary = previousStored,
            TopIssues = TopCodes(current.Tally(gazetteer.RegencyCode).Issues, options.TopIssues),
            HighestRejection = HighestRejection(kecamatan, current),
            Contacts = Contacts(data, kecamatan, asOf),
            Trend = Trend(data, week, current.Counts, stored),
            Rate = contributions.RateOn(date),
            Snapshot = current.Counts,
        };
    }

    private static List<IssueCount> TopCodes(IReadOnlyDictionary<string, int> counts, int take) =>
        counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(take)
            .Select(c => new IssueCount(c.Key, IssueDescriptions.SeverityLabel(c.Key), IssueDescriptions.Describe(c.Key), c.Value))
            .ToList();

    private List<RejectionEntry> HighestRejection(IReadOnlyList<KecamatanReport> kecamatan, Figures current) =>
        kecamatan
            .SelectMany(k => k.Desa.Where(d => !AreaKeys.IsUnknown(d.Code)).Select(d => (Kecamatan: k.Area.Name, Desa: d)))
            .Where(x => x.Desa.Current.Rows >= options.MinRowsForRate && x.Desa.Current.Rejected > 0)
            .OrderByDescending(x => x.Desa.Current.RejectionRate).ThenByDescending(x => x.Desa.Current.Rows)
            .ThenBy(x => x.Kecamatan, StringComparer.Ordinal).ThenBy(x => x.Desa.Name, StringComparer.Ordinal)
            .Take(options.TopRejectionVillages)
            .Select(x => new RejectionEntry(
                x.Kecamatan, x.Desa.Name, x.Desa.Current.Rows, x.Desa.Current.Rejected, x.Desa.Current.RejectionRate,
                x.Desa.RejectReasons.FirstOrDefault()?.Description))
            .ToList();

    /// <summary>Failed files first, then high rejection rates (highest first), then villages that sent nothing.</summary>
    private List<ContactEntry> Contacts(ReportData data, IReadOnlyList<KecamatanReport> kecamatan, DateTimeOffset asOf)
    {
        var failedCodes = data.Uploads
            .Where(u => u.Failed && u.ReceivedBy(asOf) && u.DesaCode is not null)
            .GroupBy(u => u.DesaCode!)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(u => u.IssueCode ?? "?").Distinct().Order(StringComparer.Ordinal)));
        var entries = new List<(int Priority, double Rate, ContactEntry Entry)>();
        foreach (var k in kecamatan)
        {
            foreach (var desa in k.Desa.Where(d => !AreaKeys.IsUnknown(d.Code)))
            {
                var c = desa.Current;
                var reasons = new List<string>();
                var priority = int.MaxValue;
                if (c.FailedLists > 0)
                {
                    reasons.Add($"{c.FailedLists} berkas tidak dapat dibaca ({failedCodes.GetValueOrDefault(desa.Code, "?")})");
                    priority = 0;
                }

                if (c.Rows >= options.MinRowsForRate && c.RejectionRate >= options.ContactRejectionRate)
                {
                    var top = desa.RejectReasons.FirstOrDefault();
                    reasons.Add($"{IndonesianFormat.Number(c.Rejected)} dari {IndonesianFormat.Number(c.Rows)} baris ditolak ({IndonesianFormat.Percent(c.RejectionRate)})"
                        + (top is null ? "" : $"; terbanyak {top.Code}"));
                    priority = Math.Min(priority, 1);
                }

                if (c.DesaWithData == 0)
                {
                    reasons.Add("Belum mengirim daftar");
                    priority = Math.Min(priority, 2);
                }

                if (reasons.Count > 0)
                {
                    entries.Add((priority, c.RejectionRate, new ContactEntry(k.Area.Name, desa.Name, string.Join("; ", reasons))));
                }
            }
        }

        return entries.OrderBy(e => e.Priority).ThenByDescending(e => e.Priority == 1 ? e.Rate : 0)
            .ThenBy(e => e.Entry.Kecamatan, StringComparer.Ordinal).ThenBy(e => e.Entry.Desa, StringComparer.Ordinal)
            .Select(e => e.Entry).ToList();
    }

    private List<TrendPoint> Trend(ReportData data, ReportWeek week, FiguresSnapshot current, IReadOnlyDictionary<ReportWeek, FiguresSnapshot> stored)
    {
        var count = Math.Max(1, options.TrendWeeks);
        return Enumerable.Range(0, count).Select(i => week.AddWeeks(i - count + 1)).Select(w =>
                w == week ? new TrendPoint(w, current[gazetteer.RegencyCode], Stored: false)
                : stored.TryGetValue(w, out var snapshot) ? new TrendPoint(w, snapshot[gazetteer.RegencyCode], Stored: true)
                : new TrendPoint(w, _calculator.Compute(data, w.Start, w.End).Counts[gazetteer.RegencyCode], Stored: false))
            .ToList();
    }
}
