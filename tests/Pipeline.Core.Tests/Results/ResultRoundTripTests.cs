using ClosedXML.Excel;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Reading;
using Pipeline.Core.Results;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Results;

/// <summary>
/// An official fixes a row in the result workbook and uploads it again to the same path: the fix is read, and
/// nothing the result added (Baris, Status, Keterangan, ID Orang) is read as data.
/// </summary>
public sealed class ResultRoundTripTests
{
    private const string WrongNik = "122301120375000";
    private const string FixedNik = "1223011203750002";

    private static readonly RecordNormalizer Normalizer =
        new(Gazetteer.LabuhanbatuUtara, new ValidationOptions { ReferenceDate = new DateOnly(2025, 11, 6) });

    private static readonly UploadLocation Location = new("kualuh-hulu", "aek-kanopan");

    private static readonly UploadReport Report = new("kualuh-hulu/aek-kanopan/daftar.xlsx", new DateTimeOffset(2025, 11, 6, 3, 0, 0, TimeSpan.Zero), Pipeline.Core.Budget.ContributionSchedule.Default);

    [Fact]
    public void A_nik_fixed_in_the_result_workbook_is_read_and_the_added_columns_are_not()
    {
        var first = Process(VillageList());
        Assert.Equal(RecordStatus.Rejected, first.Rows.Single(r => r.Record.Raw[Field.Nik] == WrongNik).Record.Status);
        var verdicts = first.Rows.Select(r => ResultWorkbookWriter.Explain(r.Record)).ToHashSet();

        using var edited = EditResult(first, sheet =>
        {
            // The highlighted NIK cell is formatted as Text, so Excel keeps what the official types there as text
            // (every digit); ClosedXML's SetValue stores text the same way.
            var nik = sheet.CellsUsed().Single(c => c.GetString() == WrongNik);
            Assert.Equal(49, nik.Style.NumberFormat.NumberFormatId);
            nik.SetValue(FixedNik);
        });

        var again = Process(edited);

        Assert.Equal(ResultWorkbookWriter.ResultSheet, again.Layout.SheetName); // not the summary, which opens first
        Assert.Equal(first.Rows.Count, again.Rows.Count);
        var fixedRow = again.Rows.Single(r => r.Record.Raw[Field.Name] == "Rizky Harahap");
        Assert.Equal(FixedNik, fixedRow.Source.Get(again.Layout, Field.Nik));
        Assert.Equal(FixedNik, fixedRow.Record.Nik);
        Assert.Equal(RecordStatus.New, fixedRow.Record.Status);
        Assert.DoesNotContain(fixedRow.Record.Issues, i => i.Field == Field.Nik);

        var added = again.Layout.ColumnNames
            .Select((name, column) => (name, column))
            .Where(p => ResultColumns.HeaderPhrases.Contains(HeaderNormalizer.Normalize(p.name)))
            .Select(p => p.column)
            .ToList();
        Assert.Equal(5, added.Count); // Baris, Status, Keterangan, ID Orang, and the village's own Keterangan
        Assert.DoesNotContain(again.Layout.FieldColumns.Values, added.Contains);
        Assert.False(again.Layout.Has(Field.MembershipStatus));
        var statusWords = Enum.GetValues<RecordStatus>().Select(s => s.ToIndonesian()).ToHashSet();
        var personIds = first.Rows.Select(r => r.Record.PersonId).OfType<string>().ToHashSet();
        foreach (var raw in again.Rows.SelectMany(r => r.Record.Raw.Values))
        {
            Assert.DoesNotContain(raw, statusWords);
            Assert.DoesNotContain(raw, verdicts);
            Assert.DoesNotContain(raw, personIds);
        }
    }

    [Fact]
    public void The_result_of_an_uploaded_result_shows_the_added_columns_once_and_keeps_the_villages_own()
    {
        var first = Process(VillageList());
        using var edited = EditResult(first, _ => { });
        var again = Process(edited);

        using var stream = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(again, Report, stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var headers = workbook.Worksheet("Hasil").Row(1).CellsUsed().Select(c => c.GetString()).ToList();

        Assert.Equal(["Baris", "No", "NIK", "Nama", "Tanggal Lahir", "L/P", "No. HP", "Keterangan", "Status", "Keterangan", "ID Orang"], headers);
        Assert.Equal("pindah ke Medan", workbook.Worksheet("Hasil").Cell(3, 8).GetString());
        Assert.Equal(3, workbook.Worksheet("Hasil").Cell(3, 1).GetValue<int>()); // the row in the workbook sent this time
    }

    [Theory]
    [InlineData(ResultColumns.SourceRow)]
    [InlineData(ResultColumns.Status)]
    [InlineData(ResultColumns.Reason)]
    [InlineData(ResultColumns.PersonId)]
    [InlineData("STATUS")]
    [InlineData("ID ORANG")]
    public void A_village_list_maps_no_column_the_result_adds(string header) =>
        Assert.Null(HeaderVocabulary.WorkerList.Match(header));

    [Fact]
    public void The_participant_register_still_reads_its_status_column() =>
        Assert.Equal(Field.MembershipStatus, HeaderVocabulary.ParticipantRegister.Match("Status")?.Field);

    /// <summary>A desa list with a title row, a date cell, a NIK one digit short and the village's own remarks column.</summary>
    private static MemoryStream VillageList()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Daftar");
        sheet.Cell(1, 1).Value = "DAFTAR PEKERJA RENTAN DESA AEK KANOPAN";
        object[] header = ["No", "NIK", "Nama", "Tanggal Lahir", "L/P", "No. HP", "Keterangan"];
        object[][] rows =
        [
            [1, "1223014506800001", "Siti Aisyah Siregar", new DateTime(1980, 6, 5), "P", "081234567890", ""],
            [2, WrongNik, "Rizky Harahap", "12-03-1975", "L", "", "pindah ke Medan"],
        ];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(3, c + 1).Value = header[c];
        }

        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(4 + r, c + 1).SetValue(rows[r][c]);
                if (rows[r][c] is string)
                {
                    sheet.Cell(4 + r, c + 1).DataType = XLDataType.Text;
                }
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    /// <summary>Reads and validates an upload as the pipeline does, without matching: every valid row stays new.</summary>
    private static ProcessedList Process(Stream upload)
    {
        using var sheet = SpreadsheetReader.Open(upload, "daftar.xlsx", HeaderVocabulary.WorkerList);
        var rows = sheet.Rows
            .Select(row => new ProcessedRow(row, Normalizer.Normalize(row, sheet.Layout, Location)))
            .ToList();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            row.Record.PersonId = row.Record.Status == RecordStatus.New ? $"P{index:D12}" : null;
        }

        return new ProcessedList { Layout = sheet.Layout, Rows = rows, Reviews = [] };
    }

    /// <summary>Writes the result workbook, lets the official change its Hasil sheet, and saves it as Excel would.</summary>
    private static MemoryStream EditResult(ProcessedList list, Action<IXLWorksheet> edit)
    {
        using var result = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(list, Report, result);
        result.Position = 0;
        using var workbook = new XLWorkbook(result);
        edit(workbook.Worksheet("Hasil"));
        var saved = new MemoryStream();
        workbook.SaveAs(saved);
        saved.Position = 0;
        return saved;
    }
}
