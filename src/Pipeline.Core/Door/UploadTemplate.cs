using ClosedXML.Excel;
using Pipeline.Core.Model;

namespace Pipeline.Core.Door;

/// <summary>
/// The "Templat daftar" a desa downloads from its page: a sheet <see cref="ListSheet"/> with the columns the reader
/// knows by their usual names, NIK, No KK and No HP formatted as Text (so Excel keeps all 16 digits and the leading
/// 0), short instructions on <see cref="InstructionsSheet"/>, and an example row on <see cref="ExampleSheet"/>.
/// </summary>
/// <remarks>
/// <para>ClosedXML, as for the weekly summary: a few styled cells built in memory, where its convenience (data
/// validation, column styles, print setup) is worth more than streaming.</para>
/// <para>The example row is written down the sheet (column, example, how to fill it), not across: laid out across
/// under the same header, the reader would take it for a second list (every result would carry a "another sheet
/// also holds a list" notice, and an empty template sent back would enrol the example person). Down the sheet it
/// also reads on a phone without scrolling sideways.</para>
/// </remarks>
public static class UploadTemplate
{
    public const string ListSheet = "Daftar";
    public const string InstructionsSheet = "Petunjuk";
    public const string ExampleSheet = "Contoh";

    /// <summary>The header, in the order officials fill it; every phrase is one the reader recognises.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Jenis Kelamin", "No KK", "Alamat", "No HP", "Pekerjaan"];

    /// <summary>Sheet row of the header; the data starts on the next.</summary>
    public const int HeaderRow = 3;

    /// <summary>Rows below the header given the Text format and the L/P choice cell by cell (the column style covers the rest).</summary>
    private const int PreparedRows = 500;

    private static readonly string[] TextColumns = ["NIK", "No KK", "No HP"];

    /// <summary>One person as a careful official writes them, with how to fill each column.</summary>
    private static readonly (string Example, string HowTo)[] Example =
    [
        ("1", "Nomor urut."),
        ("1223011203800001", "16 angka sesuai KTP/KK. Kolom ini berformat Teks, jadi angka tidak berubah."),
        ("BUDI SIREGAR", "Sesuai KTP; gelar boleh ditulis atau tidak."),
        ("Aek Kanopan", "Kota atau desa tempat lahir."),
        ("12-03-1980", "Tanggal-bulan-tahun."),
        ("L", "L (laki-laki) atau P (perempuan)."),
        ("1223010101800001", "16 angka sesuai Kartu Keluarga; boleh kosong."),
        ("Dusun I", "Dusun atau alamat singkat."),
        ("081234567890", "Nomor HP aktif; boleh kosong."),
        ("Petani", "Pekerjaan utama: petani, nelayan, penyadap karet, buruh harian, pedagang kecil …"),
    ];

    private static readonly int[] Widths = [5, 20, 28, 16, 14, 14, 20, 24, 16, 18];

    /// <summary>The template for one desa (its name in the title), with the age rule in the instructions.</summary>
    public static void Write(Stream output, string desaName, string kecamatanName, ValidationOptions rules)
    {
        using var workbook = new XLWorkbook();
        var list = workbook.AddWorksheet(ListSheet);
        Header(list, $"DAFTAR PEKERJA RENTAN DESA {desaName.ToUpperInvariant()}, KECAMATAN {kecamatanName.ToUpperInvariant()}");
        list.SheetView.FreezeRows(HeaderRow);
        list.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        list.PageSetup.FitToPages(1, 0);
        list.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
        Instructions(workbook.AddWorksheet(InstructionsSheet), rules);
        ExampleRow(workbook.AddWorksheet(ExampleSheet));
        list.SetTabActive();
        workbook.SaveAs(output);
    }

