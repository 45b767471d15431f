using System.Text;
using Pipeline.Core.Billing;
using static Pipeline.Core.Reporting.ReportHtmlWriter;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The weekly page's "Anggaran Pemda": the funded cohort and this month's contributions, who waits, the projection,
/// the pagu, the last bill and the unpaid months, from <see cref="CohortBudgetReport"/>. Aggregates only.
/// </summary>
internal static class ReportHtmlCohort
{
    public static void Cards(StringBuilder html, CohortBudgetReport cohort)
    {
        var c = cohort.Regency.Cost;
        Card(html, "Peserta dibiayai Pemda", IndonesianFormat.Number(c.Funded), $"{IndonesianFormat.Number(c.Submitted)} menunggu konfirmasi BPJS, {IndonesianFormat.Number(c.Candidates)} belum diusulkan");
        Card(html, "Iuran bulan ini", IndonesianFormat.Rupiah(c.ThisMonth), $"{cohort.Month.ToIndonesian()}, {IndonesianFormat.Rupiah(cohort.Rate.Monthly)} per peserta");
    }

    public static void Section(StringBuilder html, CohortBudgetReport cohort)
    {
        html.Append("<section><h2>Anggaran Pemda: peserta dibiayai</h2>");
        foreach (var warning in UnpaidWarnings.Sentences(cohort.Unpaid))
        {
            html.Append("<p class=\"notice\">").Append(E(warning)).Append("</p>");
        }

        var c = cohort.Regency.Cost;
        html.Append("<p>").Append(E($"{IndonesianFormat.Number(c.Funded)} peserta dibiayai Pemda pada {cohort.Month.ToIndonesian()} × {IndonesianFormat.Rupiah(cohort.Rate.Monthly)} " +
                                    $"(JKK {IndonesianFormat.Rupiah(cohort.Rate.Jkk)} + JKM {IndonesianFormat.Rupiah(cohort.Rate.Jkm)}) = iuran bulan ini {IndonesianFormat.Rupiah(c.ThisMonth)}. " +
                                    $"Proyeksi {cohort.ProjectionMonths} bulan mulai {cohort.Month.ToIndonesian()}: {IndonesianFormat.Rupiah(c.Projection)} " +
                                    "(peserta dibiayai tiap bulan × tarif yang berlaku bulan itu; pembiayaan yang sudah dihentikan tidak dihitung sesudah bulan berhentinya)."))
            .Append("</p>");
        if (cohort.Headroom is { } h)
        {
            html.Append("<p>").Append(E($"Pagu APBD {h.Year}: {IndonesianFormat.Rupiah(h.Pagu)}; terpakai oleh peserta dibiayai sepanjang {h.Year}: {IndonesianFormat.Rupiah(h.Committed)}; " +
                                        $"bila yang menunggu dan belum diusulkan diterima mulai bulan depan: {IndonesianFormat.Rupiah(h.Pending)}; sisa {IndonesianFormat.Rupiah(h.Remaining)}, " +
                                        $"cukup untuk {IndonesianFormat.Number(h.MoreFit)} peserta lagi ({IndonesianFormat.Rupiah(h.PerPerson)} per orang sampai Desember)."))
                .Append("</p>");
        }

        if (cohort.LastBill is { } bill)
        {
            html.Append("<p>").Append(E($"Tagihan terakhir ({bill.Period.ToIndonesian()}, direkonsiliasi {IndonesianFormat.DateTime(bill.ReconciledAt)}): ditagih {IndonesianFormat.Rupiah(bill.Billed)}, " +
                                        $"cocok {IndonesianFormat.Number(bill.Counts[BillCode.Matched])} baris ({IndonesianFormat.Rupiah(bill.Matched)}), dibayar {IndonesianFormat.Rupiah(bill.ToPay)}, " +
                                        $"disanggah {IndonesianFormat.Rupiah(bill.Disputed)}; {IndonesianFormat.Number(bill.Counts[BillCode.NotBilled])} peserta dibiayai tidak ditagih. " +
                                        (bill.Payment is { } p ? $"Sudah dibayar {IndonesianFormat.Rupiah(p.Amount)} pada {IndonesianFormat.ShortDate(p.PaidOn)}." : "Pembayarannya belum dicatat.")))
                .Append("</p>");
        }

        html.Append("<div class=\"scroll\"><table><tr><th>Kecamatan / desa</th><th class=\"n\">Peserta dibiayai Pemda</th><th class=\"n\">Iuran bulan ini</th>")
            .Append("<th class=\"n\">Menunggu konfirmasi</th><th class=\"n\">Belum diusulkan</th><th class=\"n\">")
            .Append(E($"Proyeksi {cohort.ProjectionMonths} bulan")).Append("</th></tr>");
        foreach (var kecamatan in cohort.Kecamatan)
        {
            Row(html, kecamatan.Area, "total");
            foreach (var desa in kecamatan.Desa)
            {
                Row(html, desa, null, indent: true);
            }
        }

        Row(html, cohort.Regency with { Name = "Jumlah" }, "total");
        html.Append("</table></div></section>");
    }

    private static void Row(StringBuilder html, CohortBudgetLine line, string? cssClass, bool indent = false)
    {
        var c = line.Cost;
        html.Append(cssClass is null ? "<tr>" : $"<tr class=\"{cssClass}\">").Append("<td>").Append(indent ? "&nbsp;&nbsp;" : "").Append(E(line.Name)).Append("</td>")
            .Append(Cell(IndonesianFormat.Number(c.Funded))).Append(Cell(IndonesianFormat.Rupiah(c.ThisMonth)))
            .Append(Cell(IndonesianFormat.Number(c.Submitted))).Append(Cell(IndonesianFormat.Number(c.Candidates)))
            .Append(Cell(IndonesianFormat.Rupiah(c.Projection))).Append("</tr>");
    }

    private static string Cell(string text) => "<td class=\"n\">" + E(text) + "</td>";
}
