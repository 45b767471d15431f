using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Results;

/// <summary>The "Ringkasan" sheet: rows by status, rows by issue, and the contribution the new people cost.</summary>
internal static class SummarySheetWriter
{
    private static readonly CellStyle Rupiah = new(Number: NumberKind.Thousands);

    public static void Write(SheetWriter sheet, ProcessedList list, UploadReport report)
    {
        sheet.Columns((1, 45, CellStyle.Default), (2, 18, CellStyle.Default), (3, 90, CellStyle.Default));
        sheet.StartRow();
        sheet.Text(1, "Ringkasan hasil pemeriksaan", CellStyle.Title);
        Pair(sheet, "Berkas", report.UploadPath);
        Pair(sheet, "Diproses", report.ProcessedAt.ToString("dd-MM-yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));

        sheet.SkipRows(1);
        Headings(sheet, "Status", "Jumlah baris");
        var counts = list.Counts;
        foreach (var status in Enum.GetValues<RecordStatus>())
        {
            sheet.StartRow();
            sheet.Text(1, status.ToIndonesian());
            sheet.Number(2, counts[status]);
        }

        sheet.StartRow();
        sheet.Text(1, "Jumlah", CellStyle.Bold);
        sheet.Number(2, counts.Total, CellStyle.Bold);

        sheet.SkipRows(1);
        var budget = report.Contributions.Estimate(counts[RecordStatus.New], JakartaTime.DateOf(report.ProcessedAt));
        Amount(sheet, "Iuran JKK + JKM per orang per bulan (Rp)", budget.MonthlyRate);
        Amount(sheet, "Perkiraan iuran peserta baru per bulan (Rp)", budget.Monthly);
        Amount(sheet, budget.Months == 12 ? "Perkiraan iuran peserta baru per tahun (Rp)" : $"Perkiraan iuran peserta baru selama {budget.Months} bulan (Rp)", budget.Total);

        sheet.SkipRows(1);
        Headings(sheet, "Kode masalah", "Jumlah baris", "Contoh keterangan");
        foreach (var (code, rows, example) in IssueRows(list))
        {
            sheet.StartRow();
            sheet.Text(1, code);
            sheet.Number(2, rows);
            sheet.Text(3, example);
        }
    }

    /// <summary>Each issue code with the number of rows that have it and the first such row's message, most frequent first.</summary>
    private static IEnumerable<(string Code, int Rows, string Example)> IssueRows(ProcessedList list)
    {
        var byCode = new Dictionary<string, (int Rows, string Example)>(StringComparer.Ordinal);
        foreach (var (_, record) in list.Rows)
        {
            foreach (var issue in record.Issues.DistinctBy(i => i.Code))
            {
                byCode[issue.Code] = byCode.TryGetValue(issue.Code, out var seen) ? (seen.Rows + 1, seen.Example) : (1, issue.Message);
            }
        }

        return byCode
            .OrderByDescending(p => p.Value.Rows).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value.Rows, p.Value.Example));
    }

    private static void Pair(SheetWriter sheet, string label, string value)
    {
        sheet.StartRow();
        sheet.Text(1, label);
        sheet.Text(2, value);
    }

    private static void Amount(SheetWriter sheet, string label, decimal value)
    {
        sheet.StartRow();
        sheet.Text(1, label);
        sheet.Number(2, value, Rupiah);
    }

    private static void Headings(SheetWriter sheet, params string[] headings)
    {
        sheet.StartRow();
        for (var c = 0; c < headings.Length; c++)
        {
            sheet.Text(c + 1, headings[c], CellStyle.Bold);
        }
    }
}
