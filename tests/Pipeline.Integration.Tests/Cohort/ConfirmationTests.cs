using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;
using static Pipeline.Integration.Tests.Cohort.CohortScenario;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// BPJS's confirmation against Azurite: accepted people funded, refused ones refused with the reason (and their
/// villages told), unmatched rows listed, a replay changing nothing, bad files changing nothing; the register confirms
/// too; a confirmation and an ingest at the same moment converge.
/// </summary>
public sealed class ConfirmationTests
{
    private const string January = """
        NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN
        1223011203800001;25011111111;DITERIMA;01-02-2026;
        1223016507900002;;DITOLAK;;NIK tidak terdaftar di Dukcapil
        9999999999999999;;DITERIMA;;
        """;

    [Fact]
    public async Task Accepted_people_are_funded_refused_ones_say_why_to_their_village_and_the_same_file_again_changes_nothing()
    {
        await using var scenario = await StartAsync();
        var released = await scenario.ListAndReleaseAsync();

        var report = await scenario.ConfirmAsync(January);

        Assert.Equal(("processed", 1, 1, 1), (report.Status, report[ConfirmationResult.Accepted], report[ConfirmationResult.Refused], report[ConfirmationResult.Unmatched]));
        Assert.Equal("CONFIRM_NOT_SUBMITTED", report.Rows.Single(r => r.Result == ConfirmationResult.Unmatched).Issues[0].Code);
        var members = await scenario.MembersByNikAsync();
        Assert.Equal((CohortState.Funded, "25011111111", YearMonth.Of(2026, 2), released.RowKey), (members[BudiNik].State, members[BudiNik].Kpj, members[BudiNik].FundedFrom, members[BudiNik].ExportId));
        Assert.Equal((CohortState.Refused, "NIK tidak terdaftar di Dukcapil"), (members[SriNik].State, members[SriNik].Refusal));
        Assert.Equal(CohortState.Submitted, members[RinaNik].State);

        var budi = await scenario.RecordAsync(AekKanopan, BudiNik);
        var sri = await scenario.RecordAsync(AekKanopan, SriNik);
        Assert.Equal(("funded", "25011111111"), (budi.Status, budi.Kpj));
        Assert.Contains("Sudah dibiayai Pemda sejak Februari 2026, KPJ 25011111111", budi.IssueList);
        Assert.Equal("unfunded", sri.Status);
        Assert.Contains("NIK tidak terdaftar di Dukcapil", sri.IssueList);
        var upload = await IngestTests.GetUploadAsync(scenario.Environment, AekKanopan);
        Assert.Equal((1, 1, 0), (upload.Counts[Core.Model.RecordStatus.Funded], upload.Counts[Core.Model.RecordStatus.Unfunded], upload.Counts[Core.Model.RecordStatus.New]));
        Assert.True(await scenario.Environment.Storage.Reports.GetBlobClient(report.ResultPath).ExistsAsync());

        var audit = scenario.Services.GetRequiredService<AuditLog>();
        var confirmsBefore = (await audit.ReadAsync(100, "cohort.confirm", null, default)).Count(a => a.Action == "cohort.confirm");
        var again = await scenario.ConfirmAsync(January);

        Assert.Equal((2, 1, 0, 0), (again[ConfirmationResult.Unchanged], again[ConfirmationResult.Unmatched], again[ConfirmationResult.Accepted], again[ConfirmationResult.Refused]));
        Assert.Equal(confirmsBefore, (await audit.ReadAsync(100, "cohort.confirm", null, default)).Count(a => a.Action == "cohort.confirm"));
        Assert.Equal(members[BudiNik].ChangedAt, (await scenario.MembersByNikAsync())[BudiNik].ChangedAt);
    }

    [Theory]
    [InlineData("NIK;KPJ;TANGGAL EFEKTIF\n1223011203800001;1;2026-02\n", "CONFIRM_NO_STATUS_COLUMN")]
    [InlineData("KPJ;STATUS\n1;DITERIMA\n", "CONFIRM_NO_NIK_COLUMN")]
    [InlineData("%PDF-1.7 not a spreadsheet", "FILE_NOT_SPREADSHEET")]
    public async Task A_file_that_cannot_be_used_says_why_and_changes_nothing(string content, string code)
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();

        var report = await scenario.ConfirmAsync(content, "konfirmasi-rusak.csv");

