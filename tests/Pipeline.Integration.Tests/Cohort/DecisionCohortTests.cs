using System.Net;
using System.Net.Http.Headers;
using Pipeline.Api.Auth;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Integration.Tests.Api;
using static Pipeline.Integration.Tests.Cohort.CohortScenario;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// Decisions move the funded cohort under the same lease: what the cohort says of a person wins over what a decision
/// concluded, and a "same" with a lapsed register participant proposes the person again with the KPJ.
/// </summary>
public sealed class DecisionCohortTests
{
    [Fact]
    public async Task Same_as_a_lapsed_register_participant_reactivates_the_person_and_the_list_carries_the_KPJ()
    {
        await using var host = await ApiHost.StartAsync();
        var register = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n25012345678;1223016507900002;SRI WAHYUNI HARAHAP;25-07-1990;NON AKTIF\n";
        await host.Environment.Register.LoadAsync("peserta/export.csv", IngestTests.Utf8(register), default);
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Worker(1, "1223016507900003", "Sri Wahyuni Harahap", "25-07-1990", "P")));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        Assert.Empty(await ExportTests.MembersAsync(host, CohortState.Candidate));

        var item = await ReviewDecisionTests.SingleQueueItemAsync(reviewer);
        Assert.Equal(HttpStatusCode.OK, (await ReviewDecisionTests.DecideAsync(reviewer, item, "same", "SAME_TYPO")).StatusCode);

        var record = await ReviewDecisionTests.RecordAsync(reviewer, AekKanopan, 4);
        Assert.Equal(("reactivate", "25012345678"), (record.GetProperty("status").GetString(), record.GetProperty("kpj").GetString()));
        var candidate = Assert.Single(await ExportTests.MembersAsync(host, CohortState.Candidate));
        Assert.Equal((RecordStatus.Reactivate, "25012345678"), (candidate.Kind, candidate.Kpj));
        var list = await ExportTests.PrepareAsync(reviewer);
        Assert.Equal((1, 1), (list.GetProperty("people").GetInt32(), list.GetProperty("reactivations").GetInt32()));
    }

    [Fact]
    public async Task A_funded_person_merged_with_another_listing_by_a_decision_stays_funded_and_is_on_no_new_list()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi()));
        var reviewer = host.As("rina", ApiRoles.Reviewer);
        var bayu = host.As("bayu", ApiRoles.Approver);
        var draft = await ExportTests.PrepareAsync(reviewer);
        Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync($"api/exports/{ExportTests.Id(draft)}/release", null)).StatusCode);
        using (var form = new MultipartFormDataContent())
        {
            var file = new ByteArrayContent("NIK;KPJ;STATUS;TANGGAL EFEKTIF\n1223011203800001;25011111111;DITERIMA;2026-02\n"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "konfirmasi.csv");
            Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync("api/cohort/confirmations", form)).StatusCode);
        }

        // Sukarame lists Budi with a NIK one digit off: under review against his funded listing, then decided the same.
        await host.Environment.UploadAndIngestAsync(Sukarame, VillageList(Worker(1, "1223011203800002", "Budi Siregar", "12-03-1980", "L", desa: "Sukarame")));
        Assert.Equal("review", (await ReviewDecisionTests.RecordAsync(reviewer, Sukarame, 4)).GetProperty("status").GetString());
        var item = await ReviewDecisionTests.SingleQueueItemAsync(reviewer);
        Assert.Equal(HttpStatusCode.OK, (await ReviewDecisionTests.DecideAsync(reviewer, item, "same", "SAME_TYPO")).StatusCode);

        var sukarame = await ReviewDecisionTests.RecordAsync(reviewer, Sukarame, 4);
        Assert.Equal(("funded", "25011111111"), (sukarame.GetProperty("status").GetString(), sukarame.GetProperty("kpj").GetString()));
        Assert.Contains(sukarame.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == IssueCatalog.FundedPemda.Code);
        Assert.Equal("funded", (await ReviewDecisionTests.RecordAsync(reviewer, AekKanopan, 4)).GetProperty("status").GetString());
        Assert.Single(await ExportTests.MembersAsync(host, CohortState.Funded));
        Assert.Empty(await ExportTests.MembersAsync(host, CohortState.Candidate));
        Assert.Equal(0, (await ExportTests.PrepareAsync(reviewer)).GetProperty("people").GetInt32());
    }
}
