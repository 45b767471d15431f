using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Adds the funded cohort up by desa, kecamatan and regency and prices it with the one rule (<see cref="CohortBudget"/>):
/// what the weekly summary's "Anggaran Pemda" and the page's summary show.
/// </summary>
/// <remarks>People whose listing named no desa (or no kecamatan) count in their kecamatan (or the regency) under
/// "Tidak diketahui", so the regency's figures are always the sum of everyone.</remarks>
public sealed class CohortBudgetReportBuilder(Gazetteer gazetteer, ContributionSchedule schedule, BillingOptions billing)
{
    private const string UnknownName = "Tidak diketahui";

    /// <param name="areas">The cohort's people by desa (<c>CohortCountStore.CountByDesaAsync</c>).</param>
    /// <param name="bills">Every reconciled bill (any order): the latest is shown, the paid ones settle their months.</param>
    /// <param name="date">The report date, in WIB.</param>
    public CohortBudgetReport Build(IReadOnlyList<CohortAreaCounts> areas, IReadOnlyList<ReconciledBill> bills, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(bills);
        var month = YearMonth.Of(date);
        var budget = new CohortBudget(schedule);
        var regency = new Tally();
        var byKecamatan = new Dictionary<string, (Tally Total, Dictionary<string, Tally> Desa)>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            regency.Add(area);
            var kecamatan = area.KecamatanCode is { } k && gazetteer.KecamatanName(k) is not null ? k : AreaKeys.Unknown(gazetteer.RegencyCode);
            if (!byKecamatan.TryGetValue(kecamatan, out var entry))
            {
                byKecamatan[kecamatan] = entry = (new Tally(), new Dictionary<string, Tally>(StringComparer.Ordinal));
            }

            entry.Total.Add(area);
            var desa = area.DesaCode is { } d && gazetteer.DesaName(d) is not null ? d : AreaKeys.Unknown(kecamatan);
            if (!entry.Desa.TryGetValue(desa, out var desaTally))
            {
                entry.Desa[desa] = desaTally = new Tally();
            }

            desaTally.Add(area);
        }

        CohortBudgetLine Line(string code, string name, Tally tally) => new(code, name, budget.Cost(tally.Funded, tally.Submitted, tally.Candidates, month));

        var kecamatanLines = byKecamatan
            .Select(k => new CohortBudgetKecamatan(
                Line(k.Key, Name(k.Key, gazetteer.KecamatanName), k.Value.Total),
                k.Value.Desa.Select(d => Line(d.Key, Name(d.Key, gazetteer.DesaName), d.Value)).OrderBy(l => AreaKeys.IsUnknown(l.Code)).ThenBy(l => l.Name, StringComparer.Ordinal).ToList()))
            .OrderBy(k => AreaKeys.IsUnknown(k.Area.Code)).ThenBy(k => k.Area.Name, StringComparer.Ordinal)
            .ToList();
        var paid = bills.Where(b => b.Payment is not null).Select(b => b.Period).ToList();
        return new CohortBudgetReport(
            month,
            schedule.RateIn(month),
            budget.ProjectionMonths,
            Line(gazetteer.RegencyCode, WeeklyReport.RegencyName, regency),
            kecamatanLines,
            budget.Headroom(regency.Funded, regency.Submitted + regency.Candidates, month),
            bills.OrderByDescending(b => b.Period.Last).ThenByDescending(b => b.ReconciledAt).FirstOrDefault(),
            UnpaidContributions.Find(regency.Funded, paid, date, billing, schedule));
    }

    private static string Name(string code, Func<string, string?> lookup) => AreaKeys.IsUnknown(code) ? UnknownName : lookup(code) ?? code;

    /// <summary>An area's people: funded months, and the submitted and candidates counted.</summary>
    private sealed class Tally
    {
        public FundedMonths Funded { get; } = new();

        public int Submitted { get; private set; }

        public int Candidates { get; private set; }

        public void Add(CohortAreaCounts area)
        {
            Funded.Add(area.Funded);
            Submitted += area[CohortState.Submitted];
            Candidates += area[CohortState.Candidate];
        }
    }
}
