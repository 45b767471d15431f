using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using static Pipeline.Core.Tests.Billing.BillTestData;

namespace Pipeline.Core.Tests.Billing;

public class BillReconcilerTests
{
    /// <summary>
    /// January 2027 at Rp 16.800: one planted row for every code. 1 pays, 2 is over-billed, 3 is billed twice, 4 ended
    /// in January, 5 is funded and not billed, 6 is nobody funded, 7 is funded only from February, 8 is billed by NIK.
    /// </summary>
    private static (List<BillOutcome> Outcomes, BillSummary Summary) PlantedJanuary() => Reconcile(
        JanuaryOnly,
        CohortIndex.Build(
        [
            Person(1, "2026-11"), Person(2, "2026-12"), Person(3, "2026-06"), Person(4, "2026-06", "2027-01", "meninggal"),
            Person(5, "2026-10"), Person(7, "2027-02"), Person(8, "2026-11"),
        ]),
        Csv(
            "KPJ;NIK;NAMA;IURAN",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;16800",
            $"{Kpj(2)};{Nik(2)};PESERTA 2;Rp 20.000",
            $"{Kpj(3)};{Nik(3)};PESERTA 3;16.800",
            $"{Kpj(4)};{Nik(4)};PESERTA 4;16800",
            $"{Kpj(6)};{Nik(6)};PESERTA 6;16800",
            $"{Kpj(7)};{Nik(7)};PESERTA 7;16800",
            $";{Nik(8)};PESERTA 8;16800",
            $"{Kpj(3)};;PESERTA 3;16800"));

