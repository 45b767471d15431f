using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using static Pipeline.Core.Tests.Billing.BillTestData;

namespace Pipeline.Core.Tests.Billing;

/// <summary>Which months a bill covers when nobody says, and a bill meant for another period.</summary>
public class BillingPeriodTests
{
    [Theory]
    [InlineData("2027-01", 1, "2027-01")]
    [InlineData("2027-02", 3, "2027-01..2027-03")]
    [InlineData("2027-06", 3, "2027-04..2027-06")]
    [InlineData("2027-12", 3, "2027-10..2027-12")]
    [InlineData("2027-08", 6, "2027-07..2027-12")]
    [InlineData("2027-08", 12, "2027-01..2027-12")]
    public void The_configured_period_is_aligned_to_the_year(string month, int periodMonths, string expected) =>
        Assert.Equal(expected, BillingPeriods.Containing(YearMonth.Parse(month), periodMonths).ToString());

    [Theory]
    [InlineData("tagihan/2027-01/bpjs.xlsx", "2027-01")]
    [InlineData("tagihan/tagihan-2027-01..2027-03.xlsx", "2027-01..2027-03")]
    [InlineData("tagihan/2027-04_tagihan.csv", "2027-04")]
    [InlineData("tagihan/2026-12/koreksi-2027-01.csv", "2027-01")]
    [InlineData("tagihan/tagihan-januari.xlsx", null)]
    [InlineData("tagihan/20270101.xlsx", null)]
    [InlineData("tagihan/2027-13.xlsx", null)]
    public void A_period_written_in_the_path_is_taken_the_last_one_winning(string path, string? expected) =>
        Assert.Equal(expected, BillingPeriods.FromPath(path)?.ToString());

    [Theory]
    [InlineData(1, "2027-01..2027-02")]
    [InlineData(3, "2027-01..2027-03")]
    public void The_months_the_rows_name_span_the_configured_periods(int periodMonths, string expected)
    {
        using var sheet = BillReader.Open(Csv("KPJ;IURAN;BULAN", $"{Kpj(1)};16800;2027-02", $"{Kpj(2)};16800;Januari 2027", $"{Kpj(3)};16800;"), "tagihan.csv");

        Assert.Equal(expected, BillingPeriods.FromRows(sheet.Rows, periodMonths)?.ToString());
    }

    [Fact]
    public void Rows_that_name_no_month_give_no_period()
    {
        using var sheet = BillReader.Open(Csv("KPJ;IURAN;BULAN", $"{Kpj(1)};16800;"), "tagihan.csv");

        Assert.Null(BillingPeriods.FromRows(sheet.Rows, 1));
    }

    [Fact]
    public void A_bill_whose_every_row_names_another_period_is_a_mismatch_naming_the_months()
    {
        var cohort = CohortIndex.Build([Person(1, "2027-01")]);
        var check = new BillPeriodCheck();
        var (outcomes, _) = Reconcile(JanuaryOnly, cohort, Csv("KPJ;IURAN;BULAN", $"{Kpj(1)};16800;2027-03", $"{Kpj(2)};16800;2027-04"));
        outcomes.ForEach(check.Observe);

        var mismatch = check.Mismatch(JanuaryOnly);

        Assert.Equal("BILL_PERIOD_MISMATCH", mismatch?.Code);
        Assert.Contains("Januari 2027", mismatch!.Message, StringComparison.Ordinal);
        Assert.Contains("Maret 2027, April 2027", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_row_of_the_period_makes_it_a_bill_of_the_period_with_stray_rows()
    {
        var cohort = CohortIndex.Build([Person(1, "2027-01")]);
        var check = new BillPeriodCheck();
        var (outcomes, _) = Reconcile(JanuaryOnly, cohort, Csv("KPJ;IURAN;BULAN", $"{Kpj(1)};16800;2027-01", $"{Kpj(2)};16800;2027-04"));
        outcomes.ForEach(check.Observe);

        Assert.Null(check.Mismatch(JanuaryOnly));
    }
}
