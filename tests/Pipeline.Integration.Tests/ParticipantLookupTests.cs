using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Model;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;
using static Pipeline.Integration.Tests.IngestTests;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests;

/// <summary>
/// Review's lookups by KPJ without a scan (issue 19): the register snapshot is keyed by KPJ, so a participant is one
/// point read, a KPJ on several rows keeps one row (the most recent), and the person id of a participant comes from
/// the <c>kpj</c> pointers of the rows that carry the KPJ.
/// </summary>
public sealed class ParticipantLookupTests
{
    private const string Header = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n";
    private const string DatedHeader = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN;TGL_KEPESERTAAN\n";
    private const string Budi = "1223011203800001";
    private const string Sri = "1223016507900002";
    private const string Ahmad = "1223010101700003";
    private const string Siti = "1223014506800004";

    [Fact]
    public async Task A_participant_is_found_by_its_kpj_after_a_register_load_and_only_in_the_register_in_force()
    {
        await using var env = await TestEnvironment.StartAsync();
        var store = env.Services.GetRequiredService<ParticipantStore>();
        await env.Register.LoadAsync("peserta/a.csv", Utf8(Header + $"25000000001;{Budi};BUDI SIREGAR;12-03-1980;AKTIF\n" + $"25000000002;{Sri};SRI WAHYUNI HARAHAP;25-07-1990;NON AKTIF\n"), default);

        var sri = await store.FindAsync("25000000002", default);

        Assert.Equal((Sri, "SRI WAHYUNI HARAHAP", "NON AKTIF", 3), (sri?.Nik, sri?.Name, sri?.MembershipStatus, sri?.SourceRow));
        Assert.Equal("25000000002", sri?.RowKey);
        Assert.Null(await store.FindAsync("25000000009", default));
        Assert.Null(await store.FindAsync("KPJ:25000000001", default));

        await env.Register.LoadAsync("peserta/b.csv", Utf8(Header + $"26000000001;{Ahmad};AHMAD LUBIS;01-01-1970;AKTIF\n"), default);

        Assert.Null(await store.FindAsync("25000000002", default));
        Assert.Equal(Ahmad, (await store.FindAsync("26000000001", default))?.Nik);
        Assert.Equal(1, await CountAsync(env, StorageNames.ParticipantsTable));
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("1")]
    public async Task A_kpj_on_two_rows_is_reported_and_only_its_most_recent_row_is_stored_and_matched(string batchRows)
    {
        await using var env = await TestEnvironment.StartAsync(new Dictionary<string, string?> { ["Register:WriteBatchRows"] = batchRows });
        var store = env.Services.GetRequiredService<ParticipantStore>();
        var register = Header +
                       $"25000000001;{Budi};BUDI SIREGAR;12-03-1980;AKTIF\n" +
                       $"25000000002;{Ahmad};AHMAD LUBIS;01-01-1970;AKTIF\n" +
                       $"25000000001;{Siti};SITI AISYAH;05-06-1980;AKTIF\n";

        var loaded = await env.Register.LoadAsync("peserta/export.csv", Utf8(register), default);

        Assert.Equal((2, 1, 0), (loaded.Participants, loaded.DuplicateKpjs, loaded.DuplicateNiks));
        Assert.Contains("KPJ ini tercatat pada 2 baris daftar peserta BPJS (baris 2, 4); yang dipakai baris 4, yang terbaru.", loaded.Problems);
        Assert.Equal(1, (await env.Storage.Table(StorageNames.StateTable).GetEntityAsync<RegisterPointerEntity>("participants", "current")).Value.DuplicateKpjs);
        Assert.Equal(2, await CountAsync(env, StorageNames.ParticipantsTable));
        Assert.Equal((Siti, 4), ((await store.FindAsync("25000000001", default))?.Nik, (await store.FindAsync("25000000001", default))?.SourceRow));

        // The row that lost is out of matching too: Budi is a new worker, Siti the participant.
        var records = await IngestAsync(env, ("1223011203800001", "Budi Siregar", "12-03-1980", "L"), ("1223014506800004", "Siti Aisyah", "05-06-1980", "P"));
        Assert.Equal([("new", null), ("enrolled", "25000000001")], records.Select(r => (r.Status, r.Kpj)));
    }

    [Fact]
    public async Task With_a_date_column_an_earlier_row_of_a_kpj_that_is_more_recent_stays_stored()
    {
        await using var env = await TestEnvironment.StartAsync();
        var store = env.Services.GetRequiredService<ParticipantStore>();
        var register = DatedHeader +
                       $"25000000001;{Budi};BUDI SIREGAR;12-03-1980;AKTIF;15-01-2024\n" +
                       $"25000000001;{Siti};SITI AISYAH;05-06-1980;NON AKTIF;03-02-2019\n";

        var loaded = await env.Register.LoadAsync("peserta/export.csv", Utf8(register), default);

        Assert.Equal((1, 1), (loaded.Participants, loaded.DuplicateKpjs));
        Assert.Contains("yang dipakai baris 2, yang terbaru", Assert.Single(loaded.Problems), StringComparison.Ordinal);
        Assert.Equal(("AKTIF", 2), ((await store.FindAsync("25000000001", default))?.MembershipStatus, (await store.FindAsync("25000000001", default))?.SourceRow));
    }

