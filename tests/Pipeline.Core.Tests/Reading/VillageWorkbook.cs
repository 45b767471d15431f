using ClosedXML.Excel;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Builds the kind of workbook a desa office sends: merged title rows, header on row 4, a column-numbering row,
/// numeric NIK cells, real date cells, a blank row in the middle and a signature footer.
/// </summary>
internal static class VillageWorkbook
{
    public static readonly string[] Header = ["No.", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Desa/Kel", "Pekerjaan", "No. HP"];

    public static MemoryStream Typical(bool withEmptySheetFirst = false)
    {
        using var workbook = new XLWorkbook();
        if (withEmptySheetFirst)
        {
            workbook.AddWorksheet("Petunjuk");
        }

        var sheet = workbook.AddWorksheet("Data");
        sheet.Cell(1, 1).Value = "DAFTAR PEKERJA RENTAN DESA SUKARAME";
        sheet.Range(1, 1, 1, 9).Merge();
        sheet.Cell(2, 1).Value = "TAHUN 2025";
        sheet.Range(2, 1, 2, 9).Merge();
        WriteRow(sheet, 4, Header);
        WriteRow(sheet, 5, Enumerable.Range(1, 9).Select(i => (object)i).ToArray());
        WriteRow(sheet, 6, 1, "1223014506800001", "SITI AISYAH SIREGAR", "Aek Kanopan", new DateTime(1980, 6, 5), "P", "Sukarame", "Petani", "081234567890");
        WriteRow(sheet, 7, 2, 1223011203750002d, "Mhd. Rizky Harahap", "Rantauprapat", "12-03-1975", "L", "Sukarame", "Buruh harian", "");
        WriteRow(sheet, 9, 3, "1223 0102 0190 0003", "WAGIMAN", "Kisaran", new DateTime(1990, 1, 2), "Laki-laki", "Sukarame", "Nelayan", "+6281311112222");
        WriteRow(sheet, 10, 4, "", "", "", "", "", "", "", "");
        WriteRow(sheet, 11, 5, "", "Hj. Rosmawati Lubis", "", "", "P", "", "Pedagang", "");
        sheet.Cell(13, 6).Value = "Aek Kanopan, 12 November 2025";
        sheet.Cell(14, 6).Value = "Kepala Desa Sukarame";
        sheet.Cell(17, 6).Value = "( SUTRISNO )";
        sheet.Cell(18, 6).Value = "NIP. 197001011990031001";
        return Save(workbook);
    }

    public static MemoryStream FromRows(params object?[][] rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Sheet1");
        for (var row = 0; row < rows.Length; row++)
        {
            WriteRow(sheet, row + 1, rows[row]);
        }

        return Save(workbook);
    }

    public static MemoryStream EmptySheets()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Sheet1");
        workbook.AddWorksheet("Sheet2");
        return Save(workbook);
    }

    public static void WriteRow(IXLWorksheet sheet, int row, params object?[] values)
    {
        for (var column = 0; column < values.Length; column++)
        {
            var cell = sheet.Cell(row, column + 1);
            switch (values[column])
            {
                case null:
                    break;
                case string text:
                    cell.SetValue(text);
                    cell.DataType = XLDataType.Text;
                    break;
                case DateTime date:
                    cell.SetValue(date);
                    cell.Style.DateFormat.Format = "dd/mm/yyyy";
                    break;
                case double number:
                    cell.SetValue(number);
                    break;
                case int number:
                    cell.SetValue(number);
                    break;
                default:
                    cell.SetValue(values[column]!.ToString());
                    break;
            }
        }
    }

    private static MemoryStream Save(XLWorkbook workbook)
    {
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }
}
