using System.Text;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Tests.Reading;
using static Pipeline.Core.Tests.Billing.BillTestData;

namespace Pipeline.Core.Tests.Billing;

public class BillReaderTests
{
    [Theory]
    [InlineData("KPJ", Field.Kpj)]
    [InlineData("NO KPJ", Field.Kpj)]
    [InlineData("Nomor KPJ", Field.Kpj)]
    [InlineData("No. Peserta", Field.Kpj)]
    [InlineData("NIK", Field.Nik)]
    [InlineData("NAMA", Field.Name)]
    [InlineData("Nama Peserta", Field.Name)]
    [InlineData("IURAN", Field.Amount)]
    [InlineData("Jumlah", Field.Amount)]
    [InlineData("NOMINAL", Field.Amount)]
    [InlineData("Tagihan", Field.Amount)]
    [InlineData("Jumlah Iuran (Rp)", Field.Amount)]
    [InlineData("Total Iuran JKK+JKM", Field.Amount)]
    [InlineData("BULAN", Field.BillingMonth)]
    [InlineData("Periode", Field.BillingMonth)]
    [InlineData("Bulan Iuran", Field.BillingMonth)]
    [InlineData("No", Field.RowNumber)]
    [InlineData("Iuran JKK", null)]
    [InlineData("JKM (Rp)", null)]
    [InlineData("Jumlah Bulan", null)]
    [InlineData("Keterangan", null)]
    public void The_bill_vocabulary_knows_BPJS_headers(string header, Field? field) =>
        Assert.Equal(field, HeaderVocabulary.Bill.Match(header)?.Field);

    [Theory]
    [InlineData("Jumlah")]
    [InlineData("Iuran")]
    [InlineData("Bulan")]
    [InlineData("Periode")]
    public void Village_lists_and_the_register_never_read_bill_columns(string header)
    {
        Assert.Null(HeaderVocabulary.WorkerList.Match(header));
        Assert.Null(HeaderVocabulary.ParticipantRegister.Match(header));
    }

    [Theory]
    [InlineData("16800", 16_800)]
    [InlineData("16.800", 16_800)]
    [InlineData("16,800", 16_800)]
    [InlineData("Rp 16.800", 16_800)]
    [InlineData("Rp16.800,-", 16_800)]
    [InlineData("RP. 50.400", 50_400)]
    [InlineData("IDR 16800", 16_800)]
    [InlineData("16.800,00", 16_800)]
    [InlineData("16,800.00", 16_800)]
    [InlineData("1.016.800", 1_016_800)]
    [InlineData("16800,5", 16_800.5)]
    [InlineData(" 16 800 ", 16_800)]
    public void Amounts_are_read_as_BPJS_and_Excel_write_them(string text, double amount)
    {
        Assert.True(RupiahAmount.TryRead(text, out var read));
        Assert.Equal((decimal)amount, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("enam belas ribu")]
    [InlineData("-16800")]
    [InlineData("16.80.0")]
    [InlineData("1.6800")]
    [InlineData("Rp")]
    [InlineData("#REF!")]
    public void What_is_not_an_amount_is_not_read(string text) => Assert.False(RupiahAmount.TryRead(text, out _));

    [Fact]
    public void A_number_cell_is_an_amount_and_a_negative_one_is_not()
    {
        Assert.True(RupiahAmount.TryRead(16_800d, out var read));
        Assert.Equal(16_800m, read);
        Assert.False(RupiahAmount.TryRead(-16_800d, out _));
        Assert.False(RupiahAmount.TryRead(double.NaN, out _));
        Assert.False(RupiahAmount.TryRead(new ErrorCell("#VALUE!"), out _));
    }

    [Theory]
    [InlineData("2027-01")]
    [InlineData("01/2027")]
    [InlineData("1-2027")]
    [InlineData("2027/01")]
    [InlineData("Januari 2027")]
    [InlineData("JANUARI-2027")]
    [InlineData("Jan 2027")]
    [InlineData("Jan-27")]
    [InlineData("202701")]
    [InlineData("01-01-2027")]
    [InlineData("31/01/2027")]
    [InlineData("2027-01-31")]
    [InlineData("1 Januari 2027")]
    public void A_month_is_read_as_officials_write_it(string text)
    {
        Assert.True(BillMonth.TryRead(text, out var month));
        Assert.Equal(YearMonth.Of(2027, 1), month);
    }

    [Fact]
    public void Month_cells_of_other_types_are_read_too()
    {
        Assert.True(BillMonth.TryRead(new DateTime(2027, 3, 1), out var month));
        Assert.Equal(YearMonth.Of(2027, 3), month);
        Assert.True(BillMonth.TryRead(202703d, out month));
        Assert.Equal(YearMonth.Of(2027, 3), month);
        Assert.False(BillMonth.TryRead(13d, out _));
    }

    [Theory]
    [InlineData("Januari")]
    [InlineData("2027")]
    [InlineData("13/2027")]
    [InlineData("Triwulan I 2027")]
    [InlineData("Jan-Mar 2027")]
    public void What_is_not_one_month_is_not_read(string text) => Assert.False(BillMonth.TryParse(text, out _));

    public static TheoryData<string, string> BadBills => new()
    {
        { "NAMA;IURAN\r\nSITI;16800", "BILL_NO_ID_COLUMN" },
        { "KPJ;NIK;NAMA\r\n27000000001;1223010101800001;SITI", "BILL_NO_AMOUNT_COLUMN" },
        { "KODE;URAIAN;HARGA\r\nA;B;C", "BILL_NO_HEADER" },
        { "KPJ;NIK;NAMA;IURAN\r\n", "FILE_NO_ROWS" },
        { "KPJ;NIK;NAMA;IURAN\r\nJUMLAH;;;16800", "FILE_NO_ROWS" },
        { "KPJ;NIK;NAMA;IURAN\r\nTOTAL;;;16800\r\nMengetahui,;;;", "FILE_NO_ROWS" },
        { "", "FILE_EMPTY" },
        { "%PDF-1.4\n\u0001\u0002\u0003\u0000\u0000binary", "FILE_NOT_SPREADSHEET" },
        { "<html><body><table><tr><td>KPJ</td></tr></table></body></html>", "FILE_IS_WEB_PAGE" },
    };

    [Theory]
    [MemberData(nameof(BadBills))]
    public void A_bill_that_cannot_be_reconciled_is_refused_with_a_clear_message(string content, string code)
    {
        var rejected = Assert.Throws<FileRejectedException>(() =>
        {
            using var sheet = BillReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(content)), "tagihan.csv");
            _ = sheet.Rows.Count();
        });

