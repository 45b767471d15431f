using System.Text;
using ClosedXML.Excel;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Reading.Formats;

/// <summary>The other writers of the suite: ClosedXML for .xlsx as Excel users make it, NPOI for .xls (BIFF8), and CSV as Excel saves it.</summary>
public static class FormatWriters
{
    static FormatWriters() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static MemoryStream ClosedXmlXlsx(WorkbookSpec workbook)
    {
        using var book = new XLWorkbook();
        foreach (var spec in workbook.Sheets)
        {
            var sheet = book.AddWorksheet(spec.Name);
            if (spec.Hidden)
            {
                sheet.Hide();
            }

            for (var row = 0; row < spec.Rows.Length; row++)
            {
                for (var column = 0; column < (spec.Rows[row]?.Length ?? 0); column++)
                {
                    var cell = sheet.Cell(row + 1, column + 1);
                    switch (spec.Rows[row]![column])
                    {
                        case ErrorCell:
                            // ClosedXML does not calculate: the formula is saved without a value, as an error would need.
                            cell.FormulaA1 = "Lama!A1";
                            break;
                        case null:
                            break;
                        default:
                            VillageWorkbook.WriteRow(sheet, row + 1, Enumerable.Repeat<object?>(null, column).Append(spec.Rows[row]![column]).ToArray());
                            break;
                    }
                }
            }
        }

        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    public static MemoryStream NpoiXls(WorkbookSpec workbook)
    {
        var book = new HSSFWorkbook();
        var dateStyle = book.CreateCellStyle();
        dateStyle.DataFormat = book.CreateDataFormat().GetFormat("dd/mm/yyyy");
        for (var index = 0; index < workbook.Sheets.Length; index++)
        {
            var spec = workbook.Sheets[index];
            var sheet = book.CreateSheet(spec.Name);
            if (spec.Hidden)
            {
                book.SetSheetHidden(index, SheetState.Hidden);
            }

            for (var row = 0; row < spec.Rows.Length; row++)
            {
                if (spec.Rows[row] is not { } cells)
                {
                    continue;
                }

                var sheetRow = sheet.CreateRow(row);
                for (var column = 0; column < cells.Length; column++)
                {
                    switch (cells[column])
                    {
                        case string text:
                            sheetRow.CreateCell(column).SetCellValue(text);
                            break;
                        case double number:
                            sheetRow.CreateCell(column).SetCellValue(number);
                            break;
                        case int number:
                            sheetRow.CreateCell(column).SetCellValue(number);
                            break;
                        case DateTime date:
                            var cell = sheetRow.CreateCell(column);
                            cell.SetCellValue(date);
                            cell.CellStyle = dateStyle;
                            break;
                        case ErrorCell:
                            sheetRow.CreateCell(column).SetCellErrorValue((byte)FormulaError.REF.Code);
                            break;
                    }
                }
            }
        }

        var stream = new MemoryStream();
        book.Write(stream);
        return new MemoryStream(stream.ToArray());
    }

    /// <summary>The first sheet as Excel's "CSV" save writes it: cells as displayed, errors as their text, quotes where needed.</summary>
    public static MemoryStream Csv(WorkbookSpec workbook, Encoding encoding, char delimiter, bool byteOrderMark)
    {
        var text = new StringBuilder();
        foreach (var row in workbook.Sheets[0].Rows)
        {
            text.AppendJoin(delimiter, (row ?? []).Select(cell => Field(cell, delimiter))).Append("\r\n");
        }

        var bytes = encoding.GetBytes(text.ToString());
        return new MemoryStream(byteOrderMark ? [.. encoding.GetPreamble(), .. bytes] : bytes);
    }

    private static string Field(object? cell, char delimiter)
    {
        var text = cell switch
        {
            null => "",
            DateTime date => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
            double number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ErrorCell { Code: null } => "0",
            _ => cell.ToString() ?? "",
        };
        return text.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
