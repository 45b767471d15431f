using System.Net;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The weekly summary as one self-contained HTML page (inline CSS and SVG; no script, font, image or link to
/// fetch, enforced by its Content-Security-Policy) that reads on a phone and prints. Aggregates only: no
/// personal data is ever on the page, so it can be forwarded freely.
/// </summary>
/// <remarks>Every text that reaches the page goes through <see cref="WebUtility.HtmlEncode(string)"/>.</remarks>
public static class ReportHtmlWriter
{
    public static string Render(WeeklyReport report)
    {
        var html = new StringBuilder(64 * 1024);
        var r = report.Regency;
        html.Append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append("<title>").Append(E($"Ringkasan mingguan {report.Week} — {WeeklyReport.RegencyName}")).Append("</title>")
            .Append("<style>").Append(ReportPageStyle.Css).Append("</style></head><body><main>");

        html.Append("<header><h1>Ringkasan Mingguan Pekerja Rentan</h1><p class=\"sub\">")
            .Append(E($"{WeeklyReport.RegencyName} · {IndonesianFormat.Week(report.Week)}")).Append("<br>")
            .Append(E($"Keadaan per {IndonesianFormat.DateTime(report.AsOf)}" + (report.Complete ? "" : " (minggu berjalan, angka sementara)")))
            .Append("</p></header>");
        if (!report.HasData)
        {
            html.Append("<p class=\"notice\">").Append(E("Belum ada daftar yang diterima sampai saat ini: semua angka masih nol.")).Append("</p>");
        }

        html.Append("<section class=\"cards\">");
        if (report.Cohort is { } cohort)
        {
            ReportHtmlCohort.Cards(html, cohort);
        }

        Card(html, "Peserta yang akan dibiayai", IndonesianFormat.Number(r.Current.Candidates), Change(r.Current.Candidates, r.Previous.Candidates));
        Card(html, $"Perkiraan iuran {r.Budget.Months} bulan", IndonesianFormat.Rupiah(r.Budget.Total), $"{IndonesianFormat.Rupiah(r.Budget.Monthly)} per bulan");
        Card(html, "Daftar diterima minggu ini", IndonesianFormat.Number(r.Current.ListsThisWeek), $"{IndonesianFormat.Number(r.Current.Lists)} daftar seluruhnya");
        Card(html, "Desa belum mengirim", IndonesianFormat.Number(r.Current.DesaWithoutData), $"dari {IndonesianFormat.Number(r.Current.Desa)} desa");
        Card(html, "Baris ditolak", IndonesianFormat.Number(r.Current.Rejected), $"{IndonesianFormat.Percent(r.Current.RejectionRate)} dari {IndonesianFormat.Number(r.Current.Rows)} baris");
        Card(html, "Menunggu pemeriksaan", IndonesianFormat.Number(r.Current.Statuses[RecordStatus.Review]),
            Change(r.Current.Statuses[RecordStatus.Review], r.Previous.Statuses[RecordStatus.Review]));
        html.Append("</section>");

        Chart(html, "Cakupan desa per kecamatan", SvgCharts.Coverage(report), "Bagian desa yang sudah mengirim daftar atau disebut oleh baris data.");
        Chart(html, "Tren mingguan", SvgCharts.Trend(report),
            "Peserta yang akan dibiayai, baru dan diaktifkan kembali (kumulatif), pada akhir tiap minggu. Batang pucat: dihitung ulang dari data sekarang karena ringkasan minggu itu tidak tersimpan.");
        Chart(html, "Masalah paling sering", SvgCharts.TopIssues(report), "Jumlah baris yang memuat kode masalah. Merah: kesalahan (baris ditolak); kuning: peringatan.");
        ReportHtmlTables.Issues(html, report);
        ReportHtmlTables.Kecamatan(html, report);
        ReportHtmlTables.Changes(html, report);
        if (report.Cohort is { } funded)
        {
            ReportHtmlCohort.Section(html, funded);
        }

        ReportHtmlTables.Budget(html, report);
        ReportHtmlTables.Rejection(html, report);
        ReportHtmlTables.Contacts(html, report);
        ReportHtmlTables.Glossary(html, report);

        html.Append("<footer>").Append(E($"Dibuat {IndonesianFormat.DateTime(report.GeneratedAt)} oleh pipeline pekerja rentan dari data yang tersimpan. " +
                                         "Rincian per desa dan daftar pekerja baru ada di buku kerja Excel minggu ini."))
            .Append("</footer></main></body></html>");
        return html.ToString();
    }

    public static void Write(WeeklyReport report, Stream destination)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(Render(report));
        destination.Write(bytes);
    }

    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    internal static string Change(int current, int previous) => $"{IndonesianFormat.Change(current - previous)} dari minggu lalu";

    internal static void Card(StringBuilder html, string label, string value, string detail) =>
        html.Append("<div class=\"card\"><div class=\"label\">").Append(E(label)).Append("</div><div class=\"value\">")
            .Append(E(value.Replace(' ', '\u00a0'))).Append("</div><div class=\"detail\">").Append(E(detail)).Append("</div></div>");

    private static void Chart(StringBuilder html, string title, string svg, string caption) =>
        html.Append("<section><h2>").Append(E(title)).Append("</h2><figure>").Append(svg)
            .Append("<figcaption>").Append(E(caption)).Append("</figcaption></figure></section>");
}
