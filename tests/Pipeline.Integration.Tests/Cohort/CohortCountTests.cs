using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Integration.Tests.Api;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Cohort;
using static Pipeline.Integration.Tests.Cohort.CohortScenario;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// The cohort's kept counts (<see cref="CohortCountStore"/>) equal a recount of the <c>Cohort</c> table after every kind
/// of change, made by two processes (the ingest's and the API server's, each with its ledger): the weekly summary, the
/// bill and the admin page read the same figures a scan would give, without the scan.
/// </summary>
public sealed class CohortCountTests
{
    private const string TonoNik = "1223011111850005";
    private const string WatiNik = "1223014404950006";

    private static object?[] Tono(int no = 3) => Worker(no, TonoNik, "Tono Sitorus", "11-11-1985", "L");

    private static object?[] Wati(int no = 2) => Worker(no, WatiNik, "Wati Lubis", "04-04-1995", "P", desa: "Sukarame");

    [Fact]
    public async Task The_kept_counts_equal_a_recount_after_every_kind_of_change()
    {
        await using var host = await ApiHost.StartAsync();
        var env = host.Environment;
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var bayu = host.As("bayu", ApiRoles.Approver);
        await env.Register.LoadAsync("peserta/export.csv",
            IngestTests.Utf8($"KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n25033333333;{TonoNik};TONO SITORUS;11-11-1985;NON AKTIF\n"), default);

        // Candidates, a lapsed participant proposed for reactivation among them.
        await env.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri(), Tono()));
        await env.UploadAndIngestAsync(Sukarame, VillageList(RinaRow(), Wati()));
        await AssertKeptEqualsRecountAsync(env.Services, "candidates");
        Assert.Equal(5, (await Kept(env.Services)).ToAreas().Sum(a => a[CohortState.Candidate]));

        // Withdrawn: the village drops Wati before any list carries her.
        await env.UploadAndIngestAsync(Sukarame, VillageList(RinaRow()));
        await AssertKeptEqualsRecountAsync(env.Services, "withdrawn");

        // Submitted: released by the API server's process.
        var draft = await ExportTests.PrepareAsync(reviewer);
        Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync($"api/exports/{ExportTests.Id(draft)}/release", null)).StatusCode);
        await AssertKeptEqualsRecountAsync(env.Services, "submitted");

        // Funded from different months, and refused.
        await ConfirmAsync(bayu,
            $"NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN\n{BudiNik};25011111111;DITERIMA;2026-02;\n{SriNik};25022222222;DITERIMA;2026-03;\n" +
            $"{TonoNik};25033333333;DITERIMA;2026-02;\n{RinaNik};;DITOLAK;;NIK tidak terdaftar di Dukcapil\n");
        await AssertKeptEqualsRecountAsync(env.Services, "funded and refused");

        // Ended from a month, by this process's ledger (which learns the release and the confirmation from the journal).
        var actions = env.Services.GetRequiredService<CohortActions>();
        var members = await MembersByNikAsync(env.Services);
        Assert.Equal(CohortState.Ended, (await actions.EndAsync(members[SriNik].PersonId, YearMonth.Of(2026, 5), CohortEndReason.Died, null, Andi, default)).Member!.State);
        Assert.Equal(CohortState.Ended, (await actions.EndAsync(members[TonoNik].PersonId, YearMonth.Of(2026, 2), CohortEndReason.Moved, null, Andi, default)).Member!.State);
        await AssertKeptEqualsRecountAsync(env.Services, "ended");

        // Proposed again: the refused and one of the ended.
        Assert.Equal(CohortState.Candidate, (await actions.ReproposeAsync(members[RinaNik].PersonId, "data diperbaiki", Andi, default)).Member!.State);
        Assert.Equal(CohortState.Candidate, (await actions.ReproposeAsync(members[SriNik].PersonId, "kembali", Andi, default)).Member!.State);
        await AssertKeptEqualsRecountAsync(env.Services, "proposed again");

        // Listed again: the withdrawn is a candidate again.
        await env.UploadAndIngestAsync(Sukarame, VillageList(RinaRow(), Wati()));
        await AssertKeptEqualsRecountAsync(env.Services, "listed again");

        // A decision: Sukarame lists Sri with a NIK one digit off, decided the same person; then Aek Kanopan drops her,
        // and her listing in Sukarame stands for her: the candidate moves desa.
        await env.UploadAndIngestAsync(Sukarame, VillageList(RinaRow(), Wati(), Worker(3, "1223016507900003", "Sri Wahyuni Harahap", "25-07-1990", "P", desa: "Sukarame")));
        await AssertKeptEqualsRecountAsync(env.Services, "under review");
        var item = await ReviewDecisionTests.SingleQueueItemAsync(reviewer);
        Assert.Equal(HttpStatusCode.OK, (await ReviewDecisionTests.DecideAsync(reviewer, item, "same", "SAME_TYPO")).StatusCode);
        await AssertKeptEqualsRecountAsync(env.Services, "decided");
        var desaBefore = (await MembersByNikAsync(env.Services))[SriNik].Details!.DesaCode;
        await env.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Tono(2)));
        await AssertKeptEqualsRecountAsync(env.Services, "moved");
        var sri = (await MembersByNikAsync(env.Services)).Values.Single(m => m.PersonId == members[SriNik].PersonId);
        Assert.Equal(CohortState.Candidate, sri.State);
        Assert.NotEqual(desaBefore, sri.Details!.DesaCode);

        // The API reads the same figures; a new process reads them without a recount.
        var counts = await ApiHost.GetJsonAsync(bayu, "api/cohort/counts");
        var recount = await env.Services.GetRequiredService<CohortStore>().RecountAsync(default);
        Assert.All(CohortStates.All, s => Assert.Equal(
            recount.ToAreas().Sum(a => a[s]),
            counts.GetProperty("states").EnumerateArray().Single(j => j.GetProperty("code").GetString() == s.ToCode()).GetProperty("count").GetInt32()));
        await using var fresh = TestEnvironment.Compose(env.Storage);
        var ledger = fresh.GetRequiredService<CohortLedger>();
        await using (await fresh.GetRequiredService<Storage.Ingest.MatchingGate>().EnterAsync(default))
        {
            await ledger.CatchUpAsync(default);
        }

        Assert.Equal((1, 0), (ledger.Statistics.Loads, ledger.Statistics.Recounts));
    }

    [Fact]
    public async Task Counts_are_built_once_from_a_recount_when_a_journal_entry_carries_none()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri()));
        var counts = env.Storage.Table(Storage.StorageNames.CohortCountsTable);
        await foreach (var row in counts.QueryAsync<Azure.Data.Tables.TableEntity>())
        {
            await counts.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }

        // Before they are built, readers recount.
        Assert.Null(await env.Services.GetRequiredService<CohortCountStore>().ReadAsync(default));
        Assert.Equal(2, (await env.Services.GetRequiredService<CohortCountStore>().CountByDesaAsync(default)).Sum(a => a[CohortState.Candidate]));

        await using var next = TestEnvironment.Compose(env.Storage);
        var ledger = next.GetRequiredService<CohortLedger>();
        await using (await next.GetRequiredService<Storage.Ingest.MatchingGate>().EnterAsync(default))
        {
            await ledger.CatchUpAsync(default);
            await ledger.CatchUpAsync(default);
        }

        Assert.Equal(1, ledger.Statistics.Recounts);
        await AssertKeptEqualsRecountAsync(env.Services, "built");
    }

    private static async Task<CohortTally> Kept(IServiceProvider services) =>
        await services.GetRequiredService<CohortCountStore>().ReadAsync(default) ?? throw new Xunit.Sdk.XunitException("The counts are not built.");

    private static async Task AssertKeptEqualsRecountAsync(IServiceProvider services, string after)
    {
        var kept = await Kept(services);
        var recount = await services.GetRequiredService<CohortStore>().RecountAsync(default);
        Assert.True(recount.People.Count > 0, after);
        Assert.Equal(
            recount.People.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal).Select(c => $"{after}: {c.Key} {c.Value}").ToList(),
            kept.People.Where(c => c.Value != 0).OrderBy(c => c.Key.ToString(), StringComparer.Ordinal).Select(c => $"{after}: {c.Key} {c.Value}").ToList());
        Assert.Equal(Describe(recount.ToAreas()), Describe(await services.GetRequiredService<CohortCountStore>().CountByDesaAsync(default)));
    }

    /// <summary>Every figure an area gives: the people per state, and per month those the regency pays for.</summary>
    private static List<string> Describe(IReadOnlyList<CohortAreaCounts> areas) => areas.Select(a =>
        $"{a.KecamatanCode}/{a.DesaCode}: {string.Join(",", CohortStates.All.Select(s => a[s]))}; funded {a.Funded.People} from {a.Funded.First}: " +
        string.Join(",", Enumerable.Range(0, 12).Select(m => a.Funded.In(YearMonth.Of(2026, 1).AddMonths(m))))).ToList();

    private static async Task ConfirmAsync(HttpClient approver, string csv)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "konfirmasi.csv");
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync("api/cohort/confirmations", form)).StatusCode);
    }
}
