using Pipeline.Core.Billing;
using Pipeline.Core.Results;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The weekly workbook's "Anggaran Pemda" sheet: by kecamatan and desa the people funded ("Peserta dibiayai Pemda")
/// and this month's contributions ("Iuran bulan ini"), who waits, the projection; then the pagu, the last bill and the
/// months still unpaid, each as a sentence an official can read out.
/// </summary>
internal static class CohortBudgetSheetWriter
{
    public const string SheetName = "Anggaran Pemda";

    public static void Write(StreamingWorkbook workbook, WeeklyReport report, CohortBudgetReport cohort)
    {
        var sheet = new ReportSheet();
        sheet.Title($"Anggaran Pemda: peserta dibiayai — {WeeklyReport.RegencyName}");
        sheet.Note($"Bulan {cohort.Month.ToIndonesian()}; iuran {IndonesianFormat.Rupiah(cohort.Rate.Monthly)} per peserta per bulan (JKK {IndonesianFormat.Rupiah(cohort.Rate.Jkk)} + JKM {IndonesianFormat.Rupiah(cohort.Rate.Jkm)}); keadaan per {IndonesianFormat.DateTime(report.GeneratedAt)}");
        foreach (var warning in UnpaidWarnings.Sentences(cohort.Unpaid))
        {
            sheet.Note(warning, FontKind.Alert);
        }

        sheet.Row++;
        var headerRow = sheet.Row;
        sheet.Headers("Kecamatan", "Desa", "Peserta dibiayai Pemda", "Iuran bulan ini", "Menunggu konfirmasi BPJS", "Belum diusulkan", $"Proyeksi {cohort.ProjectionMonths} bulan");
        foreach (var kecamatan in cohort.Kecamatan)
        {
            foreach (var desa in kecamatan.Desa)
            {
                Row(sheet, kecamatan.Area.Name, desa);
            }

            sheet.Total(Row(sheet, kecamatan.Area.Name, kecamatan.Area with { Name = "Jumlah kecamatan" }), 7);
        }

        sheet.Total(Row(sheet, WeeklyReport.RegencyName, cohort.Regency with { Name = "Jumlah kabupaten" }), 7);
        sheet.Row++;
        sheet.Note($"Proyeksi: peserta dibiayai pada tiap bulan ({cohort.Month.ToIndonesian()} dan {cohort.ProjectionMonths - 1} bulan sesudahnya) × tarif yang berlaku bulan itu; pembiayaan yang dihentikan tidak dihitung sesudah bulan berhentinya.");
        if (cohort.Headroom is { } h)
        {
            sheet.Note($"Pagu APBD {h.Year}: {IndonesianFormat.Rupiah(h.Pagu)}. Terpakai oleh peserta dibiayai sepanjang {h.Year}: {IndonesianFormat.Rupiah(h.Committed)}. " +
                       $"Bila yang menunggu dan belum diusulkan diterima mulai bulan depan: {IndonesianFormat.Rupiah(h.Pending)}. Sisa: {IndonesianFormat.Rupiah(h.Remaining)}, " +
                       $"cukup untuk {IndonesianFormat.Number(h.MoreFit)} peserta lagi ({IndonesianFormat.Rupiah(h.PerPerson)} per orang sampai Desember).");
        }

        if (cohort.LastBill is { } bill)
        {
            sheet.Note($"Tagihan terakhir: {bill.Period.ToIndonesian()} ({bill.BilledRows} baris). Ditagih {IndonesianFormat.Rupiah(bill.Billed)}; cocok {bill.Counts[BillCode.Matched]} baris " +
                       $"({IndonesianFormat.Rupiah(bill.Matched)}); dibayar {IndonesianFormat.Rupiah(bill.ToPay)}; disanggah {IndonesianFormat.Rupiah(bill.Disputed)}; " +
                       $"{bill.Counts[BillCode.NotBilled]} peserta dibiayai tidak ditagih. " +
                       (bill.Payment is { } p ? $"Sudah dibayar {IndonesianFormat.Rupiah(p.Amount)} pada {IndonesianFormat.ShortDate(p.PaidOn)}." : "Pembayarannya belum dicatat."));
        }

        sheet.WriteTo(workbook, SheetName, headerRow, 2,
            new PrintLayout($"Anggaran Pemda {cohort.Month} — {WeeklyReport.RegencyName}", "Keadaan per " + IndonesianFormat.DateTime(report.GeneratedAt), Gridlines: false));
    }

    private static int Row(ReportSheet sheet, string kecamatan, CohortBudgetLine line)
    {
        var r = sheet.Row++;
        var c = line.Cost;
        sheet.Text(r, 1, kecamatan);
        sheet.Text(r, 2, line.Name);
        sheet.Number(r, 3, c.Funded);
        sheet.Number(r, 4, c.ThisMonth, NumberKind.Rupiah);
        sheet.Number(r, 5, c.Submitted);
        sheet.Number(r, 6, c.Candidates);
        sheet.Number(r, 7, c.Projection, NumberKind.Rupiah);
        return r;
    }
}
