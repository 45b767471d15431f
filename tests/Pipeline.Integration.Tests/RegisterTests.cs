using ClosedXML.Excel;
using Pipeline.Cli;
using Pipeline.Integration.Tests.Cli;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Participants;
using static Pipeline.Integration.Tests.IngestTests;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// The BPJS register as it really arrives (issue 20): KPJ cells that are not KPJs, a NIK on several rows, an export
/// that streams in with progress, and a refused export that leaves the previous register in force.
/// </summary>
public sealed class RegisterTests
{
    private const string Path = "kualuh-hulu/aek-kanopan/daftar.xlsx";
    private const string Header = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n";

    private static readonly (string Nik, string Name, string Born)[] People =
    [
        ("1223011203800001", "Budi Siregar", "12-03-1980"),
        ("1223016507900002", "Sri Wahyuni Harahap", "25-07-1990"),
        ("1223010101700003", "Ahmad Lubis", "01-01-1970"),
        ("1223014506800004", "Siti Aisyah", "05-06-1980"),
        ("1223011508850005", "Rina Pohan", "15-08-1985"),
        ("1223010207920006", "Wagiman", "02-07-1992"),
    ];

    [Theory]
    [InlineData("#N/A")]
    [InlineData("#REF!")]
    [InlineData("-")]
    [InlineData("klik")]
    [InlineData("2501234")]
    [InlineData("250123456789012")]
    [InlineData("")]
    public async Task A_register_row_whose_kpj_is_not_a_kpj_is_reported_and_enrols_nobody(string kpj)
    {
        await using var env = await TestEnvironment.StartAsync();
        var register = Header + $"25012345678;{People[0].Nik};BUDI SIREGAR;12-03-1980;AKTIF\n" + $"{kpj};{People[1].Nik};SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n";

        var loaded = await env.Register.LoadAsync("peserta/export.csv", Utf8(register), default);

        Assert.Equal(("processed", 1, 1, 2), (loaded.Status, loaded.Participants, loaded.Skipped, loaded.RowsRead));
        var problem = Assert.Single(loaded.Problems);
        Assert.StartsWith("Baris 3 daftar peserta BPJS: KPJ", problem, StringComparison.Ordinal);
        var attempt = await LastAttemptAsync(env);
        Assert.Contains("Baris 3", attempt.Problems, StringComparison.Ordinal);
        var records = await IngestPeopleAsync(env, 0, 1);
        Assert.Equal(["enrolled", "new"], records.Select(r => r.Status));
        Assert.DoesNotContain(records, r => r.Messages.Contains("KPJ " + kpj + ",", StringComparison.Ordinal) && kpj.Length > 0);
    }

    [Fact]
    public async Task A_kpj_formula_saved_without_its_value_in_an_xlsx_register_enrols_nobody()
    {
        await using var env = await TestEnvironment.StartAsync();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Peserta");
        string[] header = ["KPJ", "NIK", "NAMA_PESERTA", "TGL_LAHIR", "STATUS_KEPESERTAAN"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = header[c];
        }

        sheet.Cell(2, 1).FormulaA1 = "=VLOOKUP(B2,Sheet9!A:B,2,FALSE)";
        sheet.Cell(2, 2).Value = People[0].Nik;
        sheet.Cell(2, 3).Value = "BUDI SIREGAR";
        sheet.Cell(2, 4).Value = "12-03-1980";
        sheet.Cell(3, 1).Value = "2501-2345-679";
        sheet.Cell(3, 2).Value = People[1].Nik;
        sheet.Cell(3, 3).Value = "SRI WAHYUNI HARAHAP";
        sheet.Cell(3, 4).Value = "25-07-1990";
        sheet.Cell(3, 5).Value = "AKTIF";
        var content = new MemoryStream();
        workbook.SaveAs(content);
        content.Position = 0;

        var loaded = await env.Register.LoadAsync("peserta/export.xlsx", content, default);

        Assert.Equal((1, 1), (loaded.Participants, loaded.Skipped));
        var records = await IngestPeopleAsync(env, 0, 1);
        Assert.Equal(["new", "enrolled"], records.Select(r => r.Status));
        Assert.Equal("25012345679", records[1].Kpj);
    }

