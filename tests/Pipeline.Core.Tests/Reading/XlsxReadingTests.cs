using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public sealed class XlsxReadingTests
{
    public static TheoryData<bool, bool> Variants => new()
    {
        { false, false },
        { true, false },
        { false, true },
        { true, true },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Typical_village_workbook_yields_only_people_with_real_row_numbers_skipping_a_row_holding_only_its_number(bool emptySheetFirst, bool nonSeekable)
    {
        Stream content = VillageWorkbook.Typical(emptySheetFirst);
        if (nonSeekable)
        {
            content = new NonSeekableStream(content);
        }

        using var sheet = SpreadsheetReader.Open(content, "daftar.xlsx", HeaderVocabulary.WorkerList);
        var rows = sheet.Rows.ToList();

        Assert.Equal("Data", sheet.Layout.SheetName);
        Assert.Equal(4, sheet.Layout.HeaderRow);
        Assert.Equal([6, 7, 9, 11], rows.Select(r => r.RowNumber));
    }

    [Theory]
    [InlineData(Field.RowNumber, 0)]
    [InlineData(Field.Nik, 1)]
    [InlineData(Field.Name, 2)]
    [InlineData(Field.BirthPlace, 3)]
    [InlineData(Field.BirthDate, 4)]
    [InlineData(Field.Sex, 5)]
    [InlineData(Field.Desa, 6)]
    [InlineData(Field.Occupation, 7)]
    [InlineData(Field.Phone, 8)]
    public void Header_columns_map_to_fields(Field field, int expectedColumn)
    {
        using var sheet = SpreadsheetReader.Open(VillageWorkbook.Typical(), "daftar.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal(expectedColumn, sheet.Layout.FieldColumns[field]);
        Assert.Equal(VillageWorkbook.Header[expectedColumn], sheet.Layout.ColumnNames[expectedColumn]);
    }

    [Fact]
    public void Cells_keep_their_types()
    {
        using var sheet = SpreadsheetReader.Open(VillageWorkbook.Typical(), "daftar.xlsx", HeaderVocabulary.WorkerList);
        var rows = sheet.Rows.ToDictionary(r => r.RowNumber);
        var layout = sheet.Layout;

        Assert.Equal("1223014506800001", rows[6].Get(layout, Field.Nik));
        Assert.Equal(new DateTime(1980, 6, 5), rows[6].Get(layout, Field.BirthDate));
        Assert.Equal(1d, rows[6].Get(layout, Field.RowNumber));
        var numericNik = Assert.IsType<double>(rows[7].Get(layout, Field.Nik));
        Assert.InRange(numericNik, 1223011203750000d - 10, 1223011203750002d + 10);
        Assert.Equal("12-03-1975", rows[7].Get(layout, Field.BirthDate));
        Assert.Null(rows[11].Get(layout, Field.Nik));
        Assert.Equal("Hj. Rosmawati Lubis", rows[11].Get(layout, Field.Name));
    }

    [Fact]
    public void Leading_empty_rows_are_counted()
    {
        var content = VillageWorkbook.FromRows(
            [null], [null], [null],
            ["NIK", "Nama"],
            ["1223010101800001", "Sri Wahyuni"],
            [null],
            ["1223010101800002", "Sutrisno"]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal(4, sheet.Layout.HeaderRow);
        Assert.Equal([5, 7], sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Pre_numbered_template_rows_without_people_are_skipped()
    {
        var content = VillageWorkbook.FromRows(
            ["No", "NIK", "Nama"],
            [1, "1223010101800001", "Sri Wahyuni"],
            [2, null, null],
            [3, null, null]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal([2], sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void The_header_repeated_further_down_is_skipped_and_the_rows_below_it_are_read()
    {
        var content = VillageWorkbook.FromRows(
            ["No", "NIK", "Nama", "Tanggal Lahir"],
            [1, "1223010101800001", "Sri Wahyuni", "01-01-1980"],
            ["No", "NIK", "Nama", "Tanggal Lahir"],
            [2, "1223010101800002", "Budi Siregar", "01-01-1980"]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal([2, 4], sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void A_row_of_one_header_word_is_still_data()
    {
        var content = VillageWorkbook.FromRows(
            ["NIK", "Nama", "Pekerjaan"],
            ["1223010101800001", "Sri Wahyuni", "Petani"],
            [null, "Nama", null]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal([2, 3], sheet.Rows.Select(r => r.RowNumber));
    }

    [Theory]
    [InlineData("Mengetahui,")]
    [InlineData("Kepala Desa Pulo Dogom")]
    [InlineData("Aek Kanopan, 12 November 2025")]
    [InlineData("Aek Kanopan, 12-11-2025")]
    [InlineData("Jumlah")]
    [InlineData("TOTAL")]
    [InlineData("( MUHAMMAD YUSUF )")]
    [InlineData("NIP. 19700101")]
    [InlineData("An. Kepala Desa")]
    public void Footer_line_in_name_column_ends_the_data(string footer)
    {
        var content = VillageWorkbook.FromRows(
            ["NIK", "Nama"],
            ["1223010101800001", "Sri Wahyuni"],
            [null, footer],
            ["1223010101800002", "Not read: below the footer"]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal([2], sheet.Rows.Select(r => r.RowNumber));
    }

    [Theory]
    [InlineData("Siti Nurhaliza Daulay")]
    [InlineData("Mhd. Jumadi")]
    [InlineData("Hj. Nurjannah, S.Pd")]
    public void Row_with_name_but_no_nik_is_data(string name)
    {
        var content = VillageWorkbook.FromRows(["NIK", "Nama"], ["1223010101800001", "Sri Wahyuni"], [null, name]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal([2, 3], sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Row_with_a_nik_is_data_even_when_it_looks_like_a_footer()
    {
        var content = VillageWorkbook.FromRows(["NIK", "Nama"], ["1223010101800001", "Jumlah"]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Single(sheet.Rows);
    }

    [Fact]
    public void Sheet_with_the_richest_header_wins()
    {
        using var workbook = new ClosedXML.Excel.XLWorkbook();
        VillageWorkbook.WriteRow(workbook.AddWorksheet("Rekap"), 1, "NIK", "Nama");
        VillageWorkbook.WriteRow(workbook.Worksheet("Rekap"), 2, "1", "x");
        var data = workbook.AddWorksheet("Data");
        VillageWorkbook.WriteRow(data, 1, "NIK", "Nama", "Tgl Lahir", "JK");
        VillageWorkbook.WriteRow(data, 2, "1223010101800001", "Sri Wahyuni", "01-01-1980", "P");
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        using var sheet = SpreadsheetReader.Open(stream, "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal("Data", sheet.Layout.SheetName);
        Assert.Equal(4, sheet.Layout.FieldColumns.Count);
    }

    [Fact]
    public void Header_found_below_thirty_rows_is_not_looked_for()
    {
        var rows = Enumerable.Range(0, 30).Select(i => new object?[] { $"catatan {i}" })
            .Append(["NIK", "Nama"]).Append(["1223010101800001", "Sri"]).ToArray();

        var rejection = Assert.Throws<FileRejectedException>(() =>
            SpreadsheetReader.Open(VillageWorkbook.FromRows(rows), "x.xlsx", HeaderVocabulary.WorkerList));

        Assert.Equal(IssueCatalog.FileNoHeader, rejection.Problem);
    }

    [Fact]
    public void Rows_stream_lazily_after_open()
    {
        var rows = new List<object?[]> { new object?[] { "NIK", "Nama" } };
        rows.AddRange(Enumerable.Range(1, 500).Select(i => new object?[] { $"12230101018{i:00000}", $"Orang {i}" }));

        using var sheet = SpreadsheetReader.Open(VillageWorkbook.FromRows(rows.ToArray()), "x.xlsx", HeaderVocabulary.WorkerList);

        Assert.Equal(Enumerable.Range(2, 500), sheet.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void Two_row_header_with_merged_birth_column_maps_the_sub_columns()
    {
        var content = VillageWorkbook.FromRows(
            ["DAFTAR PEKERJA RENTAN"],
            ["No", "NIK", "Nama", "Tempat/Tgl Lahir", null, "Alamat"],
            [null, null, null, "Tempat", "Tgl Lahir", null],
            [1, 2, 3, 4, 5, 6],
            [1, "1223010101800001", "Sri Wahyuni", "Kisaran", new DateTime(1980, 1, 1), "Aek Kanopan"]);

        using var sheet = SpreadsheetReader.Open(content, "x.xlsx", HeaderVocabulary.WorkerList);
        var row = Assert.Single(sheet.Rows);

        Assert.Equal(2, sheet.Layout.HeaderRow);
        Assert.False(sheet.Layout.Has(Field.BirthPlaceAndDate));
        Assert.Equal(3, sheet.Layout.FieldColumns[Field.BirthPlace]);
        Assert.Equal(4, sheet.Layout.FieldColumns[Field.BirthDate]);
        Assert.Equal("Tgl Lahir", sheet.Layout.ColumnNames[4]);
        Assert.Equal(5, row.RowNumber);
        Assert.Equal(new DateTime(1980, 1, 1), row.Get(sheet.Layout, Field.BirthDate));
    }
}