        Assert.Equal(code, rejected.Problem.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Problem.MessageId));
    }

    [Fact]
    public void Bad_rows_are_named_and_reconciled_and_no_other_row_is_lost()
    {
        var cohort = CohortIndex.Build([Person(1, "2026-01"), Person(2, "2026-01"), Person(3, "2026-01"), Person(4, "2026-01"), Person(5, "2026-01")]);

        var (outcomes, summary) = Reconcile(JanuaryOnly, cohort, Csv(
            "KPJ;NIK;NAMA;BULAN;IURAN",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;2027-01;16800",
            $"27-ABC;{Nik(2)};PESERTA 2;2027-01;16800",
            $"{Kpj(3)};{Nik(3)};PESERTA 3;2027-01;enam belas ribu",
            $"{Kpj(4)};{Nik(4)};PESERTA 4;bulan lalu;16800",
            $"{Kpj(5)};{Nik(5)};PESERTA 5;2026-12;16800",
            ";;TANPA NOMOR;2027-01;16800",
            $"1234;1,22301E+15;ORANG LAIN;2027-01;16800",
            $"{Kpj(9)};{Nik(9)};BUKAN PESERTA;;",
            $"{Kpj(2)};{Nik(2)};PESERTA 2;;16800"));

        Assert.Equal(9, summary.BilledRows);
        Assert.Equal(
            ["COCOK", "COCOK", "NOMINAL_BERBEDA", "TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "TIDAK_DIBIAYAI", "DITAGIH_GANDA", "TIDAK_DITAGIH", "TIDAK_DITAGIH"],
            outcomes.Select(o => o.Code.ToText()));
        Assert.Equal([[], ["BILL_KPJ_INVALID"], ["BILL_AMOUNT_UNREADABLE"], ["BILL_MONTH_UNREADABLE"], ["BILL_MONTH_OUTSIDE_PERIOD"], ["BILL_ID_MISSING"],
                ["BILL_KPJ_INVALID", "BILL_NIK_INVALID", "BILL_ID_MISSING"], ["BILL_AMOUNT_MISSING"], [], [], []],
            outcomes.Select(o => o.Issues.Select(i => i.Code).ToArray()));
        Assert.Equal("27-ABC", outcomes[1].Kpj);
        Assert.Contains("\"enam belas ribu\"", outcomes[2].Issues[0].Message);
        Assert.Equal(0m, outcomes[2].ToPay);
        Assert.Equal(["P000000000004", "P000000000005"], outcomes.Where(o => o.Code == BillCode.NotBilled).Select(o => o.PersonId));
        Assert.Equal(2 * 16_800m, summary.ToPay);
        Assert.Equal(
            [("BILL_ID_MISSING", 2), ("BILL_KPJ_INVALID", 2), ("BILL_AMOUNT_MISSING", 1), ("BILL_AMOUNT_UNREADABLE", 1), ("BILL_MONTH_OUTSIDE_PERIOD", 1), ("BILL_MONTH_UNREADABLE", 1), ("BILL_NIK_INVALID", 1)],
            summary.RowIssues.Select(i => (i.Code, i.Rows)));
    }

    [Fact]
    public void Totals_rows_inside_the_bill_are_not_people_and_not_billed()
    {
        var cohort = CohortIndex.Build([Person(1, "2026-01"), Person(2, "2026-01")]);

        var (outcomes, summary) = Reconcile(JanuaryOnly, cohort, Csv(
            "KPJ;NIK;NAMA;IURAN",
            $"{Kpj(1)};{Nik(1)};PESERTA 1;16800",
            "SUB TOTAL KEC. KUALUH HULU;;;16800",
            $"{Kpj(2)};{Nik(2)};PESERTA 2;16800",
            "TOTAL;;;33.600"));

        Assert.Equal(["COCOK", "COCOK"], outcomes.Select(o => o.Code.ToText()));
        Assert.Equal(2, summary.BilledRows);
        Assert.Equal(33_600m, summary.Billed);
    }

    [Fact]
    public void An_xlsx_bill_with_title_rows_number_cells_and_date_months_reads_like_the_csv()
    {
        var workbook = VillageWorkbook.FromRows(
            ["TAGIHAN IURAN PESERTA BPU PEMERINTAH KABUPATEN LABUHANBATU UTARA"],
            ["TRIWULAN I 2027"],
            [],
            ["NO", "NO KPJ", "NIK", "NAMA PESERTA", "PERIODE", "IURAN JKK", "IURAN JKM", "JUMLAH"],
            [1d, 27000000001d, Nik(1), "PESERTA 1", new DateTime(2027, 1, 1), 10_000d, 6_800d, 16_800d],
            [2d, 27000000001d, Nik(1), "PESERTA 1", new DateTime(2027, 2, 1), 10_000d, 6_800d, "Rp 16.800"],
            [3d, 27000000002d, 1223010101800002d, "PESERTA 2", "Maret 2027", 10_000d, 6_800d, 16_800d],
            ["JUMLAH", null, null, null, null, null, null, 50_400d]);
        using var sheet = BillReader.Open(workbook, "tagihan.xlsx");

        Assert.True(sheet.HasMonthColumn);
        Assert.Equal(4, sheet.Layout.HeaderRow);
        Assert.Equal(7, sheet.Layout.FieldColumns[Field.Amount]);
        var rows = sheet.Rows.ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["27000000001", "27000000001", "27000000002"], rows.Select(r => r.Kpj));
        Assert.Equal([16_800m, 16_800m, 16_800m], rows.Select(r => r.Amount!.Value));
        Assert.Equal(["2027-01", "2027-02", "2027-03"], rows.Select(r => r.Month.ToString()));
        // A NIK Excel stored as a number lost its last digit: not used, but the KPJ still is.
        Assert.Null(rows[2].Nik);
        Assert.Equal("BILL_NIK_INVALID", Assert.Single(rows[2].Issues).Code);
    }

    [Fact]
    public void Identifiers_are_cleaned_as_officials_type_them()
    {
        Assert.Equal("27000000001", BillIdentifiers.Kpj("'270.0000.0001"));
        Assert.Equal("27000000001", BillIdentifiers.Kpj(27000000001d));
        Assert.Null(BillIdentifiers.Kpj("1234"));
        Assert.Null(BillIdentifiers.Kpj("27000000001234567"));
        Assert.Equal(Nik(1), BillIdentifiers.Nik("'" + Nik(1)));
        Assert.Equal(Nik(1), BillIdentifiers.Nik("1223 0101 0180 0001"));
        Assert.Null(BillIdentifiers.Nik(1223010101800001d));
        Assert.Null(BillIdentifiers.Nik("122301010180000"));
    }
}
