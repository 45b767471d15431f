using System.Text;
using Pipeline.Core.Model;
using static Pipeline.Core.Reporting.ReportHtmlWriter;

namespace Pipeline.Core.Reporting;

/// <summary>The page's tables: per kecamatan (with each kecamatan's villages folded away), changes, money, quality, contacts.</summary>
internal static class ReportHtmlTables
{
    private static readonly string[] AreaHeaders =
        ["Desa ada data", "Daftar minggu ini", "Daftar total", "Baris", "Ditolak", .. ReportFigures.StatusColumns.Select(s => s.ReportLabel), "Perubahan", "Iuran per bulan"];

    public static void Kecamatan(StringBuilder html, WeeklyReport report)
    {
        html.Append("<section><h2>Per kecamatan</h2>");
        AreaTable(html, "Kecamatan", report.Kecamatan.Select(k => k.Area).Concat(report.UnknownKecamatan is { } u ? [u] : []), report.Regency);
        foreach (var kecamatan in report.Kecamatan)
        {
            html.Append("<details><summary>").Append(E($"Kecamatan {kecamatan.Area.Name}: {kecamatan.Area.Current.DesaWithData} dari {kecamatan.Area.Current.Desa} desa ada data"))
                .Append("</summary>");
            AreaTable(html, "Desa", kecamatan.Desa, kecamatan.Area);
            html.Append("</details>");
        }

        html.Append("</section>");
    }

    public static void Changes(StringBuilder html, WeeklyReport report)
    {
        var (now, before) = (report.Regency.Current, report.Regency.Previous);
        html.Append("<section><h2>Perubahan terhadap minggu lalu</h2><div class=\"scroll\"><table><tr><th>Angka</th><th class=\"n\">Minggu ini</th><th class=\"n\">Minggu lalu</th><th class=\"n\">Perubahan</th></tr>");
        foreach (var (label, current, previous) in ReportFigures.Changes(now, before))
        {
            html.Append("<tr><td>").Append(E(label)).Append("</td>").Append(Num(current)).Append(Num(previous)).Append(Delta(current - previous)).Append("</tr>");
        }

        html.Append("</table></div><p class=\"sub\">").Append(E(report.PreviousFromStoredSummary
            ? "Minggu lalu: angka ringkasan yang diterbitkan minggu lalu."
            : "Minggu lalu: dihitung ulang dari data yang tersimpan sekarang (ringkasan minggu lalu belum ada).")).Append("</p></section>");
    }

    public static void Budget(StringBuilder html, WeeklyReport report)
    {
        var budget = report.Regency.Budget;
        html.Append("<section><h2>Perkiraan anggaran iuran</h2><p>")
            .Append(E($"{IndonesianFormat.Number(budget.People)} peserta yang akan dibiayai × {IndonesianFormat.Rupiah(budget.MonthlyRate)} per bulan " +
                      $"(JKK {IndonesianFormat.Rupiah(report.Rate.Jkk)} + JKM {IndonesianFormat.Rupiah(report.Rate.Jkm)}) = " +
                      $"{IndonesianFormat.Rupiah(budget.Monthly)} per bulan; selama {budget.Months} bulan sejak {IndonesianFormat.Date(report.ReportDate)}: " +
                      $"{IndonesianFormat.Rupiah(budget.Total)}."))
            .Append("</p><div class=\"scroll\"><table><tr><th>Kecamatan</th><th class=\"n\">Akan dibiayai</th><th class=\"n\">Per bulan</th>")
            .Append("<th class=\"n\">").Append(E($"{budget.Months} bulan")).Append("</th></tr>");
        foreach (var area in report.Kecamatan.Select(k => k.Area).Append(report.Regency))
        {
            html.Append(area == report.Regency ? "<tr class=\"total\"><td>Jumlah" : "<tr><td>" + E(area.Name)).Append("</td>").Append(Num(area.Current.Candidates))
                .Append("<td class=\"n\">").Append(E(IndonesianFormat.Rupiah(area.Budget.Monthly))).Append("</td>")
                .Append("<td class=\"n\">").Append(E(IndonesianFormat.Rupiah(area.Budget.Total))).Append("</td></tr>");
        }

        html.Append("</table></div></section>");
    }

    public static void Issues(StringBuilder html, WeeklyReport report)
    {
        if (report.TopIssues.Count == 0)
        {
            return;
        }

        html.Append("<section><h2>Arti kode masalah</h2><div class=\"scroll\"><table><tr><th>Kode</th><th>Jenis</th><th class=\"n\">Baris</th><th>Keterangan</th></tr>");
        foreach (var issue in report.TopIssues)
        {
            html.Append("<tr><td>").Append(E(issue.Code)).Append("</td><td>").Append(E(issue.Severity)).Append("</td>").Append(Num(issue.Rows))
                .Append("<td class=\"text\">").Append(E(issue.Description)).Append("</td></tr>");
        }

        html.Append("</table></div></section>");
    }

