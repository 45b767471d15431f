using ClosedXML.Excel;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Reporting.ReportDataExamples;

namespace Pipeline.Core.Tests.Reporting;

/// <summary>The weekly summary's "Anggaran Pemda": figures by desa, kecamatan and regency by the one rule, warnings, rendering.</summary>
public class CohortBudgetReportTests
{
    private static readonly DateOnly Date = new(2026, 12, 5);

    /// <summary>
    /// Aek Kanopan: two funded from October 2026 (one ended from December), one submitted, two candidates. Pulo Jantan:
    /// one funded from November. Kualuh Hulu without a desa: one candidate.
    /// </summary>
    private static List<CohortAreaCounts> Areas()
    {
        var aek = new CohortAreaCounts(KualuhHulu, AekKanopan);
        aek.Add(CohortState.Funded, YearMonth.Of(2026, 10), null);
        aek.Add(CohortState.Ended, YearMonth.Of(2026, 10), YearMonth.Of(2026, 12));
        aek.Add(CohortState.Submitted, null, null);
        aek.Add(CohortState.Candidate, null, null);
        aek.Add(CohortState.Candidate, null, null);
        var pulo = new CohortAreaCounts(NaIxX, PuloJantan);
        pulo.Add(CohortState.Funded, YearMonth.Of(2026, 11), null);
        var unknown = new CohortAreaCounts(KualuhHulu, null);
        unknown.Add(CohortState.Candidate, null, null);
        return [aek, pulo, unknown];
    }

    private static ReconciledBill Bill(string period, bool paid) => new(
        $"{period}_abc", MonthRange.Parse(period), "tagihan/bpjs.xlsx", new DateTimeOffset(2026, 11, 3, 2, 0, 0, TimeSpan.Zero), "Bayu", 3, 2,
        BillCodes.All.ToDictionary(c => c.Code, c => c.Code == BillCode.Matched ? 2 : c.Code == BillCode.NotFunded ? 1 : 0),
        50_400m, 33_600m, 33_600m, 33_600m, 16_800m, 0m, 0m,
        paid ? new BillPayment(new DateOnly(2026, 11, 20), 33_600m, "oid-bayu", "Bayu", default) : null);

    private static CohortBudgetReport Build(params ReconciledBill[] bills) =>
        new CohortBudgetReportBuilder(Gazetteer.LabuhanbatuUtara, ContributionSchedule.Default, new BillingOptions()).Build(Areas(), bills, Date);

    [Fact]
    public void Each_area_has_its_funded_people_this_months_money_the_waiting_and_the_projection()
    {
        var report = Build();

        // December 2026: Aek Kanopan 1 (the other ended from December), Pulo Jantan 1.
        var regency = report.Regency.Cost;
        Assert.Equal((2, 33_600m, 1, 3, 24 * 16_800m), (regency.Funded, regency.ThisMonth, regency.Submitted, regency.Candidates, regency.Projection));
        var kualuhHulu = report.Kecamatan.Single(k => k.Area.Code == KualuhHulu);
        Assert.Equal(["Aek Kanopan", "Tidak diketahui"], kualuhHulu.Desa.Select(d => d.Name));
        Assert.Equal((1, 16_800m, 1, 3), (kualuhHulu.Area.Cost.Funded, kualuhHulu.Area.Cost.ThisMonth, kualuhHulu.Area.Cost.Submitted, kualuhHulu.Area.Cost.Candidates));
        Assert.Equal(1, report.Kecamatan.Single(k => k.Area.Code == NaIxX).Desa.Single().Cost.Funded);
    }

    [Fact]
    public void An_unpaid_month_near_the_lapse_is_warned_until_a_payment_covers_it_and_the_last_bill_is_shown()
    {
        var unpaid = Assert.Single(Build().Unpaid);
        Assert.Equal((YearMonth.Of(2026, 10), 2, 33_600m), (unpaid.Month, unpaid.People, unpaid.Amount));

        var paid = Build(Bill("2026-09", paid: false), Bill("2026-10", paid: true));
        Assert.Empty(paid.Unpaid);
        Assert.Equal("2026-10_abc", paid.LastBill?.Id);
    }

    [Fact]
    public void The_page_and_the_workbook_carry_the_funded_cohort_and_this_months_money()
    {
        var cohort = Build(Bill("2026-10", paid: false));
        var weekly = new WeeklyReportBuilder(Gazetteer.LabuhanbatuUtara, ContributionSchedule.Default, new WeeklySummaryOptions())
            .Build(new ReportData(), Week, Week.End, Week.End, new Dictionary<ReportWeek, FiguresSnapshot>()) with { Cohort = cohort };

        var html = ReportHtmlWriter.Render(weekly);
        Assert.Contains("Peserta dibiayai Pemda", html, StringComparison.Ordinal);
        Assert.Contains("Iuran bulan ini", html, StringComparison.Ordinal);
        Assert.Contains("Rp 33.600", html, StringComparison.Ordinal);
        Assert.Contains("Iuran Oktober 2026 untuk 2 peserta (Rp 33.600) belum dibayar", html, StringComparison.Ordinal);
        Assert.Contains("Tagihan terakhir (Oktober 2026", html, StringComparison.Ordinal);

        var stream = new MemoryStream();
        ReportWorkbookWriter.Write(weekly, [], Gazetteer.LabuhanbatuUtara, stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(CohortBudgetSheetWriter.SheetName);
        var total = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "Jumlah kabupaten");
        Assert.Equal((2m, 33_600m, 1m, 3m, 24 * 16_800m), (total.Cell(3).GetValue<decimal>(), total.Cell(4).GetValue<decimal>(), total.Cell(5).GetValue<decimal>(), total.Cell(6).GetValue<decimal>(), total.Cell(7).GetValue<decimal>()));
        Assert.Equal("Peserta dibiayai Pemda", sheet.RowsUsed().First(r => r.Cell(1).GetString() == "Kecamatan").Cell(3).GetString());
    }
}
