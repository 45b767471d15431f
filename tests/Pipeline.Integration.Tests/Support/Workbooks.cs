using ClosedXML.Excel;

namespace Pipeline.Integration.Tests.Support;

/// <summary>Small village lists built in the test, so each test shows the data it depends on.</summary>
public static class Workbooks
{
    public static readonly string[] Header = ["No", "NIK", "Nama Lengkap", "Tanggal Lahir", "Jenis Kelamin", "Desa", "Pekerjaan", "No HP"];

    /// <summary>A title row, a blank row, the header on row 3, then the rows (data starts on sheet row 4).</summary>
    public static byte[] VillageList(params object?[][] rows) => VillageListOnSheets(("Daftar", rows));

    /// <summary>One list kept on several sheets of the same template (one per dusun), the sheets in this order.</summary>
    public static byte[] VillageListOnSheets(params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var (name, rows) in sheets)
        {
            var sheet = workbook.AddWorksheet(name);
            sheet.Cell(1, 1).SetValue("DAFTAR PEKERJA RENTAN DESA AEK KANOPAN TAHUN 2025");
            for (var c = 0; c < Header.Length; c++)
            {
                sheet.Cell(3, c + 1).SetValue(Header[c]);
            }

            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var cell = sheet.Cell(4 + r, c + 1);
                    switch (rows[r][c])
                    {
                        case null: break;
                        case double d: cell.SetValue(d); break;
                        case int i: cell.SetValue(i); break;
                        case DateTime dt: cell.SetValue(dt); break;
                        case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
                    }
                }
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A row of a worker: NIK as text, as a careful official types it.</summary>
    public static object?[] Worker(int no, string nik, string name, string birthDate, string sex, string desa = "Aek Kanopan", string job = "Petani", string phone = "081234567890") =>
        [no, nik, name, birthDate, sex, desa, job, phone];

    public static XLWorkbook Open(byte[] content) => new(new MemoryStream(content));
}
