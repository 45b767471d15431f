using ClosedXML.Excel;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Results;

/// <summary>The "Ringkasan" sheet: rows by status, rows by issue, and the contribution the new people cost.</summary>
internal static class SummarySheetWriter
{
    public static void Write(IXLWorksheet sheet, ProcessedList list, UploadReport report)
    {
        sheet.Cell(1, 1).SetValue("Ringkasan hasil pemeriksaan");
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        sheet.Cell(2, 1).SetValue("Berkas");
        SafeCell.SetText(sheet.Cell(2, 2), report.UploadPath);
        sheet.Cell(3, 1).SetValue("Diproses");
        sheet.Cell(3, 2).SetValue(report.ProcessedAt.ToString("dd-MM-yyyy HH:mm 'UTC'"));

        var counts = list.Counts;
        var row = 5;
        sheet.Cell(row, 1).SetValue("Status");
        sheet.Cell(row, 2).SetValue("Jumlah baris");
        sheet.Range(row, 1, row, 2).Style.Font.SetBold();
        foreach (var status in Enum.GetValues<RecordStatus>())
        {
            row++;
            sheet.Cell(row, 1).SetValue(status.ToIndonesian());
            sheet.Cell(row, 2).SetValue(counts[status]);
        }

        row++;
        sheet.Cell(row, 1).SetValue("Jumlah");
        sheet.Cell(row, 2).SetValue(counts.Total);
        sheet.Range(row, 1, row, 2).Style.Font.SetBold();

        row += 2;
        var monthly = counts[RecordStatus.New] * report.MonthlyContribution;
        sheet.Cell(row, 1).SetValue("Iuran JKK + JKM per orang per bulan (Rp)");
        sheet.Cell(row, 2).SetValue(report.MonthlyContribution);
        sheet.Cell(++row, 1).SetValue("Perkiraan iuran peserta baru per bulan (Rp)");
        sheet.Cell(row, 2).SetValue(monthly);
        sheet.Cell(++row, 1).SetValue("Perkiraan iuran peserta baru per tahun (Rp)");
        sheet.Cell(row, 2).SetValue(monthly * 12);
        sheet.Range(row - 2, 2, row, 2).Style.NumberFormat.Format = "#,##0";

        row += 2;
        sheet.Cell(row, 1).SetValue("Kode masalah");
        sheet.Cell(row, 2).SetValue("Jumlah baris");
        sheet.Cell(row, 3).SetValue("Contoh keterangan");
        sheet.Range(row, 1, row, 3).Style.Font.SetBold();
        foreach (var group in list.Rows
                     .SelectMany(r => r.Record.Issues.Select(i => i.Code).Distinct().Select(code => (code, r.Record)))
                     .GroupBy(x => x.code)
                     .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            row++;
            sheet.Cell(row, 1).SetValue(group.Key);
            sheet.Cell(row, 2).SetValue(group.Count());
            var example = group.First().Record.Issues.First(i => i.Code == group.Key);
            SafeCell.SetText(sheet.Cell(row, 3), example.Message);
        }

        sheet.Column(1).Width = 45;
        sheet.Column(2).Width = 18;
        sheet.Column(3).Width = 90;
    }
}
