using Pipeline.Core.Model;
using Azure.Data.Tables;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>One upload through the real ingest service against Azurite: tables, result workbook, reprocessing.</summary>
public sealed class IngestTests
{
    private const string Path = "kualuh-hulu/aek-kanopan/daftar.xlsx";

    // Invented people; NIKs follow the real layout: 122301 (Kualuh Hulu) + DDMMYY (+40 for women) + serial.
    private static readonly object?[] Budi = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L");
    private static readonly object?[] Sri = Worker(2, "1223016507900002", "Sri Wahyuni Harahap", "25-07-1990", "P");
    private static readonly object?[] NoNik = Worker(3, "", "Tanpa NIK", "01-01-1985", "L");

    [Fact]
    public async Task A_village_list_lands_in_the_tables_and_comes_back_as_a_result_workbook()
    {
        await using var env = await TestEnvironment.StartAsync();

        var outcome = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri, NoNik)), default);

        Assert.Equal(IngestOutcome.Processed, outcome.Status);
        Assert.Equal(3, outcome.Rows);
        var upload = await GetUploadAsync(env);
        Assert.Equal((IngestOutcome.Processed, 3, 2, 1), (upload.Status, upload.Rows, upload.Counts[RecordStatus.New], upload.Counts[RecordStatus.Rejected]));
        Assert.Equal("122301", upload.KecamatanCode);

        var records = await ReadRecordsAsync(env, outcome.UploadKey);
        Assert.Equal([4, 5, 6], records.Select(r => r.SourceRow));
        Assert.Equal(["new", "new", "rejected"], records.Select(r => r.Status));
        Assert.Equal("1223011203800001", records[0].Nik);
        Assert.Equal("1980-03-12", records[0].BirthDate);
        Assert.NotEmpty(records[0].PersonId!);
        Assert.NotEqual(records[0].PersonId, records[1].PersonId);
        Assert.Contains("NIK", records[2].Issues);
        Assert.Null(records[2].PersonId);

        using var result = Open((await env.Storage.Results.GetBlobClient(UploadIdentity.Of(Path).ResultPath).DownloadContentAsync()).Value.Content.ToArray());
        var sheet = result.Worksheet("Hasil");
        var headers = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Status", headers);
        Assert.Contains("Keterangan", headers);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        var statusColumn = headers.IndexOf("Status") + 1;
        Assert.Equal(["Baru", "Baru", "Ditolak"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, statusColumn).GetString()));
        Assert.True(result.TryGetWorksheet("Ringkasan", out _));
    }

    [Fact]
    public async Task A_list_kept_one_sheet_per_dusun_is_stored_whole_and_its_result_names_each_rows_sheet()
    {
        await using var env = await TestEnvironment.StartAsync();
        var budiAgain = Worker(2, "1223011203800001", "Budi Siregar", "12-03-1980", "L");
        var content = VillageListOnSheets(("Dusun I", [Sri, NoNik]), ("Dusun II", [Budi, budiAgain]));

        var outcome = await env.Ingest.IngestAsync(Path, new MemoryStream(content), default);
        await env.Ingest.IngestAsync(Path, new MemoryStream(content), default);

        // Read again (a retried trigger): the same four rows, none added.
        Assert.Equal((IngestOutcome.Processed, 4), (outcome.Status, outcome.Rows));
        var records = await ReadRecordsAsync(env, outcome.UploadKey);
        Assert.Equal([4, 5, SheetRows.Combine(1, 4), SheetRows.Combine(1, 5)], records.Select(r => r.SourceRow));
        Assert.Equal(["new", "rejected", "new", "duplicate"], records.Select(r => r.Status));

        using var result = Open((await env.Storage.Results.GetBlobClient(UploadIdentity.Of(Path).ResultPath).DownloadContentAsync()).Value.Content.ToArray());
        var sheet = result.Worksheet("Hasil");
        Assert.Equal(["4 (Dusun I)", "5 (Dusun I)", "4 (Dusun II)", "5 (Dusun II)"], Enumerable.Range(2, 4).Select(r => sheet.Cell(r, 1).GetString()));
        var reason = sheet.Row(1).CellsUsed().Select(c => c.GetString()).ToList().IndexOf("Keterangan") + 1;
        Assert.Contains("baris 4 lembar ke-2 pada berkas ini", sheet.Cell(5, reason).GetString());
        var summary = string.Join("\n", result.Worksheet("Ringkasan").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("SHEETS_COMBINED", summary);
    }

    [Fact]
    public async Task Processing_the_same_blob_twice_gives_the_same_tables()
    {
        await using var env = await TestEnvironment.StartAsync();
        var content = VillageList(Budi, Sri, NoNik);

        var first = await env.Ingest.IngestAsync(Path, new MemoryStream(content), default);
        var before = await ReadRecordsAsync(env, first.UploadKey);
        var second = await env.Ingest.IngestAsync(Path, new MemoryStream(content), default);
        var after = await ReadRecordsAsync(env, first.UploadKey);

        Assert.True(second.Skipped);
        Assert.Equal(before.Select(r => (r.RowKey, r.Status, r.PersonId)), after.Select(r => (r.RowKey, r.Status, r.PersonId)));
        Assert.Equal(3, await CountAsync(env, StorageNames.RecordsTable));
        Assert.Equal(1, await CountAsync(env, StorageNames.UploadsTable));
    }

    [Fact]
    public async Task A_new_version_of_a_village_file_replaces_its_earlier_records()
    {
        await using var env = await TestEnvironment.StartAsync();
        var first = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri, NoNik)), default);
        var budiId = (await ReadRecordsAsync(env, first.UploadKey))[0].PersonId;

        var second = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi)), default);

        Assert.False(second.Skipped);
        var records = await ReadRecordsAsync(env, second.UploadKey);
        var only = Assert.Single(records);
        Assert.Equal("new", only.Status);
        Assert.Equal(budiId, only.PersonId);
        Assert.Equal(1, (await GetUploadAsync(env)).Rows);
    }

    [Fact]
    public async Task The_same_person_in_two_villages_is_paid_for_once()
    {
        await using var env = await TestEnvironment.StartAsync();
        var first = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri)), default);
        var again = Worker(7, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame");

        var second = await env.Ingest.IngestAsync("kualuh-hulu/sukarame/data.xlsx", new MemoryStream(VillageList(again)), default);

        var original = (await ReadRecordsAsync(env, first.UploadKey))[0];
        var duplicate = Assert.Single(await ReadRecordsAsync(env, second.UploadKey));
        Assert.Equal("duplicate", duplicate.Status);
        Assert.Equal(original.PersonId, duplicate.PersonId);
        var told = Assert.Single(RecordMapper.ToRecord(duplicate).Issues, i => i.Code == "DUPLICATE_OTHER_FILE").Message;
        Assert.Contains(original.PersonId!, told);
        Assert.DoesNotContain("daftar.xlsx", told); // the other village's file is not the uploader's business (UU 27/2022)
    }

    [Fact]
    public async Task Replacing_a_village_file_never_leaves_a_person_without_one_new_listing()
    {
        await using var env = await TestEnvironment.StartAsync();
        const string other = "kualuh-hulu/sukarame/data.xlsx";
        var ahmad = Worker(3, "1223010101700003", "Ahmad Lubis", "01-01-1970", "L");
        await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri)), default);
        var b = await env.Ingest.IngestAsync(other, new MemoryStream(VillageList(Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame"))), default);
        var budiElsewhere = Assert.Single(await ReadRecordsAsync(env, b.UploadKey));
        Assert.Equal("duplicate", budiElsewhere.Status);

        // A new version of the first file still lists Budi: its row is matched against Sukarame's duplicate,
        // yet one of Budi's listings must stay new.
        var a2 = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri, ahmad)), default);
        var budiHere = (await ReadRecordsAsync(env, a2.UploadKey))[0];
        Assert.Equal(("new", budiElsewhere.PersonId), (budiHere.Status, budiHere.PersonId));
        Assert.Equal("duplicate", Assert.Single(await ReadRecordsAsync(env, b.UploadKey)).Status);

        // A version without Budi: the Sukarame listing becomes his new one, its counts follow.
        await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Sri, ahmad)), default);
        var promoted = Assert.Single(await ReadRecordsAsync(env, b.UploadKey));
        Assert.Equal("new", promoted.Status);
        Assert.DoesNotContain("DUPLICATE", promoted.Issues);
        var sukarame = await GetUploadAsync(env, other);
        Assert.Equal((1, 0), (sukarame.Counts[RecordStatus.New], sukarame.Counts[RecordStatus.Duplicate]));
    }

    [Fact]
    public async Task Two_villages_uploading_the_same_person_at_once_list_them_as_new_once()
    {
        await using var env = await TestEnvironment.StartAsync();
        var again = Worker(1, "1223011203800001", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame");

        var outcomes = await Task.WhenAll(
            Task.Run(() => env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri)), default)),
            Task.Run(() => env.Ingest.IngestAsync("kualuh-hulu/sukarame/data.xlsx", new MemoryStream(VillageList(again)), default)));

        var budis = new List<RecordEntity>();
        foreach (var outcome in outcomes)
        {
            budis.AddRange((await ReadRecordsAsync(env, outcome.UploadKey)).Where(r => r.Nik == "1223011203800001"));
        }

        Assert.Equal(["duplicate", "new"], budis.Select(r => r.Status).Order());
        Assert.Single(budis.Select(r => r.PersonId).Distinct());
    }

    [Fact]
    public async Task A_person_in_the_BPJS_register_is_enrolled_with_the_KPJ()
    {
        await using var env = await TestEnvironment.StartAsync();
        var register = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n" +
                       "25012345678;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n" +
                       "25012345679;1223010101700003;AHMAD LUBIS;01-01-1970;AKTIF\n";
        var loaded = await env.Register.LoadAsync("peserta/export.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(register)), default);
        Assert.Equal(2, loaded.Participants);

        var outcome = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Budi, Sri)), default);

        var records = await ReadRecordsAsync(env, outcome.UploadKey);
        Assert.Equal(["new", "enrolled"], records.Select(r => r.Status));
        Assert.Equal("25012345678", records[1].Kpj);
    }

    [Fact]
    public async Task A_new_register_export_replaces_the_previous_snapshot()
    {
        await using var env = await TestEnvironment.StartAsync();
        var header = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n";
        await env.Register.LoadAsync("peserta/a.csv", Utf8(header + "25000000001;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n25000000002;1223010101700003;AHMAD LUBIS;01-01-1970;AKTIF\n"), default);
        await env.Register.LoadAsync("peserta/b.csv", Utf8(header + "25000000003;1223010101700003;AHMAD LUBIS;01-01-1970;AKTIF\n"), default);

        Assert.Equal(1, await CountAsync(env, StorageNames.ParticipantsTable));
        var outcome = await env.Ingest.IngestAsync(Path, new MemoryStream(VillageList(Sri)), default);
        Assert.Equal("new", Assert.Single(await ReadRecordsAsync(env, outcome.UploadKey)).Status);
    }

    [Fact]
    public async Task A_rejected_register_export_is_recorded_and_the_previous_snapshot_stays()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.Register.LoadAsync("peserta/a.csv", Utf8("KPJ;NIK;NAMA_PESERTA;TGL_LAHIR\n25000000001;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990\n"), default);

        var rejected = await env.Register.LoadAsync("peserta/b.pdf", new MemoryStream("%PDF-1.7"u8.ToArray()), default);

        Assert.Equal(("failed", "FILE_NOT_SPREADSHEET"), (rejected.Status, rejected.IssueCode));
        var attempt = (await env.Storage.Table(StorageNames.StateTable).GetEntityAsync<Pipeline.Storage.Participants.RegisterPointerEntity>("participants", "last-attempt")).Value;
        Assert.Equal(("failed", "FILE_NOT_SPREADSHEET", "peserta/b.pdf"), (attempt.Status, attempt.IssueCode, attempt.SourcePath));
        Assert.Equal(1, await CountAsync(env, StorageNames.ParticipantsTable));
    }

    internal static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    internal static async Task<UploadEntity> GetUploadAsync(TestEnvironment env, string path = Path)
    {
        return (await new UploadStore(env.Storage).GetAsync(path, CancellationToken.None))!;
    }

    internal static async Task<List<RecordEntity>> ReadRecordsAsync(TestEnvironment env, string uploadKey)
    {
        var list = new List<RecordEntity>();
        await foreach (var r in env.Storage.Table(StorageNames.RecordsTable).QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey))
        {
            list.Add(r);
        }

        return list;
    }

    internal static async Task<int> CountAsync(TestEnvironment env, string table)
    {
        var count = 0;
        await foreach (var _ in env.Storage.Table(table).QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            count++;
        }

        return count;
    }
}