    public static void Rejection(StringBuilder html, WeeklyReport report)
    {
        html.Append("<section><h2>Desa dengan tingkat penolakan tertinggi</h2>");
        if (report.HighestRejection.Count == 0)
        {
            html.Append("<p>Belum ada desa dengan baris ditolak.</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table><tr><th>Desa</th><th>Kecamatan</th><th class=\"n\">Ditolak</th><th class=\"n\">Baris</th><th class=\"n\">%</th><th>Alasan terbanyak</th></tr>");
        foreach (var entry in report.HighestRejection)
        {
            html.Append("<tr><td>").Append(E(entry.Desa)).Append("</td><td>").Append(E(entry.Kecamatan)).Append("</td>").Append(Num(entry.Rejected)).Append(Num(entry.Rows))
                .Append("<td class=\"n\">").Append(E(IndonesianFormat.Percent(entry.Rate))).Append("</td><td>").Append(E(entry.TopReason)).Append("</td></tr>");
        }

        html.Append("</table></div></section>");
    }

    public static void Contacts(StringBuilder html, WeeklyReport report)
    {
        html.Append("<section><h2>Desa yang perlu dihubungi</h2>");
        if (report.Contacts.Count == 0)
        {
            html.Append("<p>Tidak ada.</p></section>");
            return;
        }

        html.Append("<div class=\"scroll\"><table><tr><th>Desa</th><th>Kecamatan</th><th>Alasan</th></tr>");
        foreach (var contact in report.Contacts)
        {
            html.Append("<tr><td>").Append(E(contact.Desa)).Append("</td><td>").Append(E(contact.Kecamatan)).Append("</td><td class=\"text\">").Append(E(contact.Reason)).Append("</td></tr>");
        }

        html.Append("</table></div></section>");
    }

    public static void Glossary(StringBuilder html, WeeklyReport report)
    {
        html.Append("<section><h2>Arti angka</h2><dl>");
        var terms = new List<(string Term, string Meaning)>
        {
            ("Daftar", "Berkas yang diunggah desa atau kecamatan (satu berkas = satu daftar), dihitung untuk desa pengirimnya."),
            ("Desa ada data", "Desa yang sudah mengirim daftar atau disebut oleh baris di daftar lain."),
            ("Baris", "Setiap baris data di semua daftar yang diterima sampai saat ini, dihitung untuk desa yang tertulis di baris itu."),
        };
        terms.AddRange(RecordStatuses.All.Reverse().Select(s => (s.ReportLabel, s.Meaning)));
        terms.Add(("Perkiraan iuran", $"Peserta yang akan dibiayai (baru dan diaktifkan kembali, masing-masing dihitung sekali) × iuran JKK + JKM per bulan × {report.Regency.Budget.Months} bulan, dengan tarif yang berlaku pada tiap bulan."));
        foreach (var (term, meaning) in terms)
        {
            html.Append("<dt>").Append(E(term)).Append("</dt><dd>").Append(E(meaning)).Append("</dd>");
        }

        html.Append("</dl></section>");
    }

    private static void AreaTable(StringBuilder html, string areaColumn, IEnumerable<AreaReport> rows, AreaReport total)
    {
        html.Append("<div class=\"scroll\"><table><tr><th>").Append(E(areaColumn)).Append("</th>");
        foreach (var header in AreaHeaders)
        {
            html.Append("<th class=\"n\">").Append(E(header)).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var area in rows)
        {
            AreaRow(html, area.Name, area, "<tr>");
        }

        AreaRow(html, "Jumlah", total, "<tr class=\"total\">");
        html.Append("</table></div>");
    }

    private static void AreaRow(StringBuilder html, string name, AreaReport area, string open)
    {
        var c = area.Current;
        html.Append(open).Append("<td>").Append(E(name)).Append("</td>")
            .Append("<td class=\"n\">").Append(E($"{c.DesaWithData}/{c.Desa}")).Append("</td>")
            .Append(Num(c.ListsThisWeek)).Append(Num(c.Lists)).Append(Num(c.Rows)).Append(Num(c.Rejected));
        foreach (var status in ReportFigures.StatusColumns)
        {
            html.Append(Num(c.Statuses[status.Status]));
        }

        html.Append(Delta(c.Candidates - area.Previous.Candidates))
            .Append("<td class=\"n\">").Append(E(IndonesianFormat.Rupiah(area.Budget.Monthly))).Append("</td></tr>");
    }

    private static string Num(long value) => "<td class=\"n\">" + E(IndonesianFormat.Number(value)) + "</td>";

    private static string Delta(long delta) =>
        $"<td class=\"n{(delta > 0 ? " up" : delta < 0 ? " down" : "")}\">" + E(IndonesianFormat.Change(delta)) + "</td>";
}
