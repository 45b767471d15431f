using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Results;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Results;

/// <summary>
/// What a village learns from its result workbook about people other villages listed (UU 27/2022): that a person
/// is listed elsewhere or waits for review, and a person id, never the other file, its rows or its values.
/// </summary>
public sealed partial class ResultDisclosureTests
{
    private const string VillageA = "kualuh-hulu/aek-kanopan/daftar-pekerja-a.csv";
    private const string VillageB = "na-ix-x/pulo-jantan/data-b.csv";

    private static readonly ListReader Reader =
        new(new RecordNormalizer(Gazetteer.LabuhanbatuUtara, new ValidationOptions { ReferenceDate = new DateOnly(2025, 11, 6) }));

    private static readonly UploadReport Report = new(VillageB, new DateTimeOffset(2025, 11, 6, 3, 0, 0, TimeSpan.Zero), Pipeline.Core.Budget.ContributionSchedule.Default);

    // Invented people. Village A lists them first; the register holds one more.
    private const string ListA = """
        NIK;NAMA;TANGGAL LAHIR;JENIS KELAMIN;PEKERJAAN
        1223011203800001;BUDI SIREGAR;12-03-1980;L;PETANI
        1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;P;PEDAGANG
        1223010101700001;SUGENG;01-01-1970;L;NELAYAN
        """;

    // Village B: Budi again; Sri's NIK under another name; a register NIK under a made-up name and no birth date;
    // a namesake of Sugeng; Budi a second time in this file.
    private const string ListB = """
        NIK;NAMA;TANGGAL LAHIR;JENIS KELAMIN;PEKERJAAN
        1223011203800001;BUDI SIREGAR;12-03-1980;L;PETANI
        1223016507900002;DEWI LESTARI;25-07-1990;P;PETANI
        1223035402710001;BUTET SIMANJUNTAK;;;PETANI
        1223060101700001;SUGENG;01-01-1970;L;PETANI
        1223011203800001;BUDI SIREGAR;12-03-1980;L;PETANI
        """;

    /// <summary>Village A's file and the names it and the register hold for the NIKs village B typed.</summary>
    private static readonly string[] WhatBelongsToOthers = ["daftar-pekerja-a", "aek-kanopan", "kualuh-hulu", "SRI WAHYUNI", "HARAHAP", "SUYATMI"];

    /// <summary>The explanation of a match: allowed only for a duplicate within village B's own file.</summary>
    private static readonly string[] WhatAgreed = ["NIK sama", "nama sama", "nama berbeda", "tanggal lahir sama", "tanggal lahir berbeda", "desa"];

    [Fact]
    public void Village_B_learns_that_people_are_listed_or_under_review_but_not_where_or_by_which_fields()
    {
        var (b, _) = ProcessBoth();

        Assert.Equal(
            [(RecordStatus.Duplicate, "DUPLICATE_OTHER_FILE"), (RecordStatus.Review, "NIK_SHARED"), (RecordStatus.Review, "NIK_SHARED"),
             (RecordStatus.Review, "MATCH_REVIEW"), (RecordStatus.Duplicate, "DUPLICATE_IN_FILE")],
            b.Rows.Select(r => (r.Record.Status, r.Record.Issues.Last().Code)));
        Assert.All(b.Rows.Take(4), r => Assert.Contains(r.Record.PersonId!, r.Record.Issues.Last().Message));

        using var workbook = Write(b);
        var sheet = workbook.Worksheet(ResultWorkbookWriter.ResultSheet);
        var explanation = sheet.Row(1).CellsUsed().Single(c => c.GetString() == "Keterangan").Address.ColumnNumber;
        var keterangan = Enumerable.Range(2, b.Rows.Count).Select(r => sheet.Cell(r, explanation).GetString()).ToList();
        var ownRows = b.Rows.Select(r => r.Source.RowNumber).ToHashSet();

        Assert.All(keterangan, text => Assert.False(WhatBelongsToOthers.Any(text.Contains), text));
        Assert.All(keterangan.Take(4), text => Assert.False(WhatAgreed.Any(text.Contains), text));
        Assert.All(keterangan, text => Assert.All(RowMention().Matches(text), m => Assert.Contains(int.Parse(m.Groups[1].Value), ownRows)));
        Assert.Contains("baris 2", keterangan[4]);
        var everyCell = workbook.Worksheets.SelectMany(s => s.CellsUsed()).Select(c => c.GetString()).ToList();
        Assert.All(everyCell, text => Assert.False(WhatBelongsToOthers.Any(text.Contains), text));
    }

    [Fact]
    public void The_administrators_review_items_keep_the_candidates_and_what_agreed()
    {
        var (b, a) = ProcessBoth();

        var shared = b.Reviews.Where(r => r.RecordId.SourceRow == 3).ToList();
        var sri = Assert.Single(shared);
        Assert.Equal(CandidateRef.ForRecord(new RecordId(VillageA, 3)), sri.Candidate);
        Assert.Equal(a.Rows[1].Record.PersonId, sri.CandidatePersonId);
        Assert.Contains("nama berbeda", sri.Explanation);
        Assert.Contains(b.Reviews, r => r.RecordId.SourceRow == 4 && r.Candidate == CandidateRef.ForParticipant("25014176869"));
        Assert.Contains(b.Reviews, r => r.RecordId.SourceRow == 5 && r.Candidate == CandidateRef.ForRecord(new RecordId(VillageA, 4)));
    }

    private static (ProcessedList B, ProcessedList A) ProcessBoth()
    {
        var persons = new PersonIndex();
        var register = new ParticipantIndex();
        register.Add(new Participant("25014176869", "AKTIF",
            new MatchFields("1223035402710001", "SUYATMI", "SUYATMI", new DateOnly(1971, 2, 14), Sex.P, null, null)));
        var processor = new ListProcessor(Reader, new UploadMatcher(new MatchOptions()));
        var a = processor.Process(Csv(ListA), VillageA, VillageA, new UploadLocation("kualuh-hulu", "aek-kanopan"), persons, register);
        var b = processor.Process(Csv(ListB), VillageB, VillageB, new UploadLocation("na-ix-x", "pulo-jantan"), persons, register);
        return (b, a);
    }

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    private static XLWorkbook Write(ProcessedList list)
    {
        var stream = new MemoryStream();
        ResultWorkbookWriter.WriteProcessed(list, Report, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [GeneratedRegex(@"baris (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex RowMention();
}
