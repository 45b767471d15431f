using Pipeline.Core.Results;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The table at the top of the regency and kecamatan sheets: one row per kecamatan (or desa) with every
/// figure, the change in new workers and the money, and a bold total row.
/// </summary>
internal static class AreaTable
{
    public static string[] Headers(string areaColumn, int months) =>
    [
        areaColumn, "Desa ada data", "Desa belum ada data", "Daftar minggu ini", "Daftar total", "Berkas gagal dibaca",
        "Baris", "Ditolak", "% ditolak", .. ReportFigures.StatusColumns.Select(s => s.ReportLabel),
        "Perubahan peserta yang akan dibiayai", "Iuran per bulan", $"Iuran {months} bulan",
    ];

    /// <summary>Columns before the status columns: the area, seven counts and the share rejected.</summary>
    private const int FixedColumns = 9;

    public static int ColumnCount => FixedColumns + ReportFigures.StatusColumns.Count + 3;

    public static void Row(ReportSheet sheet, AreaReport area, bool total = false)
    {
        var (c, r) = (area.Current, sheet.Row);
        sheet.Text(r, 1, total ? "Jumlah" : area.Name);
        decimal[] counts = [c.DesaWithData, c.DesaWithoutData, c.ListsThisWeek, c.Lists, c.FailedLists, c.Rows, c.Rejected];
        for (var i = 0; i < counts.Length; i++)
        {
            sheet.Number(r, i + 2, counts[i]);
        }

        sheet.Number(r, FixedColumns, (decimal)c.RejectionRate, NumberKind.Percent);
        var column = FixedColumns + 1;
        foreach (var status in ReportFigures.StatusColumns)
        {
            sheet.Number(r, column++, c.Statuses[status.Status]);
        }

        sheet.Number(r, column++, c.Candidates - area.Previous.Candidates, NumberKind.Change);
        sheet.Number(r, column++, area.Budget.Monthly, NumberKind.Rupiah);
        sheet.Number(r, column, area.Budget.Total, NumberKind.Rupiah);
        if (total)
        {
            sheet.Total(r, ColumnCount);
        }

        sheet.Row++;
    }

    /// <summary>This week, last week and the change, figure by figure.</summary>
    public static void Changes(ReportSheet sheet, AreaReport area, bool previousStored)
    {
        sheet.Row++;
        sheet.Section("Perubahan terhadap minggu lalu");
        sheet.Note(previousStored
            ? "Minggu lalu: angka ringkasan yang diterbitkan minggu lalu."
            : "Minggu lalu: dihitung ulang dari data yang tersimpan sekarang (ringkasan minggu lalu belum ada).");
        sheet.Headers("Angka", "Minggu ini", "Minggu lalu", "Perubahan");
        var (now, before) = (area.Current, area.Previous);
        foreach (var (label, current, previous) in ReportFigures.Changes(now, before))
        {
            sheet.Text(sheet.Row, 1, label);
            sheet.Number(sheet.Row, 2, current);
            sheet.Number(sheet.Row, 3, previous);
            sheet.Number(sheet.Row, 4, current - previous, NumberKind.Change);
            sheet.Row++;
        }
    }

    public static void Budget(ReportSheet sheet, AreaReport area, WeeklyReport report)
    {
        sheet.Row++;
        sheet.Section("Perkiraan anggaran iuran");
        var rate = report.Rate;
        var budget = area.Budget;
        foreach (var (label, value, format) in new (string, decimal, NumberKind)[]
                 {
                     ("Iuran JKK per orang per bulan", rate.Jkk, NumberKind.Rupiah),
                     ("Iuran JKM per orang per bulan", rate.Jkm, NumberKind.Rupiah),
                     ("Iuran JKK + JKM per orang per bulan", budget.MonthlyRate, NumberKind.Rupiah),
                     ("Peserta yang akan dibiayai (baru dan diaktifkan kembali)", budget.People, NumberKind.Thousands),
                     ("Perkiraan iuran per bulan", budget.Monthly, NumberKind.Rupiah),
                     ($"Perkiraan iuran {budget.Months} bulan", budget.Total, NumberKind.Rupiah),
                 })
        {
            sheet.Text(sheet.Row, 1, label);
            sheet.Number(sheet.Row, 2, value, format);
            sheet.Row++;
        }

        sheet.Note((rate.From == DateOnly.MinValue ? "" : $"Tarif berlaku sejak {IndonesianFormat.ShortDate(rate.From)}; ") +
                   $"dihitung dari {IndonesianFormat.Date(report.ReportDate)} untuk {budget.Months} bulan, dengan tarif yang berlaku pada tiap bulan.");
    }

    public static void Issues(ReportSheet sheet, string title, IReadOnlyList<IssueCount> issues)
    {
        sheet.Row++;
        sheet.Section(title);
        if (issues.Count == 0)
        {
            sheet.Note("Tidak ada.");
            return;
        }

        sheet.Headers("Kode", "Jenis", "Baris", "Keterangan");
        foreach (var issue in issues)
        {
            sheet.Text(sheet.Row, 1, issue.Code);
            sheet.Text(sheet.Row, 2, issue.Severity);
            sheet.Number(sheet.Row, 3, issue.Rows);
            sheet.Text(sheet.Row, 4, issue.Description, measure: false);
            sheet.Row++;
        }
    }
}
