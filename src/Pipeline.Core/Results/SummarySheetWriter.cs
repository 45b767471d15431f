using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Results;

/// <summary>
/// The "Ringkasan" sheet, the first an official sees: which file and sheet were read, what to do next, notices
/// about the file, rows by status with each status's colour and meaning (the legend of the Hasil sheet), the cell
/// colours, the contribution the new people cost, and rows by issue.
/// </summary>
internal static class SummarySheetWriter
{
    /// <summary>The width of column C, where the explanations wrap.</summary>
    private const double TextColumnWidth = 90;

    private static readonly CellStyle Rupiah = new(Number: NumberKind.Thousands);

    public static void Write(SheetWriter sheet, ProcessedList list, UploadReport report)
    {
        sheet.View(selected: true);
        sheet.Columns((1, 44, CellStyle.Default), (2, 16, CellStyle.Default), (3, TextColumnWidth, CellStyle.Wrapped));
        About(sheet, list.Layout, report);
        Notices(sheet, report.Notices);
        Statuses(sheet, list.Counts);
        CellColours(sheet);
        Contribution(sheet, list.Counts.Candidates, report);
        Issues(sheet, list);
    }

    /// <summary>The file, the sheet read, when, and what to do next.</summary>
    private static void About(SheetWriter sheet, SheetLayout layout, UploadReport report)
    {
        sheet.StartRow(lineHeight: TextWidth.TitleLineHeight);
        sheet.Text(1, "Ringkasan hasil pemeriksaan", CellStyle.Title);
        Pair(sheet, "Berkas", report.ShownPath);
        Pair(sheet, "Lembar yang dibaca", layout.IsCombined
            ? string.Join(", ", layout.CombinedSheets.OrderBy(s => s.Key).Select(s => ShownFileName.Of(s.Value)))
            : $"{ShownFileName.Of(layout.SheetName)} (judul kolom di baris {layout.HeaderRow})");
        Pair(sheet, "Selesai diolah", ResultWorkbookWriter.LocalTime(report.ProcessedAt));
        Explained(sheet, "Langkah berikutnya", CellStyle.Bold,
            $"Perbaiki sel yang berwarna di lembar {ResultWorkbookWriter.ResultSheet} (lihat kolom {ResultColumns.Reason}), lalu unggah kembali " +
            $"berkas ini ke folder yang sama. Kolom {ResultColumns.SourceRow}, {ResultColumns.Status}, {ResultColumns.Reason} dan " +
            $"{ResultColumns.PersonId} tidak dibaca saat berkas diunggah ulang.");
    }

    /// <summary>Rows per status, each status in the colour the Status column gives it, with its meaning: the legend.</summary>
    private static void Statuses(SheetWriter sheet, StatusCounts counts)
    {
        sheet.SkipRows(1);
        sheet.Headings("Status", "Jumlah baris", "Arti (warna kolom Status)");
        foreach (var (status, count) in counts.InDisplayOrder)
        {
            Explained(sheet, status.Label, new CellStyle(Fill: CellFill.Of(status.Status)), status.Meaning, count);
        }

        sheet.StartRow();
        sheet.Text(1, "Jumlah", CellStyle.Bold);
        sheet.Number(2, counts.Total, CellStyle.Bold);
    }

    private static void CellColours(SheetWriter sheet)
    {
        sheet.SkipRows(1);
        sheet.Headings($"Warna sel di lembar {ResultWorkbookWriter.ResultSheet}", string.Empty, "Arti");
        Explained(sheet, "Sel merah", new CellStyle(Fill: CellFill.Error), "Kesalahan: baris ditolak sampai isian ini diperbaiki.");
        Explained(sheet, "Sel kuning", new CellStyle(Fill: CellFill.Warning), "Peringatan: periksa kembali isian ini; baris tetap diproses.");
    }

    /// <summary>
    /// The budget figure of the people to be paid for (new, and lapsed participants to reactivate), from the one
    /// contribution schedule the CLI and the weekly report use too.
    /// </summary>
    private static void Contribution(SheetWriter sheet, int newPeople, UploadReport report)
    {
        sheet.SkipRows(1);
        var budget = report.Contributions.Estimate(newPeople, JakartaTime.DateOf(report.ProcessedAt));
        Amount(sheet, "Iuran JKK + JKM per orang per bulan (Rp)", budget.MonthlyRate);
        Amount(sheet, "Perkiraan iuran peserta yang didaftarkan per bulan (Rp)", budget.Monthly);
        Amount(sheet, budget.Months == 12 ? "Perkiraan iuran peserta yang didaftarkan per tahun (Rp)" : $"Perkiraan iuran peserta yang didaftarkan selama {budget.Months} bulan (Rp)", budget.Total);
    }

    private static void Issues(SheetWriter sheet, ProcessedList list)
    {
        sheet.SkipRows(1);
        sheet.Headings("Kode masalah", "Jumlah baris", "Contoh keterangan");
        foreach (var (code, rows, example) in IssueRows(list))
        {
            Explained(sheet, code, CellStyle.Default, example, rows);
        }
    }

    /// <summary>File-level notices (e.g. which sheet was read when several hold lists), code and message.</summary>
    private static void Notices(SheetWriter sheet, IReadOnlyList<Issue> notices)
    {
        if (notices.Count == 0)
        {
            return;
        }

        sheet.SkipRows(1);
        sheet.Headings("Catatan tentang berkas", string.Empty, "Keterangan");
        foreach (var notice in notices)
        {
            Explained(sheet, notice.Code, new CellStyle(Fill: notice.Severity == Severity.Error ? CellFill.Error : CellFill.Warning), notice.Message);
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

    /// <summary>A row with a label in column A, a count in B if given, and an explanation wrapped in C, as tall as the explanation.</summary>
    private static void Explained(SheetWriter sheet, string label, CellStyle labelStyle, string explanation, int? count = null)
    {
        sheet.StartRow(TextWidth.Lines(explanation, TextColumnWidth));
        sheet.Text(1, label, labelStyle);
        if (count is { } number)
        {
            sheet.Number(2, number);
        }

        sheet.Text(3, explanation, CellStyle.Wrapped);
    }

    private static void Amount(SheetWriter sheet, string label, decimal value)
    {
        sheet.StartRow();
        sheet.Text(1, label);
        sheet.Number(2, value, Rupiah);
    }
}
