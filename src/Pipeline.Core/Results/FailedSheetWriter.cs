using Pipeline.Core.Model;

namespace Pipeline.Core.Results;

/// <summary>The only sheet of the result for an upload that could not be read at all: why, and what to do.</summary>
internal static class FailedSheetWriter
{
    private static readonly CellStyle Value = new(Wrap: true);

    public static void Write(SheetWriter sheet, IssueDefinition problem, UploadReport report)
    {
        sheet.Columns((1, 22, CellStyle.Default), (2, 100, Value));
        sheet.StartRow();
        sheet.Text(1, "Berkas tidak dapat diproses", CellStyle.Title);
        sheet.SkipRows(1);
        Labelled(sheet, "Berkas", report.UploadPath);
        Labelled(sheet, "Diproses", report.ProcessedAt.ToString("dd-MM-yyyy HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
        Labelled(sheet, "Kode masalah", problem.Code);
        Labelled(sheet, "Keterangan", problem.MessageId);
        Labelled(sheet, "In English", problem.MessageEn);
        sheet.SkipRows(1);
        Labelled(sheet, "Langkah berikutnya", "Perbaiki berkas sesuai keterangan di atas, lalu unggah kembali ke folder yang sama. Berkas baru akan menggantikan berkas ini.");
    }

    private static void Labelled(SheetWriter sheet, string label, string value)
    {
        sheet.StartRow();
        sheet.Text(1, label, CellStyle.Bold);
        sheet.Text(2, value, Value);
    }
}