        Assert.Equal(("failed", code), (report.Status, report.IssueCode));
        Assert.False(string.IsNullOrWhiteSpace(report.Message));
        Assert.All((await scenario.MembersByNikAsync()).Values, m => Assert.Equal(CohortState.Submitted, m.State));
    }

    [Fact]
    public async Task Repeated_and_unreadable_rows_are_listed_and_the_good_rows_applied()
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();

        var report = await scenario.ConfirmAsync("""
            NIK;STATUS;TANGGAL EFEKTIF
            1223011203800001;DITERIMA;2026-02
            1223011203800001;DITOLAK;
            1223016507900002;DITERIMA;kapan-kapan
            1223015508920004;DITERIMA;2026-02
            """);

        Assert.Equal(["CONFIRM_REPEATED", "CONFIRM_REPEATED", "CONFIRM_DATE_UNREADABLE"], report.Rows.Where(r => r.Result == ConfirmationResult.Invalid).Select(r => r.Issues[0].Code));
        var members = await scenario.MembersByNikAsync();
        Assert.Equal((CohortState.Submitted, CohortState.Submitted, CohortState.Funded), (members[BudiNik].State, members[SriNik].State, members[RinaNik].State));
    }

    [Fact]
    public async Task A_register_export_that_shows_a_submitted_person_active_confirms_them_and_a_funded_person_stays_funded()
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();
        await scenario.ConfirmAsync("NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223011203800001;25011111111;DITERIMA;2026-02\n");
        scenario.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.Zero));

        var loaded = await scenario.Environment.Register.LoadAsync("peserta/maret.csv", IngestTests.Utf8(
            "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n" +
            "25011111111;1223011203800001;BUDI SIREGAR;12-03-1980;AKTIF\n" +
            "25022222222;1223015508920004;RINA POHAN;15-08-1992;AKTIF\n" +
            "25033333333;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;NON AKTIF\n"), default);

        Assert.Equal(1, loaded.Confirmed);
        var members = await scenario.MembersByNikAsync();
        Assert.Equal((CohortState.Funded, "25022222222", YearMonth.Of(2026, 3), ConfirmationService.RegisterSource),
            (members[RinaNik].State, members[RinaNik].Kpj, members[RinaNik].FundedFrom, members[RinaNik].ConfirmedBy));
        Assert.Equal("funded", (await scenario.RecordAsync(Sukarame, RinaNik)).Status);

        // Aek Kanopan sends its list again: Budi, AKTIF in the register, stays funded, never enrolled or new.
        await scenario.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri()));
        var budi = await scenario.RecordAsync(AekKanopan, BudiNik);
        Assert.Equal(("funded", "25011111111"), (budi.Status, budi.Kpj));
        Assert.DoesNotContain("ENROLLED_BPJS", budi.Issues);
        // Sri, still waiting for BPJS, is now lapsed in the register: reactivation, still submitted, never on another list.
        Assert.Equal(("reactivate", CohortState.Submitted), ((await scenario.RecordAsync(AekKanopan, SriNik)).Status, (await scenario.MembersByNikAsync())[SriNik].State));
    }

    [Fact]
    public async Task A_confirmation_and_an_ingest_at_the_same_moment_converge()
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();

        // A second process ingests while this one confirms: both take the regency's matching lease in turn.
        await using var other = TestEnvironment.Compose(scenario.Environment.Storage);
        await Task.WhenAll(
            scenario.ConfirmAsync(January),
            other.GetRequiredService<Storage.Ingest.UploadIngestService>().IngestAsync(AekKanopan, new MemoryStream(VillageList(Sri(1), Budi(2), Worker(3, "1223010101700003", "Dedi Lubis", "01-01-1970", "L"))), default));

        var budi = await scenario.RecordAsync(AekKanopan, BudiNik);
        var sri = await scenario.RecordAsync(AekKanopan, SriNik);
        Assert.Equal(("funded", "unfunded", 5, 4), (budi.Status, sri.Status, budi.SourceRow, sri.SourceRow));
        var members = await scenario.MembersByNikAsync();
        Assert.Equal((CohortState.Funded, CohortState.Refused, CohortState.Candidate), (members[BudiNik].State, members[SriNik].State, members["1223010101700003"].State));
        var upload = await IngestTests.GetUploadAsync(scenario.Environment, AekKanopan);
        Assert.Equal((1, 1, 1), (upload.Counts[Core.Model.RecordStatus.Funded], upload.Counts[Core.Model.RecordStatus.Unfunded], upload.Counts[Core.Model.RecordStatus.New]));
    }

    [Fact]
    public async Task The_blob_trigger_and_the_page_call_the_same_service()
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();
        var csv = "NIK;STATUS;TANGGAL EFEKTIF\n1223015508920004;DITERIMA;2026-02\n";
        await scenario.Environment.Storage.Reference.GetBlobClient(StorageNames.ConfirmationsPrefix + "januari.csv").UploadAsync(new BinaryData(csv));

        var function = ActivatorUtilities.CreateInstance<Functions.LoadConfirmationFunction>(scenario.Services);
        await function.Run(IngestTests.Utf8(csv), "januari.csv", default);

        Assert.Equal(CohortState.Funded, (await scenario.MembersByNikAsync())[RinaNik].State);
        var entry = Assert.Single(await scenario.Services.GetRequiredService<AuditLog>().ReadAsync(10, "cohort.confirmation", null, default));
        Assert.Equal(("system:konfirmasi", "konfirmasi/januari.csv"), (entry.Actor, entry.Target));
    }
}