    [Fact]
    public async Task A_nik_on_two_rows_is_reported_and_the_last_row_decides_without_a_date_column()
    {
        await using var env = await TestEnvironment.StartAsync();
        var register = Header +
                       $"25000000001;{People[0].Nik};BUDI SIREGAR;12-03-1980;AKTIF\n" +
                       $"25000000002;{People[2].Nik};AHMAD LUBIS;01-01-1970;AKTIF\n" +
                       $"25000000003;{People[0].Nik};BUDI SIREGAR;12-03-1980;NON AKTIF\n";

        var loaded = await env.Register.LoadAsync("peserta/export.csv", Utf8(register), default);

        Assert.Equal((2, 1), (loaded.Participants, loaded.DuplicateNiks));
        Assert.Contains("NIK ini tercatat pada 2 KPJ di daftar peserta BPJS (baris 2, 4); yang dipakai baris 4, yang terbaru.", loaded.Problems);
        Assert.Equal(2, await CountAsync(env, StorageNames.ParticipantsTable));
        var budi = Assert.Single(await IngestPeopleAsync(env, 0));
        // The row in force says NON AKTIF: a lapsed membership, so Budi is proposed again with that KPJ.
        Assert.Equal(("reactivate", "25000000003"), (budi.Status, budi.Kpj));
        Assert.Contains("NON AKTIF", budi.Messages, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_date_column_the_most_recent_row_of_a_nik_decides_wherever_it_stands()
    {
        await using var env = await TestEnvironment.StartAsync();
        var register = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN;TGL_KEPESERTAAN\n" +
                       $"25000000001;{People[0].Nik};BUDI SIREGAR;12-03-1980;AKTIF;15-01-2024\n" +
                       $"25000000003;{People[0].Nik};BUDI SIREGAR;12-03-1980;NON AKTIF;03-02-2019\n";

        var loaded = await env.Register.LoadAsync("peserta/export.csv", Utf8(register), default);

        Assert.Contains("yang dipakai baris 2, yang terbaru", Assert.Single(loaded.Problems), StringComparison.Ordinal);
        var budi = Assert.Single(await IngestPeopleAsync(env, 0));
        Assert.Equal(("enrolled", "25000000001"), (budi.Status, budi.Kpj));
    }

    [Fact]
    public async Task A_register_streams_in_batches_with_progress_and_replaces_the_previous_page_by_page()
    {
        await using var env = await TestEnvironment.StartAsync(new Dictionary<string, string?> { ["Register:WriteBatchRows"] = "100", ["Register:ProgressEveryRows"] = "1000" });
        var first = Header + string.Concat(Enumerable.Range(0, 2500).Select(i => $"25{i:D9};{Nik(i)};PESERTA {Letters(i)};01-01-1980;AKTIF\n"));
        await env.Register.LoadAsync("peserta/a.csv", Utf8(first), default);
        var reported = new List<int>();
        var second = Header + string.Concat(Enumerable.Range(0, 2300).Select(i => $"26{i:D9};{Nik(i)};PESERTA {Letters(i)};01-01-1980;AKTIF\n"));

        var loaded = await env.Register.LoadAsync("peserta/b.csv", Utf8(second), default, reported.Add);

        Assert.Equal([1000, 2000, 2300], reported);
        Assert.Equal((2300, 2300), (loaded.Participants, loaded.RowsRead));
        Assert.Equal(2300, await CountAsync(env, StorageNames.ParticipantsTable));
    }

    [Fact]
    public async Task A_register_without_one_valid_kpj_is_refused_and_the_previous_stays()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.Register.LoadAsync("peserta/a.csv", Utf8(Header + $"25000000001;{People[0].Nik};BUDI SIREGAR;12-03-1980;AKTIF\n"), default);

        var refused = await env.Register.LoadAsync("peserta/b.csv", Utf8(Header + $"#N/A;{People[1].Nik};SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n"), default);

        Assert.Equal(("failed", "REGISTER_NO_VALID_KPJ"), (refused.Status, refused.IssueCode));
        Assert.Equal("peserta/a.csv", refused.Previous?.SourcePath);
        Assert.Equal(1, await CountAsync(env, StorageNames.ParticipantsTable));
        Assert.Equal("enrolled", Assert.Single(await IngestPeopleAsync(env, 0)).Status);
    }

    [Fact]
    public async Task The_cli_says_a_refused_register_leaves_the_previous_in_force()
    {
        using var folders = new CliFolders();
        folders.Add("kualuh-hulu/aek-kanopan/daftar.csv", CliFolders.SampleList);
        var good = System.IO.Path.Combine(folders.Root, "peserta.csv");
        File.WriteAllText(good, Header + $"25000000001;{People[0].Nik};BUDI SIREGAR;12-03-1980;AKTIF\n#REF!;{People[1].Nik};SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n");
        var broken = System.IO.Path.Combine(folders.Root, "peserta-baru.pdf");
        File.WriteAllBytes(broken, "%PDF-1.7"u8.ToArray());

        var first = new StringWriter();
        var errors = new StringWriter();
        Assert.True(await CliApp.RunAsync(["run", "--input", folders.Input, "--out", folders.Out, "--participants", good], first, errors) == 0, errors.ToString());
        var second = new StringWriter();
        Assert.True(await CliApp.RunAsync(["run", "--input", folders.Input, "--out", folders.Out, "--participants", broken], second, errors) == 0, errors.ToString());

        Assert.Contains("Participant register peserta.csv: processed, 1 participants; of 2 rows, 1 without a valid KPJ left out [REGISTER_KPJ_INVALID]", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("Baris 3 daftar peserta BPJS: KPJ \"#REF!\" tidak valid", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("Register peserta.csv: 2 rows read", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Participant register peserta-baru.pdf: failed, 0 participants [FILE_NOT_SPREADSHEET]; the previous register stays in force (peserta.csv, 1 participants", second.ToString(), StringComparison.Ordinal);
    }

    private static string Nik(int i) => $"1223011203{80 + (i % 20):D2}{i / 20 % 10000 + 1:D4}";

    private static string Letters(int i) => new([(char)('A' + (i % 26)), (char)('A' + (i / 26 % 26)), (char)('A' + (i / 676 % 26))]);

    private static async Task<RegisterPointerEntity> LastAttemptAsync(TestEnvironment env) =>
        (await env.Storage.Table(StorageNames.StateTable).GetEntityAsync<RegisterPointerEntity>("participants", "last-attempt")).Value;

    private static async Task<List<RecordView>> IngestPeopleAsync(TestEnvironment env, params int[] people)
    {
        var rows = people.Select((p, i) => Worker(i + 1, People[p].Nik, People[p].Name, People[p].Born, int.Parse(People[p].Nik.AsSpan(6, 2), System.Globalization.CultureInfo.InvariantCulture) > 40 ? "P" : "L")).ToArray();
        var outcome = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(rows)), default);
        return [.. (await ReadRecordsAsync(env, outcome.UploadKey)).Select(r => new RecordView(r.Status, r.Kpj, r.IssueList ?? ""))];
    }

    private sealed record RecordView(string Status, string? Kpj, string Messages);
}
