using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Tests.Validation;

namespace Pipeline.Core.Tests.Reading.Formats;

/// <summary>
/// One reading suite, run over every format (Sylvan style: each format is a subclass that only says how a
/// <see cref="WorkbookSpec"/> is written). The assertions are the same for .xlsx, Strict .xlsx, .xls, .ods and CSV in
/// several encodings, and go through the normaliser, so "behaves the same" means the same people, rows and issues.
/// </summary>
public abstract class ReadingSuite
{
    private const string SitiNik = "1223014506800001";
    private const string RizkyNik = "1223011203750002";

    protected abstract MemoryStream Write(WorkbookSpec workbook);

    protected virtual string FileName => "daftar";

    /// <summary>False for CSV: one sheet only.</summary>
    protected virtual bool HasSheets => true;

    /// <summary>False for .xls: ExcelDataReader 3.6 reads error cells as empty.</summary>
    protected virtual bool KeepsErrorCells => true;

    /// <summary>False for Windows-1252 CSV, which cannot hold full-width digits or zero-width characters.</summary>
    protected virtual bool KeepsAnyCharacter => true;

    private static readonly object?[] Header = ["No.", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl. Lahir", "L/P", "Desa/Kel", "No. HP"];

    [Fact]
    public void Typical_list_yields_its_people_with_real_row_numbers()
    {
        var workbook = WorkbookSpec.Single(
            ["DAFTAR PEKERJA RENTAN DESA SUKARAME"],
            ["TAHUN 2025"],
            null,
            Header,
            [1d, 2d, 3d, 4d, 5d, 6d, 7d, 8d],
            [1d, SitiNik, "SITI AISYAH SIREGAR", "Aek Kanopan", new DateTime(1980, 6, 5), "P", "Sukarame", "081234567890"],
            [2d, RizkyNik, "Mhd. Rizky Harahap", "Rantauprapat", "12-03-1975", "L", "Sukarame", null],
            null,
            [3d, "1223 0102 0190 0003", "WAGIMAN", "Kisaran", new DateTime(1990, 1, 2), "Laki-laki", "Sukarame", "+6281311112222"],
            [4d],
            [5d, null, "Hj. Rosmawati Lubis", null, null, "P", null, null],
            null,
            [null, null, null, null, null, "Aek Kanopan, 12 November 2025"],
            [null, null, null, null, null, "Kepala Desa Sukarame"]);

        using var sheet = Open(workbook);
        var rows = sheet.Rows.ToList();
        var records = rows.Select(r => Normalize(r, sheet.Layout)).ToList();

        Assert.Equal(4, sheet.Layout.HeaderRow);
        Assert.Equal([6, 7, 9, 11], rows.Select(r => r.RowNumber));
        Assert.Equal([SitiNik, RizkyNik, "1223010201900003", null], records.Select(r => r.Nik));
        Assert.Equal(["SITI AISYAH SIREGAR", "MHD. RIZKY HARAHAP", "WAGIMAN", "ROSMAWATI LUBIS"], records.Select(r => r.Name));
        Assert.Equal(new DateOnly(1980, 6, 5), records[0].BirthDate);
        Assert.Equal(new DateOnly(1975, 3, 12), records[1].BirthDate);
        Assert.Equal("+6281234567890", records[0].Phone);
        Assert.Equal(["NIK_MISSING", "BIRTHDATE_MISSING"], records[3].Issues.Where(i => i.Severity == Severity.Error).Select(i => i.Code));
        Assert.Empty(sheet.Notices);
    }

    [Fact]
    public void Instructions_sheet_with_an_example_row_loses_to_the_list_and_is_named()
    {
        if (!HasSheets)
        {
            return;
        }

        var example = new SheetSpec("Petunjuk", [["Isi daftar seperti contoh berikut"], ["NIK", "Nama", "Tgl Lahir", "JK", "Desa"], [SitiNik, "CONTOH NAMA", "05-06-1980", "P", "Sukarame"]]);
        var list = new SheetSpec("Data", [["NIK", "Nama"], .. People(20)]);

        using var sheet = Open(new WorkbookSpec(example, list));

        Assert.Equal("Data", sheet.Layout.SheetName);
        Assert.Equal(20, sheet.Rows.Count());
        var notice = Assert.Single(sheet.Notices);
        Assert.Equal("SHEET_CHOSEN", notice.Code);
        Assert.Contains("\"Data\"", notice.Message);
        Assert.Contains("\"Petunjuk\"", notice.Message);
    }

    [Fact]
    public void A_list_kept_one_sheet_per_dusun_is_read_from_every_sheet_of_the_same_template()
    {
        if (!HasSheets)
        {
            return;
        }

        object?[] header = ["No", "NIK", "Nama"];
        var dusunI = new SheetSpec("Dusun I", [["DUSUN I"], header, .. Numbered(People(3))]);
        var example = new SheetSpec("Contoh Isian", [header, .. Numbered(People(1))]);
        var dusunII = new SheetSpec("Dusun II", [header, .. Numbered(People(5)[3..])]);
        var other = new SheetSpec("Rekap", [["Desa", "Jumlah"], ["Sukarame", 5d]]);

        using var sheet = Open(new WorkbookSpec(dusunI, example, dusunII, other));
        var rows = sheet.Rows.ToList();

        Assert.True(sheet.Layout.IsCombined);
        Assert.Equal([3, 4, 5, SheetRows.Combine(2, 2), SheetRows.Combine(2, 3)], rows.Select(r => r.RowNumber));
        Assert.Equal(5, rows.Select(r => Normalize(r, sheet.Layout).Nik).Distinct().Count());
        Assert.Equal("2 (Dusun II)", sheet.Layout.RowShown(rows[3].RowNumber));
        Assert.Equal("3 (Dusun I)", sheet.Layout.RowShown(rows[0].RowNumber));
        Assert.Equal("2 lembar ke-3", SheetRows.Label(rows[3].RowNumber));
        var combined = Assert.Single(sheet.Notices, n => n.Code == "SHEETS_COMBINED");
        Assert.Contains("\"Dusun I\" (lembar ke-1), \"Dusun II\" (lembar ke-3)", combined.Message);
        var chosen = Assert.Single(sheet.Notices, n => n.Code == "SHEET_CHOSEN");
        Assert.Contains("\"Contoh Isian\"", chosen.Message);
    }

    [Fact]
    public void Sheets_combined_keep_their_split_sex_and_birth_date_columns()
    {
        if (!HasSheets)
        {
            return;
        }

        object?[] header = ["No", "NIK", "Nama", "Jenis Kelamin", null, "Tanggal Lahir", null, null];
        object?[] sub = [null, null, null, "L", "P", "Tgl", "Bln", "Thn"];
        var first = new SheetSpec("Dusun I", [header, sub, [1d, SitiNik, "Siti Aisyah", null, "v", 5d, 6d, 1980d]]);
        var second = new SheetSpec("Dusun II", [header, sub, [1d, RizkyNik, "Rizky Harahap", "v", null, 12d, 3d, 1975d]]);

        using var sheet = Open(new WorkbookSpec(first, second));
        var records = sheet.Rows.Select(r => Normalize(r, sheet.Layout)).ToList();

        Assert.True(sheet.Layout.IsCombined);
        Assert.Equal([Sex.P, Sex.L], records.Select(r => r.Sex));
        Assert.Equal([new DateOnly(1980, 6, 5), new DateOnly(1975, 3, 12)], records.Select(r => r.BirthDate));
        Assert.All(records, r => Assert.Empty(r.Issues));
    }

    [Fact]
    public void Sheets_of_different_templates_are_not_combined()
    {
        if (!HasSheets)
        {
            return;
        }

        var list = new SheetSpec("Data", [["NIK", "Nama"], .. People(4)]);
        var moved = new SheetSpec("Tambahan", [["Nama", "NIK"], .. People(2).Select(p => new[] { p[1], p[0] }).ToArray()]);

        using var sheet = Open(new WorkbookSpec(list, moved));

        Assert.False(sheet.Layout.IsCombined);
        Assert.Equal(4, sheet.Rows.Count());
        Assert.Equal(["SHEET_CHOSEN"], sheet.Notices.Select(n => n.Code));
    }

    [Fact]
    public void A_bill_on_two_sheets_of_one_template_is_still_read_from_one()
    {
        if (!HasSheets)
        {
            return;
        }

        object?[] header = ["NIK", "KPJ", "Nama", "Iuran"];
        object?[] Bill(int i) => [$"12230145068{i:00000}", $"2501{i:0000000}", "Orang", 16800d];
        var first = new SheetSpec("Tagihan 1", [header, Bill(1), Bill(2), Bill(3)]);
        var second = new SheetSpec("Tagihan 2", [header, Bill(4)]);

        using var sheet = SpreadsheetReader.Open(Write(new WorkbookSpec(first, second)), FileName, HeaderVocabulary.Bill, ReadingOptions.Default);

        Assert.False(sheet.Layout.IsCombined);
        Assert.Equal([2, 3, 4], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal(["SHEET_CHOSEN"], sheet.Notices.Select(n => n.Code));
    }

    [Fact]
    public void Sheets_together_over_the_row_limit_are_rejected_before_any_row()
    {
        if (!HasSheets)
        {
            return;
        }

        var first = new SheetSpec("Dusun I", [["NIK", "Nama"], .. People(3)]);
        var second = new SheetSpec("Dusun II", [["NIK", "Nama"], .. People(3)]);

        var rejection = Assert.Throws<FileRejectedException>(() => Open(new WorkbookSpec(first, second), new ReadingOptions { MaxDataRows = 5 }));

        Assert.Equal(IssueCatalog.FileTooManyRows, rejection.Problem);
    }

    [Fact]
    public void Hidden_old_sheet_with_more_columns_and_rows_loses_to_the_visible_list()
    {
        if (!HasSheets)
        {
            return;
        }

        var old = new SheetSpec("Lama", [["NIK", "Nama", "Tgl Lahir", "JK", "Desa", "Pekerjaan"], .. People(30, extraColumns: 4)], Hidden: true);
        var list = new SheetSpec("Baru", [["NIK", "Nama"], .. People(5)]);

        using var sheet = Open(new WorkbookSpec(old, list));

        Assert.Equal("Baru", sheet.Layout.SheetName);
        Assert.Equal(5, sheet.Rows.Count());
        Assert.Contains("\"Lama\"", Assert.Single(sheet.Notices).Message);
    }

    [Fact]
    public void A_list_on_a_hidden_sheet_only_is_read_and_said_so()
    {
        if (!HasSheets)
        {
            return;
        }

        var cover = new SheetSpec("Sampul", [["DAFTAR PEKERJA RENTAN"]]);
        var hidden = new SheetSpec("Data", [["NIK", "Nama"], .. People(3)], Hidden: true);

        using var sheet = Open(new WorkbookSpec(cover, hidden));

        Assert.Equal(3, sheet.Rows.Count());
        Assert.Equal(["SHEET_HIDDEN_READ"], sheet.Notices.Select(n => n.Code));
    }

    [Fact]
    public void Two_row_header_with_a_merged_parent_merges_into_one_layout()
    {
        var workbook = WorkbookSpec.Single(
            ["DAFTAR PEKERJA RENTAN"],
            ["No", "NIK", "Nama", "Kelahiran", null, "Desa"],
            [null, null, null, "Tempat", "Tanggal", null],
            [1d, SitiNik, "Siti Aisyah", "Kisaran", new DateTime(1980, 6, 5), "Sukarame"]);

        using var sheet = Open(workbook);
        var row = Assert.Single(sheet.Rows);
        var record = Normalize(row, sheet.Layout);

        Assert.Equal(2, sheet.Layout.HeaderRow);
        Assert.Equal(3, sheet.Layout.FieldColumns[Field.BirthPlace]);
        Assert.Equal(4, sheet.Layout.FieldColumns[Field.BirthDate]);
        Assert.Equal(4, row.RowNumber);
        Assert.Equal(new DateOnly(1980, 6, 5), record.BirthDate);
        Assert.Equal("Kisaran", record.BirthPlace);
        Assert.DoesNotContain(record.Issues, i => i.Severity == Severity.Error);
    }

    [Fact]
    public void Sex_marked_under_L_and_P_and_a_birth_date_in_three_columns_are_read_as_one_field_each()
    {
        var workbook = WorkbookSpec.Single(
            ["No", "NIK", "Nama", "Jenis Kelamin", null, "Tanggal Lahir", null, null],
            [null, null, null, "L", "P", "Tgl", "Bln", "Thn"],
            [1d, SitiNik, "Siti Aisyah", null, "√", 5d, 6d, 1980d],
            [2d, null, "Rizky Harahap", "v", null, 12d, "Maret", 1975d],
            [3d, null, "Tanpa Tanda", null, null, "12-03-1975", null, null]);

        using var sheet = Open(workbook);
        var rows = sheet.Rows.ToList();
        var records = rows.Select(r => Normalize(r, sheet.Layout)).ToList();

        Assert.Equal([3, 4, 5], rows.Select(r => r.RowNumber));
        Assert.Equal([Sex.P, Sex.L, null], records.Select(r => r.Sex));
        Assert.Equal([new DateOnly(1980, 6, 5), new DateOnly(1975, 3, 12), new DateOnly(1975, 3, 12)], records.Select(r => r.BirthDate));
        Assert.DoesNotContain(records[0].Issues, i => i.Severity == Severity.Error || i.Code.StartsWith("SEX", StringComparison.Ordinal));
        Assert.Equal(3, sheet.Layout.FieldColumns[Field.Sex]);
        Assert.Equal(5, sheet.Layout.FieldColumns[Field.BirthDate]);
    }

    [Fact]
    public void A_date_split_header_missing_its_year_is_not_taken_for_parts()
    {
        var workbook = WorkbookSpec.Single(
            ["No", "NIK", "Nama", "Kelahiran", null],
            [null, null, null, "Tempat", "Tanggal"],
            [1d, SitiNik, "Siti Aisyah", "Kisaran", "05-06-1980"]);

        using var sheet = Open(workbook);
        var record = Normalize(Assert.Single(sheet.Rows), sheet.Layout);

        Assert.Null(sheet.Layout.SplitBirthDate);
        Assert.Equal(new DateOnly(1980, 6, 5), record.BirthDate);
        Assert.Equal("Kisaran", record.BirthPlace);
    }

    [Fact]
    public void Broken_formula_in_the_nik_column_is_named_as_such_not_as_a_missing_nik()
    {
        if (!KeepsErrorCells)
        {
            return;
        }

        var workbook = WorkbookSpec.Single(
            ["NIK", "Nama", "No HP"],
            [new ErrorCell("#REF!"), "Siti Aisyah", new ErrorCell("#N/A")],
            [SitiNik, "Rosmawati", null]);

        using var sheet = Open(workbook);
        var records = sheet.Rows.Select(r => Normalize(r, sheet.Layout)).ToList();

        var broken = records[0].Issues.Single(i => i.Code == "CELL_FORMULA_ERROR");
        Assert.Equal(Field.Nik, broken.Field);
        Assert.Contains("NIK", broken.Message);
        Assert.DoesNotContain(records[0].Issues, i => i.Code == "NIK_MISSING");
        Assert.Equal(Field.Phone, records[0].Issues.Single(i => i.Code == "CELL_FORMULA_IGNORED").Field);
        Assert.Equal(RecordStatus.Rejected, records[0].Status);
        Assert.Equal(SitiNik, records[1].Nik);
    }

    [Fact]
    public void Digits_of_other_scripts_are_read_as_digits()
    {
        if (!KeepsAnyCharacter)
        {
            return;
        }

        var workbook = WorkbookSpec.Single(
            ["NIK", "Nama", "No HP"],
            ["１２２３０１４５０６８００００１", "Siti Aisyah", "٠٨١٢٣٤٥٦٧٨٩٠"]);

        using var sheet = Open(workbook);
        var record = Normalize(Assert.Single(sheet.Rows), sheet.Layout);

        Assert.Equal(SitiNik, record.Nik);
        Assert.Equal("+6281234567890", record.Phone);
        Assert.DoesNotContain(record.Issues, i => i.Field is Field.Nik or Field.Phone);
    }

    [Fact]
    public void Hidden_characters_are_removed_from_names_with_a_warning()
    {
        if (!KeepsAnyCharacter)
        {
            return;
        }

        var workbook = WorkbookSpec.Single(["NIK", "Nama"], [SitiNik, "\uFEFFSITI\u200B AI\u202ESYAH\u2066"]);

        using var sheet = Open(workbook);
        var record = Normalize(Assert.Single(sheet.Rows), sheet.Layout);

        Assert.Equal("SITI AISYAH", record.Name);
        Assert.Contains("NAME_HIDDEN_CHARACTERS", record.Issues.Select(i => i.Code));
        Assert.False(record.HasErrors);
    }

    [Fact]
    public void More_data_rows_than_the_limit_are_rejected_when_opening()
    {
        var rejection = Assert.Throws<FileRejectedException>(() =>
            Open(WorkbookSpec.Single([["NIK", "Nama"], .. People(6)]), new ReadingOptions { MaxDataRows = 5 }));

        Assert.Equal(IssueCatalog.FileTooManyRows, rejection.Problem);
    }

    [Fact]
    public void Header_with_text_beyond_the_column_limit_is_rejected()
    {
        var rejection = Assert.Throws<FileRejectedException>(() =>
            Open(WorkbookSpec.Single(["NIK", "Nama", null, null, null, null, null, "catatan"], [SitiNik, "Siti"]), new ReadingOptions { MaxColumns = 5 }));

        Assert.Equal(IssueCatalog.FileTooManyColumns, rejection.Problem);
    }

    [Fact]
    public void Cells_right_of_the_header_are_not_kept()
    {
        using var sheet = Open(WorkbookSpec.Single(["NIK", "Nama", "Desa"], [SitiNik, "Siti", "Sukarame", null, null, null, null, "coretan"]));

        Assert.Equal(3, Assert.Single(sheet.Rows).Cells.Count);
    }

    [Fact]
    public void Text_longer_than_the_cell_limit_is_cut_marked_and_reported()
    {
        var longName = "SITI AISYAH " + new string('A', 100);

        using var sheet = Open(WorkbookSpec.Single(["NIK", "Nama"], [SitiNik, longName]), new ReadingOptions { MaxCellLength = 20 });
        var row = Assert.Single(sheet.Rows);
        var record = Normalize(row, sheet.Layout);

        Assert.Equal(longName[..20] + ReadingOptions.CutMarker, row.Cells[1]);
        Assert.Equal([1], row.CutColumns);
        var cut = Assert.Single(record.Issues, i => i.Code == "CELL_TOO_LONG");
        Assert.Equal(Field.Name, cut.Field);
        Assert.Contains("20", cut.Message);
    }

    [Fact]
    public void Header_without_rows_is_rejected_as_such()
    {
        var rejection = Assert.Throws<FileRejectedException>(() => Open(WorkbookSpec.Single(["DAFTAR"], ["NIK", "Nama"], null, [null, "Mengetahui,"])));

        Assert.Equal(IssueCatalog.FileNoRows, rejection.Problem);
    }

    protected OpenedSheet Open(WorkbookSpec workbook, ReadingOptions? options = null) =>
        SpreadsheetReader.Open(Write(workbook), FileName, HeaderVocabulary.WorkerList, options ?? ReadingOptions.Default);

    private static WorkerRecord Normalize(SourceRow row, SheetLayout layout) =>
        TestSheet.Normalizer.Normalize(row, layout, new UploadLocation("Kualuh Hulu", "Sukarame"));

    /// <summary>The rows with a running number in front, as village lists have.</summary>
    private static object?[][] Numbered(object?[][] rows) =>
        rows.Select((r, i) => new object?[] { (double)(i + 1) }.Concat(r).ToArray()).ToArray();

    /// <summary>Distinct people with valid NIKs, as rows of NIK, name (and empty extra columns).</summary>
    private static object?[][] People(int count, int extraColumns = 0) =>
        Enumerable.Range(1, count)
            .Select(i => new object?[] { $"12230145068{i:00000}", $"Orang Ke {new string((char)('A' + (i % 26)), 3)}" }.Concat(Enumerable.Repeat<object?>("x", extraColumns)).ToArray())
            .ToArray();
}
