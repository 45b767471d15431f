using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Review;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage.Billing;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Reporting;
using Pipeline.Storage.Review;
using Pipeline.Storage.Tables;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// The programme's monthly cycle on the bundled samples, walked over two months on a fake clock with the services the
/// page, the triggers and the CLI call, with exact counts at each step (issue 16's "done when"):
/// <list type="number">
/// <item>January: the register and the four sample lists are ingested: the NON AKTIF matches are <c>reactivate</c> and
/// go on the list with their KPJ;</item>
/// <item>the list is prepared by Rina and released by Bayu;</item>
/// <item>February: BPJS confirms it with two refusals;</item>
/// <item>a village sends its list again: its funded people stay <c>funded</c>;</item>
/// <item>March: a register export shows them AKTIF: still <c>funded</c>;</item>
/// <item>the March bill arrives with one planted row of each code: the counts are exact;</item>
/// <item>the budget figures equal a computation by hand, and an unpaid month is warned as it nears the lapse.</item>
/// </list>
/// </summary>
public sealed class MonthlyCycleTests
{
    private static readonly string[] Samples =
    [
        "kualuh-hulu/aek-kanopan/daftar-pekerja-rentan.xlsx",
        "kualuh-hulu/sukarame/pekerja-rentan-sukarame.xlsx",
        "kualuh-selatan/damuli-pekan/data-lama.xls",
        "na-ix-x/pulo-jantan/data.csv",
    ];

    private static readonly AuditLog.Actor Rina = new("oid-rina", "Rina");
    private static readonly AuditLog.Actor Bayu = new("oid-bayu", "Bayu");
    private static readonly AuditLog.Actor Andi = new("oid-andi", "Andi");

