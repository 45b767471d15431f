using ClosedXML.Excel;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The weekly summary as a workbook, in Bahasa Indonesia: a sheet for the regency, one per kecamatan, the
/// villages to call, and the new eligible workers; every sheet ready to print on A4 landscape.
/// </summary>
/// <remarks>
/// ClosedXML builds it in memory: the figures are a few hundred rows; the new workers sheet is the only large
/// part (one row per new worker of the regency).
/// </remarks>
public static class ReportWorkbookWriter
{
    public const string RegencySheet = "Kabupaten";
    public const string ContactsSheet = "Perlu dihubungi";
    public const string NewWorkersSheet = "Pekerja baru";

    public static void Write(WeeklyReport report, Stream destination)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"Ringkasan mingguan {report.Week}";
        workbook.Properties.Company = WeeklyReport.RegencyName;
        WriteRegency(new ReportSheet(workbook.AddWorksheet(RegencySheet)), report);
        if (report.Cohort is { } cohort)
        {
            CohortBudgetSheetWriter.Write(new ReportSheet(workbook.AddWorksheet(CohortBudgetSheetWriter.SheetName)), report, cohort);
        }

        foreach (var kecamatan in report.Kecamatan)
        {
            WriteKecamatan(new ReportSheet(workbook.AddWorksheet(KecamatanSheetName(kecamatan.Area.Name))), kecamatan, report);
        }

        WriteContacts(new ReportSheet(workbook.AddWorksheet(ContactsSheet)), report);
        NewWorkersSheetWriter.Write(new ReportSheet(workbook.AddWorksheet(NewWorkersSheet)), report);
        workbook.SaveAs(destination);
    }

    /// <summary>"Kec. Kualuh Hulu": Excel sheet names are at most 31 characters, without []:*?/\.</summary>
    public static string KecamatanSheetName(string name)
    {
        var clean = new string(("Kec. " + name).Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '-' : c).ToArray());
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static void Heading(ReportSheet sheet, WeeklyReport report, string area)
    {
        sheet.Title($"Ringkasan Mingguan Pekerja Rentan — {area}");
        sheet.Note($"{IndonesianFormat.Week(report.Week)}; keadaan per {IndonesianFormat.DateTime(report.AsOf)}"
                   + (report.Complete ? "" : " (minggu berjalan, angka sementara)"));
        if (!report.HasData)
        {
            var cell = sheet.Worksheet.Cell(sheet.Row++, 1);
            cell.Value = "Belum ada daftar yang diterima sampai saat ini: semua angka masih nol.";
            cell.Style.Font.Bold = true;
            cell.Style.Font.FontColor = XLColor.FromHtml("#9C0006");
        }

        sheet.Row++;
    }

    private static void WriteRegency(ReportSheet sheet, WeeklyReport report)
    {
        Heading(sheet, report, WeeklyReport.RegencyName);
        var headerRow = sheet.Row;
        sheet.Headers(AreaTable.Headers("Kecamatan", report.Regency.Budget.Months));
        foreach (var kecamatan in report.Kecamatan)
        {
            AreaTable.Row(sheet, kecamatan.Area);
        }

        if (report.UnknownKecamatan is { } unknown)
        {
            AreaTable.Row(sheet, unknown);
        }

        AreaTable.Row(sheet, report.Regency, total: true);
        AreaTable.Changes(sheet, report.Regency, report.PreviousFromStoredSummary);
        AreaTable.Budget(sheet, report.Regency, report);
        AreaTable.Issues(sheet, "Masalah paling sering (jumlah baris)", report.TopIssues);

        sheet.Row++;
        sheet.Title("Desa dengan tingkat penolakan tertinggi", 12);
        sheet.Headers("Kecamatan", "Desa", "Baris", "Ditolak", "% ditolak", "Alasan terbanyak");
        foreach (var entry in report.HighestRejection)
        {
            var r = sheet.Row++;
            sheet.Text(r, 1, entry.Kecamatan);
            sheet.Text(r, 2, entry.Desa);
            sheet.Number(r, 3, entry.Rows);
            sheet.Number(r, 4, entry.Rejected);
            sheet.Number(r, 5, (decimal)entry.Rate, ReportSheet.PercentFormat);
            sheet.Text(r, 6, entry.TopReason, measure: false);
        }

        sheet.Finish(headerRow, 1, $"Ringkasan mingguan {report.Week} — {WeeklyReport.RegencyName}");
    }

    private static void WriteKecamatan(ReportSheet sheet, KecamatanReport kecamatan, WeeklyReport report)
    {
        Heading(sheet, report, "Kecamatan " + kecamatan.Area.Name);
        var headerRow = sheet.Row;
        var headers = AreaTable.Headers("Desa", report.Regency.Budget.Months).Append("Perlu dihubungi karena").ToArray();
        sheet.Headers(headers);
        var reasons = report.Contacts.Where(c => c.Kecamatan == kecamatan.Area.Name).ToDictionary(c => c.Desa, c => c.Reason);
        foreach (var desa in kecamatan.Desa)
        {
            sheet.Text(sheet.Row, AreaTable.ColumnCount + 1, reasons.GetValueOrDefault(desa.Name));
            AreaTable.Row(sheet, desa);
        }

        AreaTable.Row(sheet, kecamatan.Area, total: true);
        AreaTable.Changes(sheet, kecamatan.Area, report.PreviousFromStoredSummary);
        AreaTable.Budget(sheet, kecamatan.Area, report);
        AreaTable.Issues(sheet, "Alasan penolakan terbanyak (jumlah baris)", kecamatan.Area.RejectReasons);
        sheet.Finish(headerRow, 1, $"Ringkasan mingguan {report.Week} — Kecamatan {kecamatan.Area.Name}");
    }

    private static void WriteContacts(ReportSheet sheet, WeeklyReport report)
    {
        Heading(sheet, report, "Desa yang perlu dihubungi");
        var headerRow = sheet.Row;
        sheet.Headers("Kecamatan", "Desa", "Alasan");
        foreach (var contact in report.Contacts)
        {
            var r = sheet.Row++;
            sheet.Text(r, 1, contact.Kecamatan);
            sheet.Text(r, 2, contact.Desa);
            sheet.Text(r, 3, contact.Reason);
        }

        sheet.Finish(headerRow, 0, $"Desa yang perlu dihubungi — {report.Week}");
    }
}