    [Fact]
    public void Each_planted_row_gets_its_one_code_and_every_count_is_exact()
    {
        var (outcomes, summary) = PlantedJanuary();

        Assert.Equal(
            ["COCOK", "NOMINAL_BERBEDA", "COCOK", "SUDAH_BERHENTI", "TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "COCOK", "DITAGIH_GANDA", "TIDAK_DITAGIH"],
            outcomes.Select(o => o.Code.ToText()));
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9, null], outcomes.Select(o => o.BillRow));
        var expected = new Dictionary<BillCode, int>
        {
            [BillCode.Matched] = 3,
            [BillCode.NotFunded] = 2,
            [BillCode.NotBilled] = 1,
            [BillCode.AmountDiffers] = 1,
            [BillCode.BilledTwice] = 1,
            [BillCode.FundingEnded] = 1,
        };
        Assert.Equal(expected, Counts(outcomes));
        Assert.Equal(expected, summary.Counts);
        Assert.Equal(8, summary.BilledRows);
        // Funded in January: 1, 2, 3, 5 and 8 (4 ended from January, 7 starts in February).
        Assert.Equal(5, summary.FundedPeople);
        Assert.Equal("P000000000005", outcomes[^1].PersonId);
        Assert.Equal(Nik(5), outcomes[^1].Nik);
    }

    [Fact]
    public void The_money_adds_up_billed_equals_paid_plus_disputed()
    {
        var (outcomes, summary) = PlantedJanuary();

        Assert.Equal(7 * 16_800m + 20_000m, summary.Billed);
        // Paid: rows 1, 3, 8 in full and row 2 at the rate (not the Rp 20.000 billed).
        Assert.Equal(4 * 16_800m, summary.ToPay);
        Assert.Equal(summary.Billed - summary.ToPay, summary.Disputed);
        Assert.Equal(3 * 16_800m + 20_000m, summary.Disputed);
        Assert.Equal(16_800m, summary.NotBilledValue);
        Assert.Equal(0m, summary.Underbilled);
        Assert.Equal(summary.ToPay, outcomes.Sum(o => o.ToPay));
        Assert.Equal(summary.Disputed, outcomes.Sum(o => o.Disputed));
        Assert.Equal(20_000m, summary.BilledByCode[BillCode.AmountDiffers]);

        var overBilled = outcomes.Single(o => o.Code == BillCode.AmountDiffers);
        Assert.Equal((20_000m, 16_800m, 16_800m, 3_200m), (overBilled.Billed!.Value, overBilled.Expected, overBilled.ToPay, overBilled.Disputed));
        Assert.Contains("Rp 3.200 disanggah", overBilled.Explanation);
        Assert.Contains("baris 4", outcomes.Single(o => o.Code == BillCode.BilledTwice).Explanation);
        Assert.Contains("meninggal", outcomes.Single(o => o.Code == BillCode.FundingEnded).Explanation);
        Assert.Contains("Februari 2027", outcomes.Single(o => o.BillRow == 7).Explanation);
    }

    [Fact]
    public void Replaying_the_same_bill_gives_the_same_outcomes_in_the_same_order()
    {
        var (first, firstSummary) = PlantedJanuary();
        var (again, againSummary) = PlantedJanuary();

        Assert.Equal(first.Select(Describe), again.Select(Describe));
        Assert.Equal((firstSummary.Billed, firstSummary.ToPay, firstSummary.Disputed), (againSummary.Billed, againSummary.ToPay, againSummary.Disputed));

        static string Describe(BillOutcome o) =>
            $"{o.Code}|{o.BillRow}|{o.Kpj}|{o.Nik}|{o.PersonId}|{string.Join(",", o.Months)}|{o.Billed}|{o.Expected}|{o.ToPay}|{o.Explanation}|{string.Join(",", o.Issues)}";
    }

    public static TheoryData<string, string, string, string[], decimal> Precedence => new()
    {
        // billed twice, the second with a wrong amount as well: the repeat wins, nothing more is paid
        { "2026-01", "", "16800|20000", ["COCOK", "DITAGIH_GANDA"], 16_800m },
        // billed twice, the first with a wrong amount: the first is NOMINAL_BERBEDA, the repeat DITAGIH_GANDA
        { "2026-01", "", "20000|16800", ["NOMINAL_BERBEDA", "DITAGIH_GANDA"], 16_800m },
        // ended before the month billed, billed twice: funding ended says more than the repeat
        { "2026-01", "2027-01", "16800|16800", ["SUDAH_BERHENTI", "SUDAH_BERHENTI"], 0m },
        // ended, billed with a wrong amount: nothing is payable, the end is the reason
        { "2026-01", "2027-01", "99999", ["SUDAH_BERHENTI"], 0m },
        // funded only from a later month, billed twice: not funded in the month billed
        { "2027-02", "", "16800|16800", ["TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI"], 0m },
        // billed less than the rate: paid as billed, never more than BPJS asked
        { "2026-01", "", "10000", ["NOMINAL_BERBEDA"], 10_000m },
        // amount that cannot be read: not paid until it is clear
        { "2026-01", "", "enam belas ribu", ["NOMINAL_BERBEDA"], 0m },
    };

    [Theory]
    [MemberData(nameof(Precedence))]
    public void When_several_codes_apply_the_first_rule_decides(string fundedFrom, string endedFrom, string amounts, string[] codes, decimal paid)
    {
        var cohort = CohortIndex.Build([Person(1, fundedFrom, endedFrom.Length == 0 ? null : endedFrom, endedFrom.Length == 0 ? null : "usia")]);
        var lines = amounts.Split('|').Select(amount => $"{Kpj(1)};{Nik(1)};PESERTA 1;{amount}");

        var (outcomes, summary) = Reconcile(JanuaryOnly, cohort, Csv(["KPJ;NIK;NAMA;IURAN", .. lines]));

        Assert.Equal(codes, outcomes.Where(o => o.BillRow is not null).Select(o => o.Code.ToText()));
        Assert.DoesNotContain(outcomes, o => o.Code == BillCode.NotBilled);
        Assert.Equal(paid, summary.ToPay);
        Assert.Equal(summary.Billed, summary.ToPay + summary.Disputed);
    }

    [Fact]
    public void An_unknown_person_billed_twice_is_not_funded_both_times_and_matches_nobody()
    {
        var (outcomes, _) = Reconcile(JanuaryOnly, CohortIndex.Build([Person(1, "2026-01")]), Csv(
            "KPJ;NIK;NAMA;IURAN",
            $"{Kpj(9)};{Nik(9)};ORANG LAIN;16800",
            $"{Kpj(9)};{Nik(9)};ORANG LAIN;16800",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;16800"));

        Assert.Equal(["TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "COCOK"], outcomes.Select(o => o.Code.ToText()));
        Assert.All(outcomes.Take(2), o => Assert.Null(o.PersonId));
    }

    /// <summary>Rp 16.800 in January and February, Rp 20.000 from March 2027 (JKK 12.000 + JKM 8.000).</summary>
    private static readonly ContributionSchedule RateChangesInMarch = new(new ContributionOptions
    {
        Rates =
        [
            new ContributionRate { From = new DateOnly(2015, 7, 1), Jkk = 10_000m, Jkm = 6_800m },
            new ContributionRate { From = new DateOnly(2027, 3, 1), Jkk = 12_000m, Jkm = 8_000m },
        ],
    });

    [Fact]
    public void A_quarter_billed_per_person_expects_the_rate_in_force_each_funded_month()
    {
        var quarter = MonthRange.Quarter(2027, 1);
        var cohort = CohortIndex.Build(
        [
            Person(1, "2026-06"), Person(2, "2027-02"), Person(3, "2026-06"), Person(4, "2026-06", "2027-02", "pindah"),
            Person(5, "2026-06", "2027-03", "meninggal"), Person(6, "2026-06"),
        ]);

        var (outcomes, summary) = Reconcile(quarter, cohort, Csv(
            "NO;NO KPJ;NIK;NAMA PESERTA;JUMLAH IURAN",
            $"1;{Kpj(1)};{Nik(1)};PESERTA 1;53.600",
            $"2;{Kpj(2)};{Nik(2)};PESERTA 2;36.800",
            $"3;{Kpj(3)};{Nik(3)};PESERTA 3;50.400",
            $"4;{Kpj(4)};{Nik(4)};PESERTA 4;50.400",
            $"5;{Kpj(5)};{Nik(5)};PESERTA 5;33.600",
            "JUMLAH;;;;224.800"), RateChangesInMarch);

        Assert.Equal(3, summary.Rates.Count);
        Assert.Equal([16_800m, 16_800m, 20_000m], summary.Rates.Select(r => r.Rate.Monthly));
        Assert.Equal(["COCOK", "COCOK", "NOMINAL_BERBEDA", "SUDAH_BERHENTI", "COCOK", "TIDAK_DITAGIH"], outcomes.Select(o => o.Code.ToText()));
        Assert.Equal([53_600m, 36_800m, 53_600m, 16_800m, 33_600m, 53_600m], outcomes.Select(o => o.Expected));
        // 3 was billed the old rate for March: paid as billed. 4 left from February: only January is paid.
        Assert.Equal([53_600m, 36_800m, 50_400m, 16_800m, 33_600m, 0m], outcomes.Select(o => o.ToPay));
        Assert.Contains("2 bulan × Rp 16.800 + 1 bulan × Rp 20.000 = Rp 53.600", outcomes[2].Explanation);
        Assert.Equal("Sesuai: 1 bulan × Rp 16.800 + 1 bulan × Rp 20.000 = Rp 36.800 (belum dibiayai pada Januari 2027: dibiayai mulai Februari 2027).", outcomes[1].Explanation);
        Assert.Equal(3_200m, summary.Underbilled);
        Assert.Equal(53_600m, summary.NotBilledValue);
        Assert.Equal(5, summary.BilledRows);
        Assert.Equal(6, summary.FundedPeople);
    }

    [Theory]
    [InlineData("50.400", "SUDAH_BERHENTI", 16_800)]
    [InlineData("16.800", "COCOK", 16_800)]
    [InlineData("10.000", "NOMINAL_BERBEDA", 10_000)]
    public void A_person_ended_inside_the_quarter_is_paid_the_months_before_the_end(string billed, string code, decimal paid)
    {
        var cohort = CohortIndex.Build([Person(1, "2026-06", "2027-02", "ditanggung skema lain")]);

        var (outcomes, summary) = Reconcile(MonthRange.Quarter(2027, 1), cohort, Csv("KPJ;NIK;NAMA;IURAN", $"{Kpj(1)};{Nik(1)};PESERTA 1;{billed}"));

        var outcome = Assert.Single(outcomes);
        Assert.Equal(code, outcome.Code.ToText());
        Assert.Equal(16_800m, outcome.Expected);
        Assert.Equal(paid, summary.ToPay);
        Assert.Equal(["2027-01", "2027-02", "2027-03"], outcome.Months.Select(m => m.ToString()));
        Assert.Contains("berhenti mulai Februari 2027 (ditanggung skema lain)", outcome.Explanation);
    }

    [Fact]
    public void A_quarter_billed_month_by_month_checks_each_month_and_finds_the_months_not_billed()
    {
        var quarter = MonthRange.Quarter(2027, 1);
        var cohort = CohortIndex.Build([Person(1, "2026-06"), Person(2, "2026-06"), Person(3, "2027-02")]);

        var (outcomes, summary) = Reconcile(quarter, cohort, Csv(
            "KPJ;NIK;NAMA;BULAN;IURAN",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;2027-01;16800",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;Februari 2027;16800",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;03/2027;16800",
            $"{Kpj(2)};{Nik(2)};PESERTA 2;2027-01;16800",
            $"{Kpj(2)};{Nik(2)};PESERTA 2;2027-02;16800",
            $"{Kpj(2)};{Nik(2)};PESERTA 2;2027-02;16800",
            $"{Kpj(3)};{Nik(3)};PESERTA 3;2027-01;16800",
            $"{Kpj(3)};{Nik(3)};PESERTA 3;2027-04;20000",
            $"{Kpj(3)};{Nik(3)};PESERTA 3;2027-03;20000"), RateChangesInMarch);

        Assert.Equal(
            ["COCOK", "COCOK", "NOMINAL_BERBEDA", "COCOK", "COCOK", "DITAGIH_GANDA", "TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "COCOK", "TIDAK_DITAGIH", "TIDAK_DITAGIH"],
            outcomes.Select(o => o.Code.ToText()));
        Assert.Contains("baris 6", outcomes[5].Explanation);
        Assert.Contains(outcomes[7].Issues, i => i.Code == "BILL_MONTH_OUTSIDE_PERIOD");
        Assert.Contains("April 2027", outcomes[7].Issues.Single().Message);
        Assert.Equal(["2027-03"], outcomes[9].Months.Select(m => m.ToString()));
        Assert.Equal(20_000m, outcomes[9].Expected);
        Assert.Equal(["2027-02"], outcomes[10].Months.Select(m => m.ToString()));
        Assert.Equal(16_800m, outcomes[10].Expected);
        Assert.Equal(36_800m, summary.NotBilledValue);
        Assert.Equal(summary.Billed, summary.ToPay + summary.Disputed);
    }

    [Fact]
    public void A_KPJ_wins_over_a_NIK_and_a_disagreement_is_noted()
    {
        var cohort = CohortIndex.Build([Person(1, "2026-01"), Person(2, "2026-01")]);

        var (outcomes, _) = Reconcile(JanuaryOnly, cohort, Csv(
            "KPJ;NIK;NAMA;IURAN",
            $"{Kpj(1)};{Nik(2)};PESERTA 1;16800",
            $"{Kpj(9)};{Nik(2)};PESERTA 2;16800"));

        Assert.Equal("P000000000001", outcomes[0].PersonId);
        Assert.Equal("BILL_NIK_DIFFERS", Assert.Single(outcomes[0].Issues).Code);
        Assert.Equal("P000000000002", outcomes[1].PersonId);
        Assert.Equal("BILL_KPJ_DIFFERS", Assert.Single(outcomes[1].Issues).Code);
        Assert.Contains(Kpj(2), outcomes[1].Issues[0].Message);
        Assert.Equal(["COCOK", "COCOK"], outcomes.Select(o => o.Code.ToText()));
    }

    [Fact]
    public void A_period_longer_than_two_years_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BillReconciler(ContributionSchedule.Default).Reconcile(
            new MonthRange(YearMonth.Of(2025, 1), YearMonth.Of(2027, 1)), CohortIndex.Build([]), [], _ => { }));

    [Fact]
    public void The_code_table_holds_every_code_once_with_its_words_and_colour()
    {
        Assert.Equal(Enum.GetValues<BillCode>().Order(), BillCodes.All.Select(c => c.Code).Order());
        Assert.Equal(["COCOK", "TIDAK_DIBIAYAI", "TIDAK_DITAGIH", "NOMINAL_BERBEDA", "DITAGIH_GANDA", "SUDAH_BERHENTI"], BillCodes.All.Select(c => c.Text));
        Assert.All(BillCodes.All, c =>
        {
            Assert.Matches("^FF[0-9A-F]{6}$", c.Fill);
            Assert.False(string.IsNullOrWhiteSpace(c.Label + c.Meaning + c.Action));
            Assert.True(BillCodes.TryParse(c.Text.ToLowerInvariant(), out var parsed) && parsed == c.Code);
        });
        Assert.Equal(BillCodes.All.Count, BillCodes.All.Select(c => c.Fill).Distinct().Count());
    }
}
