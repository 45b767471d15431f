namespace Pipeline.Core.Reporting;

/// <summary>
/// The sheet of new eligible workers, for reading: who the budget figure counts, by place and name. The list
/// sent to BPJS is the one administrators release after review, not this one.
/// </summary>
internal static class NewWorkersSheetWriter
{
    public static void Write(ReportSheet sheet, WeeklyReport report)
    {
        sheet.Title($"Pekerja baru memenuhi syarat — {WeeklyReport.RegencyName}");
        sheet.Note($"{IndonesianFormat.Week(report.Week)}; keadaan per {IndonesianFormat.DateTime(report.AsOf)}. " +
                   "Untuk dibaca: daftar yang dikirim ke BPJS adalah yang dirilis admin setelah pemeriksaan.");
        sheet.Row++;
        var headerRow = sheet.Row;
        foreach (var (column, format) in new[] { (1, ReportSheet.CountFormat), (7, ReportSheet.DateFormat), (8, "0"), (10, ReportSheet.DateFormat), (12, "0") })
        {
            sheet.ColumnFormat(column, format);
        }

        sheet.Headers("No", "Kecamatan", "Desa", "Nama", "NIK", "L/P", "Tanggal lahir", "Umur", "Pekerjaan", "Diterima", "Berkas", "Baris");
        var number = 0;
        foreach (var worker in report.NewWorkers)
        {
            var r = sheet.Row++;
            sheet.Number(r, 1, ++number, format: null);
            sheet.Text(r, 2, worker.Kecamatan);
            sheet.Text(r, 3, worker.Desa);
            sheet.Text(r, 4, worker.Name);
            sheet.Text(r, 5, worker.Nik);
            sheet.Text(r, 6, worker.Sex);
            sheet.Date(r, 7, worker.BirthDate);
            if (worker.Age is { } age)
            {
                sheet.Number(r, 8, age, format: null);
            }

            sheet.Text(r, 9, worker.Occupation);
            sheet.Date(r, 10, worker.Received);
            sheet.Text(r, 11, worker.File);
            sheet.Number(r, 12, worker.Row, format: null);
        }

        if (number == 0)
        {
            sheet.Note("Belum ada pekerja baru yang memenuhi syarat.");
        }

        sheet.Finish(headerRow, 0, $"Pekerja baru memenuhi syarat — {report.Week}");
    }
}