    /// <summary>The example row, one column per line: the column's name as on the list, the example, how to fill it.</summary>
    private static void ExampleRow(IXLWorksheet sheet)
    {
        sheet.Cell(1, 1).SetValue($"Contoh pengisian satu baris (satu orang) di lembar {ListSheet}").Style.Font.SetBold(true).Font.SetFontSize(13);
        string[] headings = ["Kolom", "Contoh isian", "Cara mengisi"];
        for (var c = 0; c < headings.Length; c++)
        {
            sheet.Cell(HeaderRow, c + 1).SetValue(headings[c]).Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"));
        }

        for (var i = 0; i < Example.Length; i++)
        {
            sheet.Cell(HeaderRow + 1 + i, 1).SetValue(Columns[i]).Style.Font.SetBold(true);
            var example = sheet.Cell(HeaderRow + 1 + i, 2);
            example.Style.NumberFormat.Format = "@";
            example.SetValue(Example[i].Example);
            example.DataType = XLDataType.Text;
            sheet.Cell(HeaderRow + 1 + i, 3).SetValue(Example[i].HowTo);
        }

        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 20;
        sheet.Column(3).Width = 70;
        sheet.Column(3).Style.Alignment.SetWrapText(true);
    }

    /// <summary>Title, header, widths and formats, the same on the list and the example sheet.</summary>
    private static void Header(IXLWorksheet sheet, string title)
    {
        sheet.Cell(1, 1).SetValue(title).Style.Font.SetBold(true).Font.SetFontSize(13);
        for (var c = 0; c < Columns.Count; c++)
        {
            var column = c + 1;
            var header = sheet.Cell(HeaderRow, column).SetValue(Columns[c]);
            header.Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"))
                .Border.SetOutsideBorder(XLBorderStyleValues.Thin).Alignment.SetWrapText(true);
            sheet.Column(column).Width = Widths[c];
            var body = sheet.Range(HeaderRow + 1, column, HeaderRow + PreparedRows, column);
            if (TextColumns.Contains(Columns[c]))
            {
                sheet.Column(column).Style.NumberFormat.Format = "@";
                body.Style.NumberFormat.Format = "@";
            }
            else if (Columns[c] == "Tanggal Lahir")
            {
                sheet.Column(column).Style.NumberFormat.Format = "dd-mm-yyyy";
                body.Style.NumberFormat.Format = "dd-mm-yyyy";
            }
            else if (Columns[c] == "Jenis Kelamin")
            {
                var choice = body.SetDataValidation();
                choice.List("\"L,P\"", true);
                choice.ErrorTitle = "Jenis kelamin";
                choice.ErrorMessage = "Tulis L (laki-laki) atau P (perempuan).";
            }
        }
    }

    private static void Instructions(IXLWorksheet sheet, ValidationOptions rules)
    {
        string[] lines =
        [
            "Cara mengisi daftar pekerja rentan",
            "",
            $"1. Tulis satu orang per baris di lembar \"{ListSheet}\", mulai baris {HeaderRow + 1}. Jangan mengubah judul kolom di baris {HeaderRow}.",
            "2. NIK dan No KK: 16 angka persis seperti di KTP dan Kartu Keluarga. Kolomnya sudah berformat Teks, jadi angka tidak berubah.",
            "3. Nama Lengkap: sesuai KTP; gelar boleh ditulis atau tidak.",
            "4. Tanggal Lahir: tanggal-bulan-tahun, contoh 12-03-1980.",
            "5. Jenis Kelamin: L (laki-laki) atau P (perempuan).",
            "6. No HP: nomor seluler aktif, contoh 081234567890 (boleh kosong).",
            "7. Pekerjaan: misalnya petani, nelayan, penyadap karet, buruh harian, pedagang kecil.",
            $"8. Syarat umur peserta: {rules.MinAge} tahun sampai di bawah {rules.MaxAgeExclusive} tahun.",
            $"9. Lihat contoh satu baris yang sudah diisi di lembar \"{ExampleSheet}\".",
            "10. Simpan berkas (.xlsx), lalu kirim melalui halaman tautan desa. Hasil pemeriksaan tiap baris muncul dalam beberapa menit.",
            "11. Bila ada baris yang ditolak, perbaiki di berkas yang sama lalu kirim lagi dengan nama berkas yang sama: daftar lama diganti.",
        ];
        for (var i = 0; i < lines.Length; i++)
        {
            sheet.Cell(i + 1, 1).SetValue(lines[i]);
        }

        sheet.Cell(1, 1).Style.Font.SetBold(true).Font.SetFontSize(13);
        sheet.Column(1).Width = 110;
        sheet.Column(1).Style.Alignment.SetWrapText(true);
    }
}
