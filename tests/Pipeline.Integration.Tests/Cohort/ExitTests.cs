using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Review;
using Pipeline.Integration.Tests.Api;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;
using static Pipeline.Integration.Tests.Cohort.CohortScenario;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// Exits: a funded person dropped by their village is flagged, never ended by itself; an approver ends the funding with
/// a month and a reason; the ended go to BPJS on a stop list under the same four eyes; the age limit ends and flags.
/// </summary>
public sealed class ExitTests
{
    [Fact]
    public async Task A_dropped_funded_person_is_flagged_an_approver_ends_them_and_a_stop_list_goes_out_under_four_eyes()
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();
        await scenario.ConfirmAsync("NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223011203800001;25011111111;DITERIMA;2026-02\n1223016507900002;25022222222;DITERIMA;2026-02\n");
        var actions = scenario.Services.GetRequiredService<CohortActions>();

        // Aek Kanopan's newest list no longer names Budi: a question for an administrator, not an end.
        await scenario.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Sri(1)));
        var flagged = Assert.Single(await actions.FlaggedAsync(default));
        Assert.Equal((BudiNik, CohortState.Funded, CohortFlag.MissingFromList), (flagged.Details!.Nik, flagged.State, flagged.Flag));
        Assert.Contains(AekKanopan, flagged.FlagNote);

        // Andi ends Budi's funding from April (he died in March); it cannot be ended twice differently.
        var ended = await actions.EndAsync(flagged.PersonId, YearMonth.Of(2026, 4), CohortEndReason.Died, "akta kematian", Andi, default);
        Assert.True(ended.Changed);
        Assert.Equal((CohortState.Ended, YearMonth.Of(2026, 4), "oid-andi"), (ended.Member!.State, ended.Member.EndedFrom, ended.Member.EndedBy));
        Assert.NotNull((await actions.EndAsync(flagged.PersonId, YearMonth.Of(2026, 5), CohortEndReason.Moved, null, Andi, default)).Refusal);
        Assert.Empty(await actions.FlaggedAsync(default));
        var period = Assert.Single(await ReadFundedAsync(scenario), p => p.Nik == BudiNik);
        Assert.Equal((YearMonth.Of(2026, 2), YearMonth.Of(2026, 4), "meninggal dunia"), (period.FundedFrom, period.EndedFrom, period.EndReason));

        // The stop list: prepared by Rina, refused to Rina (preparer) and to Andi (he ended Budi), released by Bayu.
        var stop = await scenario.Services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Stop, Rina, default);
        Assert.Equal(("stop", 1, "oid-andi"), (stop.Kind, stop.People, stop.Deciders));
        var releaser = scenario.Services.GetRequiredService<ListReleaser>();
        Assert.Equal(ReleaseStatus.Refused, (await releaser.ReleaseAsync(stop.RowKey, Rina, default)).Status);
        Assert.Equal(ReleaseStatus.Refused, (await releaser.ReleaseAsync(stop.RowKey, Andi, default)).Status);
        Assert.Equal(ReleaseStatus.Released, (await releaser.ReleaseAsync(stop.RowKey, Bayu, default)).Status);
        Assert.Equal(stop.RowKey, (await scenario.MembersByNikAsync())[BudiNik].StopExportId);
        Assert.Equal(0, (await scenario.Services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Stop, Rina, default)).People);

        // Listed again later, Budi's listing says his funding ended; he is not proposed again by himself.
        await scenario.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Sri(1), Budi(2)));
        var budi = await scenario.RecordAsync(AekKanopan, BudiNik);
        Assert.Equal("unfunded", budi.Status);
        Assert.Contains("dihentikan mulai April 2026 (meninggal dunia)", budi.IssueList);
        Assert.Equal(0, (await scenario.Services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Registration, Rina, default)).People);
    }

    [Fact]
    public async Task The_age_limit_flags_in_the_birthday_month_and_ends_after_it()
    {
        // Budi was born in March 1980: at a maximum age of 46 he is flagged in March 2026 and ended from April.
        await using var scenario = await StartAsync(new Dictionary<string, string?> { ["Cohort:MaxAge"] = "46" });
        await scenario.ListAndReleaseAsync();
        await scenario.ConfirmAsync("NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223011203800001;25011111111;DITERIMA;2026-02\n");
        var actions = scenario.Services.GetRequiredService<CohortActions>();

        scenario.Clock.SetUtcNow(new DateTimeOffset(2026, 2, 28, 17, 30, 0, TimeSpan.Zero)); // 1 March, 00:30 WIB
        var march = await actions.ApplyAgeLimitAsync(default);
        Assert.Equal(CohortFlag.AgeLimitNextMonth, Assert.Single(march).After.Flag);

        scenario.Clock.SetUtcNow(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
        var april = Assert.Single(await actions.ApplyAgeLimitAsync(default)).After;
        Assert.Equal((CohortState.Ended, CohortEndReason.Age, YearMonth.Of(2026, 4)), (april.State, april.EndReason, april.EndedFrom));
        Assert.Equal("unfunded", (await scenario.RecordAsync(AekKanopan, BudiNik)).Status);
        Assert.Empty(await actions.ApplyAgeLimitAsync(default));
    }

    [Fact]
    public async Task An_approver_uploads_the_confirmation_on_the_page_and_ends_funding_through_the_API()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri()));
        var draft = await ExportTests.PrepareAsync(host.As("rina", ApiRoles.Reviewer));
        var bayu = host.As("bayu", ApiRoles.Approver);
        Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync($"api/exports/{ExportTests.Id(draft)}/release", null)).StatusCode);

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223011203800001;25011111111;DITERIMA;2026-02\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "konfirmasi.csv");
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("rina", ApiRoles.Reviewer).PostAsync("api/cohort/confirmations", form)).StatusCode);
        var answer = await ApiHost.JsonAsync(await bayu.PostAsync("api/cohort/confirmations", form));
        Assert.Equal((1, "accepted"), (answer.GetProperty("counts").GetProperty("accepted").GetInt32(), answer.GetProperty("rows")[0].GetProperty("result").GetString()));
        var outcome = await bayu.GetAsync(answer.GetProperty("resultUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await bayu.PostAsync("api/cohort/confirmations", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);

        var personId = answer.GetProperty("rows")[0].GetProperty("personId").GetString();
        var bad = await ApiHost.PostJsonAsync(bayu, $"api/cohort/{personId}/end", new { month = "April 2026", reason = "meninggal" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var ended = await ApiHost.JsonAsync(await ApiHost.PostJsonAsync(bayu, $"api/cohort/{personId}/end", new { month = "2026-04", reason = "pindah", note = "pindah ke Medan" }));
        Assert.Equal(("ended", "2026-04", "pindah"), (ended.GetProperty("state").GetString(), ended.GetProperty("endedFrom").GetString(), ended.GetProperty("endReason").GetString()));
        var counts = await ApiHost.GetJsonAsync(bayu, "api/cohort/counts");
        Assert.Equal(1, counts.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "ended").GetProperty("count").GetInt32());
        var audit = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=cohort.&take=100")).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("cohort.end", audit);
        var downloads = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?action=download.&take=100")).EnumerateArray().ToList();
        Assert.Contains(downloads, a => a.GetProperty("action").GetString() == "download.confirmation"
            && a.GetProperty("sentence").GetString()!.StartsWith("bayu mengunduh hasil konfirmasi BPJS", StringComparison.Ordinal));
    }

    private static async Task<List<FundedPeriod>> ReadFundedAsync(CohortScenario scenario)
    {
        var list = new List<FundedPeriod>();
        await foreach (var period in scenario.Services.GetRequiredService<CohortStore>().ReadFundedAsync(default))
        {
            list.Add(period);
        }

        return list;
    }
}
