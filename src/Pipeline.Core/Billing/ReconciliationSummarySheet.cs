using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Results;

namespace Pipeline.Core.Billing;

/// <summary>
/// The "Ringkasan" sheet, the first an official sees: the bill and period, the rate in force each month, what to
/// pay and what is disputed, how many rows got each code (in its colour, with what it means and what to do: the
/// legend of the rows sheet), the order codes take when several apply, and the rows' reading problems.
/// </summary>
internal static class ReconciliationSummarySheet
{
    public const string Name = "Ringkasan";

    /// <summary>The width of column D, where explanations wrap.</summary>
    private const double TextWidthD = 100;

    private static readonly CellStyle Grouped = new(Number: NumberKind.Thousands);
    private static readonly CellStyle BoldGrouped = new(FontKind.Bold, Number: NumberKind.Thousands);

    /// <summary>What the rule order says, in the words of docs/billing.md.</summary>
    internal const string Precedence =
        "Setiap baris mendapat satu hasil. Bila beberapa berlaku, yang pertama di urutan ini yang dipakai: " +
        "(1) TIDAK_DIBIAYAI: tidak cocok dengan peserta dibiayai, bulan tidak terbaca atau di luar periode, atau belum dibiayai pada bulan yang ditagih; " +
        "(2) SUDAH_BERHENTI: semua bulan yang ditagih sesudah pembiayaan berhenti; " +
        "(3) DITAGIH_GANDA: orang dan bulan yang sama sudah ditagih di baris sebelumnya; " +
        "(4) SUDAH_BERHENTI: sebagian bulan sesudah berhenti dan nominal melebihi bulan yang masih dibiayai; " +
        "(5) NOMINAL_BERBEDA; (6) COCOK. Orang yang dibiayai tetapi tidak ditagih untuk sebagian atau semua bulan mendapat TIDAK_DITAGIH.";

    public static void Write(SheetWriter sheet, ReconciliationHeading heading, BillSummary summary, IReadOnlyList<Issue> notices)
    {
        sheet.View(selected: true);
        sheet.Columns((1, 40, CellStyle.Default), (2, 9, CellStyle.Default), (3, 14, CellStyle.Default), (4, TextWidthD, CellStyle.Wrapped));
        About(sheet, heading, summary);
        Rates(sheet, summary);
        Money(sheet, summary);
        Codes(sheet, summary);
        Problems(sheet, summary, notices);
    }

    private static void About(SheetWriter sheet, ReconciliationHeading heading, BillSummary summary)
    {
        sheet.StartRow(lineHeight: TextWidth.TitleLineHeight);
        sheet.Text(1, "Rekonsiliasi tagihan iuran BPJS Ketenagakerjaan", CellStyle.Title);
        Line(sheet, "Periode tagihan", $"{summary.Period.ToIndonesian()} ({summary.Period})");
        Line(sheet, "Berkas tagihan", heading.BillName);
        if (heading.SheetRead is { } read)
        {
            Line(sheet, "Lembar yang dibaca", read);
        }

        Line(sheet, "Direkonsiliasi", IndonesianFormat.DateTime(heading.ReconciledAt));
        Count(sheet, "Baris tagihan", summary.BilledRows);
        Count(sheet, "Peserta dibiayai Pemda dalam periode", summary.FundedPeople);
        Line(sheet, "Langkah berikutnya",
            $"Bayar sebesar \"Dibayar\" di bawah. Kirim baris yang tidak COCOK di lembar {ReconciliationRowsSheet.Name} ke BPJS " +
            "untuk diperbaiki atau disanggah, dan tanyakan peserta TIDAK_DITAGIH.");
    }

    private static void Rates(SheetWriter sheet, BillSummary summary)
    {
        sheet.SkipRows(1);
        sheet.Headings("Tarif iuran per orang per bulan", string.Empty, "Rp", "JKK + JKM");
        foreach (var (month, rate) in summary.Rates)
        {
            sheet.StartRow();
            sheet.Text(1, month.ToIndonesian());
            sheet.Number(3, rate.Monthly, Grouped);
            sheet.Text(4, $"JKK {IndonesianFormat.Rupiah(rate.Jkk)} + JKM {IndonesianFormat.Rupiah(rate.Jkm)}", CellStyle.Wrapped);
        }
    }

