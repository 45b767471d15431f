using System.Text;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class CsvReadingTests
{
    static CsvReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string?[][] Table =
    [
        ["DAFTAR PEKERJA RENTAN DESA PULO JANTAN", null, null, null, null],
        [null, null, null, null, null],
        ["No", "NIK", "Nama", "Tempat, Tgl Lahir", "Alamat"],
        ["1", "1223064506800001", "Siti Sitorus", "Tanjung Leidong, 05-06-1980", "Dusun Café"],
        ["2", "1223061203750002", "Rahmat \"Ucok\" Ritonga", "Aek Kota Batu, 12-03-1975", "Jl. Lintas\nGang 2"],
        [null, null, null, null, null],
        ["3", "1223060101900003", "Wagiman", "Kisaran, 01-01-1990", "Pulo Jantan"],
    ];

    private static readonly string Semicolon = Write(';');

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8", "semicolon" },
        { "utf-8-bom", "semicolon" },
        { "utf-16le", "semicolon" },
        { "utf-16be", "semicolon" },
        { "windows-1252", "semicolon" },
        { "utf-8", "comma" },
        { "utf-8-bom", "tab" },
        { "windows-1252", "comma" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Csv_variants_read_the_same_rows(string encodingName, string delimiterName)
    {
        var text = delimiterName switch
        {
            "comma" => ToDelimiter(','),
            "tab" => ToDelimiter('\t'),
            _ => Semicolon,
        };

        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encode(text, encodingName)), "data.csv", HeaderVocabulary.WorkerList);
        var rows = sheet.Rows.ToList();
        var layout = sheet.Layout;

        Assert.Equal(3, layout.HeaderRow);
        Assert.Equal("data", layout.SheetName);
        Assert.Equal(3, layout.FieldColumns[Field.BirthPlaceAndDate]);
        Assert.Equal([4, 5, 7], rows.Select(r => r.RowNumber));
        Assert.Equal("Tanjung Leidong, 05-06-1980", rows[0].Get(layout, Field.BirthPlaceAndDate));
        Assert.Equal("Dusun Café", rows[0].Get(layout, Field.Address));
        Assert.Equal("Rahmat \"Ucok\" Ritonga", rows[1].Get(layout, Field.Name));
        Assert.Equal("Jl. Lintas\nGang 2", rows[1].Get(layout, Field.Address));
        Assert.All(rows.SelectMany(r => r.Cells), cell => Assert.True(cell is null or string));
    }

    [Fact]
    public void Non_seekable_csv_is_read()
    {
        var content = new NonSeekableStream(new MemoryStream(Encode(Semicolon, "windows-1252")));

        using var sheet = SpreadsheetReader.Open(content, "data.csv", HeaderVocabulary.WorkerList);

        Assert.Equal(3, sheet.Rows.Count());
    }

    [Fact]
    public void Participant_register_is_read_with_its_own_vocabulary()
    {
        const string register = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n" +
                                "25012345678;1223014506800001;SITI AISYAH SIREGAR;05-06-1980;AKTIF\n";

        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(register)), "peserta.csv", HeaderVocabulary.ParticipantRegister);
        var row = Assert.Single(sheet.Rows);

        Assert.Equal("25012345678", row.Get(sheet.Layout, Field.Kpj));
        Assert.Equal("AKTIF", row.Get(sheet.Layout, Field.MembershipStatus));
        Assert.Equal("05-06-1980", row.Get(sheet.Layout, Field.BirthDate));
        Assert.Equal(2, row.RowNumber);
    }

    [Theory]
    [InlineData("NIK,Nama,Desa\n1,2,3\n1223010101800001,Sri,Sukarame\n", 3)]
    [InlineData("NIK;Nama;Desa\r\n(1);(2);(3)\r\n1223010101800001;Sri;Sukarame\r\n", 3)]
    [InlineData("NIK;Nama;Desa\r\n;;\r\n1;2;3\r\n1223010101800001;Sri;Sukarame", 4)]
    [InlineData("\"NIK\";\"Nama\"\r\n\"1223010101800001\";\"Sri\"", 2)]
    [InlineData("NIK\tNama\r1223010101800001\tSri\r", 2)]
    public void Numbering_rows_and_line_endings_do_not_shift_row_numbers(string csv, int expectedRow)
    {
        using var sheet = SpreadsheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "x.csv", HeaderVocabulary.WorkerList);

        var row = Assert.Single(sheet.Rows);
        Assert.Equal(expectedRow, row.RowNumber);
        Assert.Equal("1223010101800001", row.Get(sheet.Layout, Field.Nik));
    }

    private static string ToDelimiter(char delimiter) => Write(delimiter);

    /// <summary>Quotes only where Excel would: fields holding the delimiter, a quote or a line break.</summary>
    private static string Write(char delimiter) => string.Concat(Table.Select(row => string.Join(delimiter, row.Select(field =>
        field is not null && field.IndexOfAny([delimiter, '"', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field)) + "\r\n"));

    private static byte[] Encode(string text, string encodingName) => encodingName switch
    {
        "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
        _ => Encoding.UTF8.GetBytes(text),
    };
}
