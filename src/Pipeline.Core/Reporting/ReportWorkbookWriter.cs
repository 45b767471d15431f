using Pipeline.Core.Results;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// The weekly summary as a workbook, in Bahasa Indonesia: a sheet for the regency, one per kecamatan, the villages
/// to call, and the people to be paid for; every sheet ready to print on A4 landscape.
/// </summary>
/// <remarks>
/// Streamed (<see cref="StreamingWorkbook"/>): the per-worker sheet is written row by row while the records are
/// paged in (<see cref="BeginNewWorkers"/>), the figures sheets (a few hundred cells each) once the pass is over
/// (<see cref="Complete"/>). Memory does not grow with the rows; the ClosedXML version held every new worker of the
/// regency in an in-memory workbook (655 MB for 42,000).
/// </remarks>
public sealed class ReportWorkbookWriter : IDisposable
{
    public const string RegencySheet = "Kabupaten";
    public const string ContactsSheet = "Perlu dihubungi";
    public const string NewWorkersSheet = "Pekerja baru";

    private readonly StreamingWorkbook _workbook;

    /// <param name="destination">Written front to back and left open.</param>
    public ReportWorkbookWriter(Stream destination) => _workbook = new StreamingWorkbook(destination);

    /// <summary>The sheet of people to be paid for: feed it rows, dispose it, then <see cref="Complete"/>.</summary>
    public NewWorkersSheet BeginNewWorkers(Gazetteer gazetteer, ReportWeek week, DateTimeOffset asOf) => new(_workbook, gazetteer, week, asOf);

    /// <summary>The figures sheets, then the parts that make the package whole.</summary>
    public void Complete(WeeklyReport report)
    {
        WriteRegency(report);
        if (report.Cohort is { } cohort)
        {
            CohortBudgetSheetWriter.Write(_workbook, report, cohort);
        }

        foreach (var kecamatan in report.Kecamatan)
        {
            WriteKecamatan(kecamatan, report);
        }

        WriteContacts(report);
        _workbook.Complete();
    }

    public void Dispose() => _workbook.Dispose();

    /// <summary>The whole workbook at once, for a report whose lines are already at hand (tests, small callers).</summary>
    public static void Write(WeeklyReport report, IEnumerable<NewWorkerLine> newWorkers, Gazetteer gazetteer, Stream destination)
    {
        using var writer = new ReportWorkbookWriter(destination);
        using (var sheet = writer.BeginNewWorkers(gazetteer, report.Week, report.AsOf))
        {
            foreach (var line in newWorkers)
            {
                sheet.Add(line);
            }
        }

        writer.Complete(report);
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
            sheet.Note("Belum ada daftar yang diterima sampai saat ini: semua angka masih nol.", FontKind.Alert);
        }

        sheet.Row++;
    }

    private void WriteRegency(WeeklyReport report)
    {
        var sheet = new ReportSheet();
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
        sheet.Section("Desa dengan tingkat penolakan tertinggi");
        sheet.Headers("Kecamatan", "Desa", "Baris", "Ditolak", "% ditolak", "Alasan terbanyak");
        foreach (var entry in report.HighestRejection)
        {
            var r = sheet.Row++;
            sheet.Text(r, 1, entry.Kecamatan);
            sheet.Text(r, 2, entry.Desa);
            sheet.Number(r, 3, entry.Rows);
            sheet.Number(r, 4, entry.Rejected);
            sheet.Number(r, 5, (decimal)entry.Rate, NumberKind.Percent);
            sheet.Text(r, 6, entry.TopReason, measure: false);
        }

        sheet.WriteTo(_workbook, RegencySheet, headerRow, 1, Print(report, WeeklyReport.RegencyName), selected: true);
    }

    private void WriteKecamatan(KecamatanReport kecamatan, WeeklyReport report)
    {
        var sheet = new ReportSheet();
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
        sheet.WriteTo(_workbook, KecamatanSheetName(kecamatan.Area.Name), headerRow, 1, Print(report, "Kecamatan " + kecamatan.Area.Name));
    }

    private void WriteContacts(WeeklyReport report)
    {
        var sheet = new ReportSheet();
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

        sheet.WriteTo(_workbook, ContactsSheet, headerRow, 0, Print(report, "Desa yang perlu dihubungi"));
    }

    private static PrintLayout Print(WeeklyReport report, string area) =>
        new($"Ringkasan mingguan {report.Week} — {area}", "Keadaan per " + IndonesianFormat.DateTime(report.AsOf), Gridlines: false);
}