    [Fact]
    public async Task Two_months_of_the_cycle_give_exact_counts_at_every_step()
    {
        var clock = new FakeTimeProvider(Jakarta(2026, 1, 12));
        await using var env = await TestEnvironment.StartAsync(clock: clock);
        var services = env.Services;
        var root = CliTests.RepoRoot();

        // 1. January: the register, then the four sample lists.
        await using (var register = File.OpenRead(Path.Combine(root, "samples", "peserta-bpjs.csv")))
        {
            await env.Register.LoadAsync("peserta/peserta-bpjs.csv", register, default);
        }

        foreach (var sample in Samples)
        {
            Assert.Equal("processed", await env.UploadAndIngestAsync(sample, File.ReadAllBytes(Path.Combine(root, "samples", "uploads", sample))));
        }

        var records = await AllRecordsAsync(env);
        var reactivate = records.Where(r => r.Status == "reactivate").ToList();
        var registerLapsed = File.ReadLines(Path.Combine(root, "samples", "peserta-bpjs.csv")).Skip(1).Select(l => l.Split(';'))
            .Where(c => c[4] != "AKTIF").ToDictionary(c => c[1], c => c[0]);
        Assert.Equal(StepOne.Reactivate, reactivate.Count);
        Assert.All(reactivate, r => Assert.Equal(registerLapsed[r.Nik!], r.Kpj));
        Assert.Equal(StepOne.New, records.Count(r => r.Status == "new"));

        // 2. Rina prepares the list, Bayu releases it: every new and reactivated person is submitted.
        var draft = await services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Registration, Rina, default);
        Assert.Equal((StepOne.New + StepOne.Reactivate, StepOne.Reactivate), (draft.People, draft.Reactivations));
        var released = await services.GetRequiredService<ListReleaser>().ReleaseAsync(draft.RowKey, Bayu, default);
        Assert.Equal(ReleaseStatus.Released, released.Status);
        using (var list = await WorkbookAsync(env, released.Export!.XlsxPath))
        {
            var sheet = list.Worksheet("Reaktivasi");
            var releasedKpjs = sheet.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).Order().ToList();
            Assert.Equal(reactivate.Select(r => r.Kpj!).Order(), releasedKpjs);
        }

        var submitted = await MembersAsync(services, CohortState.Submitted);
        Assert.Equal(StepOne.New + StepOne.Reactivate, submitted.Count);

        // 3. February: BPJS accepts everyone from February (new people get a KPJ) but refuses two new people.
        clock.SetUtcNow(Jakarta(2026, 2, 3));
        var refused = submitted.Where(m => m.Kind == Core.Model.RecordStatus.New).OrderBy(m => m.PersonId, StringComparer.Ordinal).Take(2).ToList();
        var kpjs = submitted.Select((m, i) => (m, Kpj: m.Kpj ?? $"2602{i:D7}")).ToDictionary(x => x.m.PersonId, x => x.Kpj);
        var confirmation = "NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN\n" + string.Concat(submitted.Select(m => refused.Contains(m)
            ? $"{m.Details!.Nik};;DITOLAK;;NIK tidak terdaftar di Dukcapil\n"
            : $"{m.Details!.Nik};{kpjs[m.PersonId]};DITERIMA;01-02-2026;\n"));
        var confirmed = await services.GetRequiredService<ConfirmationService>().ConfirmAsync("konfirmasi/februari.csv", IngestTests.Utf8(confirmation), Andi, default);
        var funded = submitted.Count - 2;
        Assert.Equal((funded, 2, 0), (confirmed[ConfirmationResult.Accepted], confirmed[ConfirmationResult.Refused], confirmed[ConfirmationResult.Unmatched]));
        Assert.Equal((funded, 2, 0), ((await MembersAsync(services, CohortState.Funded)).Count, (await MembersAsync(services, CohortState.Refused)).Count,
            (await MembersAsync(services, CohortState.Submitted)).Count));
        var duplicates = records.Where(r => r.Status == "duplicate").ToList();
        records = await AllRecordsAsync(env);
        // A person's repeated row in the same list follows them: Sukarame lists two funded people twice.
        Assert.Equal((funded + StepThree.RepeatedRowsOfFunded, funded, 2, 0, 0), (records.Count(r => r.Status == "funded"), records.Where(r => r.Status == "funded").Select(r => r.PersonId).Distinct().Count(),
            records.Count(r => r.Status == "unfunded"), records.Count(r => r.Status == "new"), records.Count(r => r.Status == "reactivate")));
        Assert.Equal(StepThree.RepeatedRowsOfFunded, duplicates.Count(d => records.Single(r => r.RowKey == d.RowKey && r.PartitionKey == d.PartitionKey).Status == "funded"));

        // 4. Pulo Jantan sends its list again (saved anew: one more line end): its funded people stay funded, nobody is new again.
        clock.SetUtcNow(Jakarta(2026, 2, 17));
        var puloJantan = Samples[3];
        var fundedThere = records.Count(r => r.UploadPath == puloJantan && r.Status == "funded");
        Assert.Equal("processed", await env.UploadAndIngestAsync(puloJantan, SavedAgain(root, puloJantan, 1)));
        records = await AllRecordsAsync(env);
        Assert.Equal(StepFour.FundedInPuloJantan, fundedThere);
        Assert.Equal(fundedThere, records.Count(r => r.UploadPath == puloJantan && r.Status == "funded"));
        Assert.Equal((funded + StepThree.RepeatedRowsOfFunded, 0), (records.Count(r => r.Status == "funded"), records.Count(r => r.Status is "new" or "reactivate")));

        // 5. March: the register export shows every funded person AKTIF; they stay funded, never enrolled.
        clock.SetUtcNow(Jakarta(2026, 3, 2));
        var fundedMembers = await MembersAsync(services, CohortState.Funded);
        var march = "KPJ;NIK;NAMA_PESERTA;TGL_LAHIR;STATUS_KEPESERTAAN\n" + string.Concat(fundedMembers.Select(m =>
            $"{m.Kpj};{m.Details!.Nik};{m.Details.Name};{m.Details.BirthDate:dd-MM-yyyy};AKTIF\n"));
        var loaded = await env.Register.LoadAsync("peserta/maret.csv", IngestTests.Utf8(march), default);
        Assert.Equal(("processed", funded, 0), (loaded.Status, loaded.Participants, loaded.Confirmed));
        Assert.Equal(funded, (await MembersAsync(services, CohortState.Funded)).Count);
        Assert.Equal("processed", await env.UploadAndIngestAsync(puloJantan, SavedAgain(root, puloJantan, 2)));
        records = await AllRecordsAsync(env);
        Assert.Equal((fundedThere, funded + StepThree.RepeatedRowsOfFunded), (records.Count(r => r.UploadPath == puloJantan && r.Status == "funded"), records.Count(r => r.Status == "funded")));
        Assert.DoesNotContain(records, r => r.Status == "enrolled" && fundedMembers.Any(m => m.Details!.Nik == r.Nik));

        // An approver ends one person's funding from March (moved away).
        var ended = fundedMembers.OrderBy(m => m.PersonId, StringComparer.Ordinal).First();
        Assert.Null((await services.GetRequiredService<CohortActions>().EndAsync(ended.PersonId, YearMonth.Of(2026, 3), CohortEndReason.Moved, null, Bayu, default)).Refusal);

        // 6. The March bill: every person funded in March at Rp 16.800, with one planted row of each other code.
        clock.SetUtcNow(Jakarta(2026, 3, 10));
        var stillFunded = fundedMembers.Where(m => m.PersonId != ended.PersonId).OrderBy(m => m.PersonId, StringComparer.Ordinal).ToList();
        var notBilled = stillFunded[0];
        var overBilled = stillFunded[1];
        var twice = stillFunded[2];
        var bill = new List<string> { "KPJ;NIK;NAMA;IURAN" };
        bill.AddRange(stillFunded.Skip(1).Select(m => $"{m.Kpj};{m.Details!.Nik};{m.Details.Name};{(m == overBilled ? "20.000" : "16.800")}"));
        bill.Add($"{twice.Kpj};{twice.Details!.Nik};{twice.Details.Name};16800");
        bill.Add($"{ended.Kpj};{ended.Details!.Nik};{ended.Details.Name};16800");
        bill.Add("26099999999;1223019999990009;ORANG LAIN;16800");
        var reconciliation = services.GetRequiredService<ReconciliationService>();
        var report = await reconciliation.ReconcileAsync("tagihan/tagihan-maret.csv", IngestTests.Utf8(string.Join("\n", bill)), "2026-03", Bayu, default);

        Assert.Equal(ReconciliationReport.Reconciled, report.Status);
        Assert.Equal(
            (funded - 3, 1, 1, 1, 1, 1),
            (report[BillCode.Matched], report[BillCode.NotFunded], report[BillCode.NotBilled], report[BillCode.AmountDiffers], report[BillCode.BilledTwice], report[BillCode.FundingEnded]));
        var billed = report.Bill!;
        Assert.Equal((funded + 1, funded - 1), (billed.BilledRows, billed.FundedPeople));
        Assert.Equal((funded * 16_800m) + 20_000m, billed.Billed);
        Assert.Equal((funded - 2) * 16_800m, billed.ToPay);
        Assert.Equal(3_200m + (3 * 16_800m), billed.Disputed);
        Assert.Equal(16_800m, billed.NotBilledValue);
        using (var workbook = await WorkbookAsync(env, report.WorkbookPath!))
        {
            Assert.Equal(["Ringkasan", "Rincian"], workbook.Worksheets.Select(s => s.Name));
        }

        var csv = (await env.Storage.Reports.GetBlobClient(report.CsvPath).DownloadContentAsync()).Value.Content.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(funded + 2, csv.Length - 1);
        Assert.Equal(funded - 3, csv.Count(l => l.Split(';')[1] == "COCOK"));

        // 7. The budget in March, by hand: the funded people, the ended one no longer counted, twelve months at Rp 16.800.
        var fundedInMarch = fundedMembers.Count(m => m.FundedFrom <= YearMonth.Of(2026, 3)) - 1;
        var summary = await services.GetRequiredService<WeeklySummaryService>().MakeCurrentWeekAsync(default);
        using (var weekly = await WorkbookAsync(env, summary.WorkbookPath))
        {
            var total = weekly.Worksheet("Anggaran Pemda").RowsUsed().Single(r => r.Cell(2).GetString() == "Jumlah kabupaten");
            Assert.Equal((fundedInMarch, fundedInMarch * 16_800m, 0, 0, fundedInMarch * 16_800m * 12),
                ((int)total.Cell(3).GetValue<decimal>(), total.Cell(4).GetValue<decimal>(), (int)total.Cell(5).GetValue<decimal>(), (int)total.Cell(6).GetValue<decimal>(), total.Cell(7).GetValue<decimal>()));
        }

        var page = (await env.Storage.Reports.GetBlobClient(summary.PagePath).DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("Peserta dibiayai Pemda", page, StringComparison.Ordinal);
        Assert.Contains($"Tagihan terakhir (Maret 2026", page, StringComparison.Ordinal);

        // The March bill is paid; February was never billed nor paid, and in April it nears the three-month lapse.
        var payments = services.GetRequiredService<BillPaymentService>();
        clock.SetUtcNow(Jakarta(2026, 3, 20));
        var (paidBill, decision) = await payments.RecordAsync(billed.Id, new DateOnly(2026, 3, 20), billed.ToPay, Bayu, default);
        Assert.Equal((true, billed.ToPay), (decision!.Changed, paidBill!.Payment!.Amount));
        clock.SetUtcNow(Jakarta(2026, 4, 6));
        var unpaid = Assert.Single(await payments.UnpaidAsync(default));
        Assert.Equal((YearMonth.Of(2026, 2), funded, funded * 16_800m, new DateOnly(2026, 5, 1), false), (unpaid.Month, unpaid.People, unpaid.Amount, unpaid.LapsesOn, unpaid.Lapsed));

        // The same bill again changes nothing (its payment stays).
        var again = await reconciliation.ReconcileAsync("tagihan/tagihan-maret.csv", IngestTests.Utf8(string.Join("\n", bill)), "2026-03", Andi, default);
        Assert.Equal((ReconciliationReport.Unchanged, billed.Id, billed.ToPay), (again.Status, again.Bill!.Id, again.Bill.Payment?.Amount));
        Assert.Single(await services.GetRequiredService<ReconciliationStore>().ListAsync(default));
    }

    /// <summary>A moment on the Jakarta clock, 09:00 WIB.</summary>
    private static DateTimeOffset Jakarta(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>The sample as a village saves it again: the same rows, <paramref name="lineEnds"/> more line ends (a CSV).</summary>
    private static byte[] SavedAgain(string root, string sample, int lineEnds) =>
        [.. File.ReadAllBytes(Path.Combine(root, "samples", "uploads", sample)), .. Enumerable.Repeat((byte)'\n', lineEnds)];

    private static async Task<List<RecordEntity>> AllRecordsAsync(TestEnvironment env)
    {
        var records = new List<RecordEntity>();
        foreach (var sample in Samples)
        {
            records.AddRange(await IngestTests.ReadRecordsAsync(env, (await IngestTests.GetUploadAsync(env, sample)).UploadKey));
        }

        return records;
    }

    private static async Task<List<CohortMember>> MembersAsync(IServiceProvider services, CohortState state)
    {
        var members = new List<CohortMember>();
        await foreach (var member in services.GetRequiredService<CohortStore>().ReadAsync(state, default))
        {
            members.Add(member);
        }

        return members;
    }

    private static async Task<XLWorkbook> WorkbookAsync(TestEnvironment env, string path)
    {
        var content = (await env.Storage.Reports.GetBlobClient(path).DownloadContentAsync()).Value.Content.ToArray();
        return new XLWorkbook(new MemoryStream(content));
    }

    /// <summary>The samples' figures, from the register and the lists (fixed by the bundled files).</summary>
    private static class StepOne
    {
        public const int New = 101;
        public const int Reactivate = 2;
    }

    private static class StepThree
    {
        public const int RepeatedRowsOfFunded = 2;
    }

    private static class StepFour
    {
        public const int FundedInPuloJantan = 24;
    }
}
