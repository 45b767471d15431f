using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api.Auth;
using Pipeline.Cli;
using Pipeline.Core.Billing;
using Pipeline.Functions;
using Pipeline.Integration.Tests.Api;
using Pipeline.Integration.Tests.Cohort;
using Pipeline.Storage.Billing;
using Pipeline.Storage.Review;
using static Pipeline.Integration.Tests.Cohort.CohortScenario;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Billing;

/// <summary>
/// BPJS's bill against Azurite: bad bills say why and record nothing; the period from the path or the rows; the blob
/// trigger; the page's upload, files and payment through the API, by role; <c>pipeline reconcile</c> on the same storage.
/// Budi and Rina are funded from February 2026 (KPJ 25011111111 and 25022222222), Sri is refused.
/// </summary>
public sealed class ReconciliationTests
{
    private const string Confirmation = """
        NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN
        1223011203800001;25011111111;DITERIMA;01-02-2026;
        1223016507900002;;DITOLAK;;NIK tidak terdaftar di Dukcapil
        1223015508920004;25022222222;DITERIMA;01-02-2026;
        """;

    /// <summary>Budi matches, Budi again, Rina billed Rp 20.000, an unknown KPJ: one of each code but TIDAK_DITAGIH and SUDAH_BERHENTI.</summary>
    private const string FebruaryBill = """
        KPJ;NIK;NAMA;IURAN
        25011111111;1223011203800001;BUDI SIREGAR;16.800
        25011111111;1223011203800001;BUDI SIREGAR;16.800
        25022222222;1223015508920004;RINA POHAN;Rp 20.000
        25099999999;;ORANG LAIN;16800
        """;

    private static async Task<CohortScenario> FundedAsync()
    {
        var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();
        await scenario.ConfirmAsync(Confirmation);
        return scenario;
    }

    [Theory]
    [InlineData("KPJ;NIK;NAMA\n25011111111;1223011203800001;BUDI\n", "2026-02", "BILL_NO_AMOUNT_COLUMN")]
    [InlineData("NAMA;IURAN\nBUDI;16800\n", "2026-02", "BILL_NO_ID_COLUMN")]
    [InlineData("%PDF-1.7 not a spreadsheet", "2026-02", "FILE_NOT_SPREADSHEET")]
    [InlineData("KPJ;IURAN;BULAN\n25011111111;16800;2026-05\n25022222222;16800;Juni 2026\n", "2026-02", "BILL_PERIOD_MISMATCH")]
    [InlineData("KPJ;IURAN\n25011111111;16800\n", "Februari", "BILL_PERIOD_UNREADABLE")]
    [InlineData("KPJ;IURAN\n25011111111;16800\n", "2026-01..2028-12", "BILL_PERIOD_TOO_LONG")]
    public async Task A_bill_that_cannot_be_used_says_why_and_records_nothing(string content, string period, string code)
    {
        await using var scenario = await FundedAsync();
        var service = scenario.Services.GetRequiredService<ReconciliationService>();

        var report = await service.ReconcileAsync("unggah/tagihan.csv", IngestTests.Utf8(content), period, Bayu, default);

        Assert.Equal((ReconciliationReport.Failed, code, null), (report.Status, report.IssueCode, report.Bill));
        Assert.False(string.IsNullOrWhiteSpace(report.Message));
        Assert.DoesNotContain("{0}", report.Message, StringComparison.Ordinal);
        Assert.Empty(await scenario.Services.GetRequiredService<ReconciliationStore>().ListAsync(default));
        await foreach (var _ in scenario.Environment.Storage.Reports.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "reconciliation/", default))
        {
            Assert.Fail("A bill that could not be used left a file.");
        }