    private static void Money(SheetWriter sheet, BillSummary summary)
    {
        sheet.SkipRows(1);
        sheet.Headings("Jumlah uang", string.Empty, "Rp", "Keterangan");
        Amount(sheet, "Ditagih", summary.Billed, "Jumlah semua nominal di tagihan.");
        Amount(sheet, "Seharusnya (baris yang ditagih)", summary.Expected, "Tarif yang berlaku × bulan dibiayai, untuk orang yang ditagih.");
        Amount(sheet, "Dibayar", summary.ToPay,
            "Yang dibayar ke BPJS untuk tagihan ini: baris COCOK, dan untuk NOMINAL_BERBEDA dan SUDAH_BERHENTI yang lebih kecil dari nominal tagihan dan nominal seharusnya.", bold: true);
        Amount(sheet, "Disanggah", summary.Disputed, "Ditagih tetapi tidak dibayar (Ditagih − Dibayar): sampaikan ke BPJS.", bold: true);
        Amount(sheet, "Kurang tagih", summary.Underbilled, "Ditagih lebih kecil dari seharusnya; dibayar sebesar tagihan.");
        Amount(sheet, "Nilai peserta tidak ditagih", summary.NotBilledValue, "Tarif × bulan dibiayai yang tidak ditagih (TIDAK_DITAGIH); tidak dibayar.");
    }

    /// <summary>Rows per code, in the code's colour, with its meaning and what to do: the legend of the rows sheet.</summary>
    private static void Codes(SheetWriter sheet, BillSummary summary)
    {
        sheet.SkipRows(1);
        sheet.Headings($"Hasil (warna baris di lembar {ReconciliationRowsSheet.Name})", "Jumlah", "Ditagih (Rp)", "Arti dan tindakan");
        foreach (var code in BillCodes.All)
        {
            var text = $"{code.Meaning} {code.Action}";
            sheet.StartRow(TextWidth.Lines(text, TextWidthD));
            sheet.Text(1, $"{code.Text} ({code.Label})", new CellStyle(FontKind.Bold, CellFill.Of(code.Code)));
            sheet.Number(2, summary.Counts[code.Code]);
            sheet.Number(3, summary.BilledByCode[code.Code], Grouped);
            sheet.Text(4, text, CellStyle.Wrapped);
        }

        sheet.StartRow();
        sheet.Text(1, "Jumlah", CellStyle.Bold);
        sheet.Number(2, summary.Counts.Values.Sum(), CellStyle.Bold);
        sheet.Number(3, summary.Billed, BoldGrouped);
        sheet.StartRow(TextWidth.Lines(Precedence, TextWidthD));
        sheet.Text(1, "Urutan bila beberapa hasil berlaku");
        sheet.Text(4, Precedence, CellStyle.Wrapped);
    }

    /// <summary>File notices, then each row problem code with the rows it hit and the first such message.</summary>
    private static void Problems(SheetWriter sheet, BillSummary summary, IReadOnlyList<Issue> notices)
    {
        if (notices.Count == 0 && summary.RowIssues.Count == 0)
        {
            return;
        }

        sheet.SkipRows(1);
        sheet.Headings("Catatan tentang berkas dan baris", "Jumlah baris", string.Empty, "Contoh keterangan");
        foreach (var notice in notices)
        {
            sheet.StartRow(TextWidth.Lines(notice.Message, TextWidthD));
            sheet.Text(1, notice.Code, new CellStyle(Fill: CellFill.Warning));
            sheet.Text(4, notice.Message, CellStyle.Wrapped);
        }

        foreach (var (code, rows, example) in summary.RowIssues)
        {
            sheet.StartRow(TextWidth.Lines(example, TextWidthD));
            sheet.Text(1, code);
            sheet.Number(2, rows);
            sheet.Text(4, example, CellStyle.Wrapped);
        }
    }

    private static void Line(SheetWriter sheet, string label, string value)
    {
        sheet.StartRow(TextWidth.Lines(value, TextWidthD));
        sheet.Text(1, label);
        sheet.Text(4, value, CellStyle.Wrapped);
    }

    private static void Count(SheetWriter sheet, string label, int value)
    {
        sheet.StartRow();
        sheet.Text(1, label);
        sheet.Number(3, value, Grouped);
    }

    private static void Amount(SheetWriter sheet, string label, decimal value, string explanation, bool bold = false)
    {
        sheet.StartRow(TextWidth.Lines(explanation, TextWidthD));
        sheet.Text(1, label, bold ? CellStyle.Bold : CellStyle.Default);
        sheet.Number(3, value, bold ? BoldGrouped : Grouped);
        sheet.Text(4, explanation, CellStyle.Wrapped);
    }
}