    [Fact]
    public async Task A_kpj_whose_earlier_row_lost_to_its_nik_keeps_its_later_row()
    {
        await using var env = await TestEnvironment.StartAsync();
        var store = env.Services.GetRequiredService<ParticipantStore>();
        // Row 2 loses its NIK to row 3 (the later row of Budi's NIK); row 4 is KPJ 25000000001's more recent row and stays.
        var register = Header +
                       $"25000000001;{Budi};BUDI SIREGAR;12-03-1980;AKTIF\n" +
                       $"25000000002;{Budi};BUDI SIREGAR;12-03-1980;AKTIF\n" +
                       $"25000000001;{Siti};SITI AISYAH;05-06-1980;AKTIF\n" +
                       $"25000000003;{Ahmad};AHMAD LUBIS;01-01-1970;AKTIF\n" +
                       $"25000000004;{Ahmad};AHMAD LUBIS;01-01-1970;AKTIF\n";

        var loaded = await env.Register.LoadAsync("peserta/export.csv", Utf8(register), default);

        Assert.Equal((3, 1, 2), (loaded.Participants, loaded.DuplicateKpjs, loaded.DuplicateNiks));
        Assert.Equal(3, await CountAsync(env, StorageNames.ParticipantsTable));
        Assert.Equal(Siti, (await store.FindAsync("25000000001", default))?.Nik);
        Assert.Equal(Budi, (await store.FindAsync("25000000002", default))?.Nik);
        Assert.Null(await store.FindAsync("25000000003", default));
        Assert.Equal(Ahmad, (await store.FindAsync("25000000004", default))?.Nik);
        var index = await store.LoadIndexAsync(default);
        Assert.Equal(3, index.Count);
    }

    [Fact]
    public async Task A_snapshot_keyed_by_export_row_stays_readable_until_the_next_load_replaces_it()
    {
        await using var env = await TestEnvironment.StartAsync();
        var store = env.Services.GetRequiredService<ParticipantStore>();
        var participants = env.Storage.Table(StorageNames.ParticipantsTable);
        await participants.UpsertEntityAsync(new ParticipantEntity
        {
            PartitionKey = "s0123456789abcdef0123", RowKey = RecordId.PadRow(2), Kpj = "25000000001", Nik = Budi, Name = "BUDI SIREGAR", MembershipStatus = "AKTIF", SourceRow = 2,
        });
        await env.Storage.Table(StorageNames.StateTable).UpsertEntityAsync(new RegisterPointerEntity { SnapshotId = "s0123456789abcdef0123", SourcePath = "peserta/old.csv", Count = 1 });

        Assert.Equal(Budi, (await store.FindAsync("25000000001", default))?.Nik);

        var loaded = await env.Register.LoadAsync("peserta/new.csv", Utf8(Header + $"25000000001;{Budi};BUDI SIREGAR;12-03-1980;NON AKTIF\n"), default);

        Assert.False(loaded.Unchanged);
        var budi = await store.FindAsync("25000000001", default);
        Assert.Equal(("NON AKTIF", "25000000001"), (budi?.MembershipStatus, budi?.RowKey));
        Assert.Equal(1, await CountAsync(env, StorageNames.ParticipantsTable));
    }

    [Fact]
    public async Task The_person_of_a_participant_listed_in_an_upload_is_found_through_the_kpj_pointers()
    {
        await using var env = await TestEnvironment.StartAsync();
        var records = env.Services.GetRequiredService<RecordStore>();
        await env.Register.LoadAsync("peserta/a.csv", Utf8(Header + $"25000000001;{Budi};BUDI SIREGAR;12-03-1980;AKTIF\n" + $"25000000002;{Sri};SRI WAHYUNI HARAHAP;25-07-1990;AKTIF\n"), default);
        Assert.Null(await records.PersonIdOfParticipantAsync("25000000001", default));

        var listed = await IngestAsync(env, ("1223011203800001", "Budi Siregar", "12-03-1980", "L"), ("1223010101700003", "Ahmad Lubis", "01-01-1970", "L"));

        var budi = listed[0];
        Assert.Equal(("enrolled", "25000000001"), (budi.Status, budi.Kpj));
        Assert.Equal(budi.PersonId, (await records.PersonIdOfParticipantAsync("25000000001", default))?.ToString());
        Assert.Null(await records.PersonIdOfParticipantAsync("25000000002", default));

        // One pointer per row with a KPJ (Ahmad, new, has none); without it nothing is found: the answer is not a scan.
        var pointers = new List<TableEntity>();
        await foreach (var pointer in env.Storage.Table(StorageNames.RecordsByKpjTable).QueryAsync<TableEntity>(e => e.PartitionKey == "kpj"))
        {
            pointers.Add(pointer);
        }

        Assert.Equal("25000000001!", Assert.Single(pointers).RowKey[..12]);
        await env.Storage.Table(StorageNames.RecordsByKpjTable).DeleteEntityAsync(pointers[0]);
        Assert.Null(await records.PersonIdOfParticipantAsync("25000000001", default));
    }

    private static async Task<List<RecordEntity>> IngestAsync(TestEnvironment env, params (string Nik, string Name, string Born, string Sex)[] people)
    {
        var rows = people.Select((p, i) => Worker(i + 1, p.Nik, p.Name, p.Born, p.Sex)).ToArray();
        var outcome = await env.Ingest.IngestAsync("kualuh-hulu/aek-kanopan/daftar.xlsx", new MemoryStream(VillageList(rows)), default);
        return await ReadRecordsAsync(env, outcome.UploadKey);
    }
}