        var audit = await scenario.Services.GetRequiredService<AuditLog>().ReadAsync(10, ReconciliationService.AuditAction, null, default);
        Assert.Contains(audit, a => a.Action == ReconciliationService.AuditAction && a.Why == code);
    }

    /// <summary>
    /// A stored cohort with two people on one KPJ, or a KPJ that is not one (as confirmations could write before
    /// CONFIRM_KPJ_TAKEN and CONFIRM_KPJ_INVALID): the bill says which people to correct (BILL_COHORT_INCONSISTENT) and
    /// records nothing, where it was a system error (a 500, a blob trigger retried to poison).
    /// </summary>
    [Theory]
    [InlineData(RinaNik, "25011111111")]
    [InlineData(BudiNik, "2501111111125022222222")]
    public async Task A_cohort_no_bill_can_be_paid_against_is_a_refusal_naming_person_ids_not_a_system_error(string nik, string storedKpj)
    {
        await using var scenario = await FundedAsync();
        var store = scenario.Services.GetRequiredService<Pipeline.Storage.Cohort.CohortStore>();
        var members = new List<Pipeline.Core.Cohort.CohortMember>();
        await foreach (var member in store.ReadAsync(Pipeline.Core.Cohort.CohortState.Funded, default))
        {
            members.Add(member);
        }

        var broken = members.Single(m => m.Details?.Nik == nik) with { Kpj = storedKpj };
        await store.WriteAsync([store.ToEntity(broken)], [], default);
        var service = scenario.Services.GetRequiredService<ReconciliationService>();

        var report = await service.ReconcileAsync("unggah/tagihan.csv", IngestTests.Utf8(FebruaryBill), "2026-02", Bayu, default);

        Assert.Equal((ReconciliationReport.Failed, "BILL_COHORT_INCONSISTENT", null), (report.Status, report.IssueCode, report.Bill));
        Assert.Contains("KPJ", report.Message, StringComparison.Ordinal);
        Assert.Contains(broken.PersonId, report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("25011111111", report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(nik, report.Message, StringComparison.Ordinal);
        Assert.Empty(await scenario.Services.GetRequiredService<ReconciliationStore>().ListAsync(default));
        var audit = await scenario.Services.GetRequiredService<AuditLog>().ReadAsync(10, ReconciliationService.AuditAction, null, default);
        Assert.Contains(audit, a => a.Why == "BILL_COHORT_INCONSISTENT");
    }

    /// <summary>The confirmation itself no longer writes such a cohort: the second person is funded without the KPJ.</summary>
    [Fact]
    public async Task A_confirmation_giving_a_held_KPJ_to_another_person_funds_them_without_it_and_the_bill_reconciles()
    {
        await using var scenario = await StartAsync();
        await scenario.ListAndReleaseAsync();
        var report = await scenario.Services.GetRequiredService<Pipeline.Storage.Cohort.ConfirmationService>().ConfirmAsync("unggah/konfirmasi.csv", IngestTests.Utf8("""
            NIK;KPJ;STATUS;TANGGAL EFEKTIF
            1223011203800001;25011111111;DITERIMA;01-02-2026
            1223015508920004;25011111111;DITERIMA;01-02-2026
            """), Bayu, default);
        Assert.Contains(report.Rows, r => r.Issues.Any(i => i.Code == "CONFIRM_KPJ_TAKEN"));

        var bill = await scenario.Services.GetRequiredService<ReconciliationService>().ReconcileAsync("unggah/tagihan.csv", IngestTests.Utf8(FebruaryBill), "2026-02", Bayu, default);
        Assert.Equal(ReconciliationReport.Reconciled, bill.Status);
    }

    [Fact]
    public async Task Unknown_people_and_repeated_rows_get_their_codes_and_the_period_comes_from_the_path_or_the_rows()
    {
        await using var scenario = await FundedAsync();
        var service = scenario.Services.GetRequiredService<ReconciliationService>();

        var fromPath = await service.ReconcileAsync("tagihan/2026-02/bpjs.csv", IngestTests.Utf8(FebruaryBill), null, Bayu, default);
        var fromRows = await service.ReconcileAsync("tagihan/bpjs-triwulan.csv", IngestTests.Utf8("KPJ;IURAN;BULAN\n25011111111;16800;2026-02\n25022222222;16800;2026-04\n"), null, Bayu, default);

        Assert.Equal(("2026-02", 1, 1, 1, 1, 0, 0), (fromPath.Bill!.Period.ToString(), fromPath[BillCode.Matched], fromPath[BillCode.BilledTwice], fromPath[BillCode.AmountDiffers],
            fromPath[BillCode.NotFunded], fromPath[BillCode.NotBilled], fromPath[BillCode.FundingEnded]));
        Assert.Equal((16_800m + 16_800m, 16_800m + 3_200m + 16_800m), (fromPath.Bill.ToPay, fromPath.Bill.Disputed));
        Assert.Equal("2026-02..2026-04", fromRows.Bill!.Period.ToString());
        Assert.Equal(2, fromRows[BillCode.Matched]);
        Assert.Equal(2, (await scenario.Services.GetRequiredService<ReconciliationStore>().ListAsync(default)).Count);
    }

    [Fact]
    public async Task A_bill_dropped_into_reference_tagihan_is_reconciled_once()
    {
        await using var scenario = await FundedAsync();
        var function = ActivatorUtilities.CreateInstance<ReconcileBillFunction>(scenario.Services);

        await function.Run(IngestTests.Utf8(FebruaryBill), "tagihan-2026-02.csv", default);
        await function.Run(IngestTests.Utf8(FebruaryBill), "tagihan-2026-02.csv", default);

        var bill = Assert.Single(await scenario.Services.GetRequiredService<ReconciliationStore>().ListAsync(default));
        Assert.Equal(("2026-02", "tagihan/tagihan-2026-02.csv", 4), (bill.Period.ToString(), bill.BillName, bill.BilledRows));
        Assert.True(await scenario.Environment.Storage.Reports.GetBlobClient("reconciliation/2026-02/rekonsiliasi-tagihan-2026-02.xlsx").ExistsAsync());
        var audit = await scenario.Services.GetRequiredService<AuditLog>().ReadAsync(10, ReconciliationService.AuditAction, null, default);
        Assert.Single(audit, a => a.Action == ReconciliationService.AuditAction);
    }

    [Fact]
    public async Task Pipeline_reconcile_writes_the_workbook_and_csv_under_OUT_and_prints_each_code()
    {
        await using var scenario = await FundedAsync();
        var outDir = Path.Combine(Path.GetTempPath(), "pipeline-reconcile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outDir);
        try
        {
            var bill = Path.Combine(outDir, "tagihan-februari.csv");
            await File.WriteAllTextAsync(bill, FebruaryBill);
            var output = new StringWriter();
            var errors = new StringWriter();

            var exit = await CliApp.RunAsync(["reconcile", "--from", outDir, "--storage", scenario.Environment.ConnectionString, "--bill", bill, "--month", "2026-02"], output, errors);

            Assert.True(exit == 0, errors.ToString() + output);
            var printed = output.ToString();
            Assert.Matches(@"COCOK\s+1\b", printed);
            Assert.Matches(@"DITAGIH_GANDA\s+1\b", printed);
            Assert.Matches(@"TIDAK_DITAGIH\s+0\b", printed);
            Assert.True(File.Exists(Path.Combine(outDir, "reconciliation", "2026-02", "rekonsiliasi-tagihan-2026-02.xlsx")));
            var csv = await File.ReadAllLinesAsync(Path.Combine(outDir, "reconciliation", "2026-02", "rekonsiliasi-tagihan-2026-02.csv"));
            Assert.Equal("hasil", csv[0].Split(';')[1]);
            Assert.Equal(["COCOK", "DITAGIH_GANDA", "NOMINAL_BERBEDA", "TIDAK_DIBIAYAI"], csv.Skip(1).Select(l => l.Split(';')[1]));

            Assert.Equal(2, await CliApp.RunAsync(["reconcile", "--from", outDir, "--bill", bill, "--month", "Februari"], output, errors));
            Assert.Equal(2, await CliApp.RunAsync(["reconcile", "--from", outDir, "--bill", bill, "--month", "2026-02", "--months", "2026-01..2026-03"], output, errors));
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }

    [Fact]
    public async Task An_approver_uploads_the_bill_downloads_its_workbook_and_records_its_payment_through_the_API()
    {
        await using var host = await ApiHost.StartAsync();
        await host.Environment.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri()));
        var draft = await ExportTests.PrepareAsync(host.As("rina", ApiRoles.Reviewer));
        var bayu = host.As("bayu", ApiRoles.Approver);
        Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync($"api/exports/{ExportTests.Id(draft)}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bayu.PostAsync("api/cohort/confirmations", Form("konfirmasi.csv", Confirmation))).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("rina", ApiRoles.Reviewer).PostAsync("api/bills", Form("tagihan.csv", FebruaryBill, "2026-02"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As("rina", ApiRoles.Reviewer).GetAsync("api/bills")).StatusCode);
        var failed = await bayu.PostAsync("api/bills", Form("tagihan.csv", "NAMA;IURAN\nBUDI;16800\n", "2026-02"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.StatusCode);
        Assert.Equal("BILL_NO_ID_COLUMN", System.Text.Json.JsonDocument.Parse(await failed.Content.ReadAsStringAsync()).RootElement.GetProperty("issueCode").GetString());

        var answer = await ApiHost.JsonAsync(await bayu.PostAsync("api/bills", Form("tagihan.csv", FebruaryBill, "2026-02")));
        var bill = answer.GetProperty("bill");
        // Only Aek Kanopan's list went out here: Rina is nobody the regency funds.
        Assert.Equal(("reconciled", "2026-02", 16_800m), (answer.GetProperty("status").GetString(), bill.GetProperty("period").GetString(), bill.GetProperty("toPay").GetDecimal()));
        Assert.Equal(1, bill.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "DITAGIH_GANDA").GetProperty("count").GetInt32());
        var workbook = await bayu.GetAsync(bill.GetProperty("workbookUrl").GetString()!.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, workbook.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bayu.GetAsync($"api/bills/{bill.GetProperty("id").GetString()}/file/pdf")).StatusCode);

        var id = bill.GetProperty("id").GetString();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var future = await ApiHost.PostJsonAsync(bayu, $"api/bills/{id}/payment", new { paidOn = "2999-01-01", amount = 16_800 });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ApiHost.PostJsonAsync(host.As("admin", ApiRoles.Admin), $"api/bills/{id}/payment", new { paidOn = today, amount = 16_800 })).StatusCode);
        var paid = await ApiHost.JsonAsync(await ApiHost.PostJsonAsync(bayu, $"api/bills/{id}/payment", new { paidOn = today, amount = 16_800 }));
        Assert.Equal((true, 16_800m, "bayu"), (paid.GetProperty("changed").GetBoolean(), paid.GetProperty("bill").GetProperty("paidAmount").GetDecimal(), paid.GetProperty("bill").GetProperty("paidBy").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await ApiHost.PostJsonAsync(bayu, $"api/bills/{id}/payment", new { paidOn = today, amount = 33_600 })).StatusCode);

        var listed = await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/bills");
        Assert.Equal(today, listed.GetProperty("bills")[0].GetProperty("paidOn").GetString());
        var audit = (await ApiHost.GetJsonAsync(host.As("admin", ApiRoles.Admin), "api/audit?take=100")).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("billing.reconcile", audit);
        Assert.Contains("billing.payment", audit);
        Assert.Contains("download.reconciliation", audit);
    }

    /// <summary>A file as the page sends it (multipart, field <c>file</c>), with the bill's period when given.</summary>
    internal static MultipartFormDataContent Form(string name, string content, string? period = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        if (period is not null)
        {
            form.Add(new StringContent(period), "period");
        }

        return form;
    }
}
