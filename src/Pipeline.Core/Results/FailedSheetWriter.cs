using Pipeline.Core.Model;

namespace Pipeline.Core.Results;

/// <summary>The only sheet of the result for an upload that could not be read at all: why, and what to do.</summary>
internal static class FailedSheetWriter
{
    private const double ValueWidth = 100;

    public static void Write(SheetWriter sheet, IssueDefinition problem, UploadReport report)
    {
        sheet.View(selected: true);
        sheet.Columns((1, 22, CellStyle.Default), (2, ValueWidth, CellStyle.Wrapped));
        sheet.StartRow(lineHeight: TextWidth.TitleLineHeight);
        sheet.Text(1, "Berkas tidak dapat diproses", CellStyle.Title);
        sheet.SkipRows(1);
        Labelled(sheet, "Berkas", report.ShownPath);
        Labelled(sheet, "Diproses", ResultWorkbookWriter.LocalTime(report.ProcessedAt));
        Labelled(sheet, "Kode masalah", problem.Code);
        Labelled(sheet, "Keterangan", problem.MessageId);
        Labelled(sheet, "In English", problem.MessageEn);
        sheet.SkipRows(1);
        Labelled(sheet, "Langkah berikutnya", IssueCatalog.IsSystemProblem(problem)
            ? "Berkas tidak perlu diperbaiki. Hubungi petugas Disnaker Kabupaten Labuhanbatu Utara dan sebutkan nama berkas di atas."
            : "Perbaiki berkas sesuai keterangan di atas, lalu unggah kembali ke folder yang sama. Berkas baru akan menggantikan berkas ini.");
        foreach (var notice in report.Notices)
        {
            Labelled(sheet, "Catatan", $"[{notice.Code}] {notice.Message}");
        }
    }

    private static void Labelled(SheetWriter sheet, string label, string value)
    {
        sheet.StartRow(TextWidth.Lines(value, ValueWidth));
        sheet.Text(1, label, CellStyle.Bold);
        sheet.Text(2, value, CellStyle.Wrapped);
    }
}
