using Microsoft.Extensions.DependencyInjection;
using Pipeline.Cli;
using Pipeline.Core.Cohort;
using Pipeline.Core.Review;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;

namespace Pipeline.Integration.Tests.Cli;

/// <summary>
/// The samples' lapsed participants are reactivated, a list is released, and <c>pipeline confirm</c> applies BPJS's
/// answer through the same service as the page: the outcome counts printed, a replay changes nothing, and
/// <c>records.csv</c> shows <c>reactivate</c> and <c>funded</c>.
/// </summary>
public sealed class CohortCliTests
{
    [Fact]
    public async Task Confirm_applies_BPJS_answer_to_the_stored_results_and_prints_the_counts()
    {
        var root = CliTests.RepoRoot();
        var outDir = Path.Combine(Path.GetTempPath(), "pipeline-confirm-" + Guid.NewGuid().ToString("N"));
        var output = new StringWriter();
        var errors = new StringWriter();
        try
        {
            Assert.Equal(0, await CliApp.RunAsync(
                ["run", "--input", Path.Combine(root, "samples", "uploads"), "--participants", Path.Combine(root, "samples", "peserta-bpjs.csv"), "--out", outDir, "--reference-date", "2025-11-06"],
                output, errors));
            var records = CliTests.ReadCsv(Path.Combine(outDir, "records.csv"));
            var status = records[0].IndexOf("status");
            var kpj = records[0].IndexOf("kpj");
            var reactivated = records.Skip(1).Where(r => r[status] == "reactivate").ToList();
            Assert.NotEmpty(reactivated);
            Assert.All(reactivated, r => Assert.Matches("^250[0-9]{8}$", r[kpj]));

            // Disnaker prepares the list and BPJS's approver releases it (the page's two steps), on the same storage.
            List<CohortMember> submitted = [];
            await using (var azurite = await AzuriteProcess.StartAsync(Path.Combine(outDir, ".storage")))
            await using (var services = TestEnvironment.Compose(PipelineStorageFactory.FromConnectionString(azurite.ConnectionString)))
            {
                var draft = await services.GetRequiredService<ListPreparer>().PrepareAsync(ListKind.Registration, new AuditLog.Actor("oid-rina", "Rina"), default);
                Assert.Equal(reactivated.Count, draft.Reactivations);
                Assert.Equal(ReleaseStatus.Released, (await services.GetRequiredService<ListReleaser>().ReleaseAsync(draft.RowKey, new AuditLog.Actor("oid-bayu", "Bayu"), default)).Status);
                await foreach (var member in services.GetRequiredService<CohortStore>().ReadAsync(CohortState.Submitted, default))
                {
                    submitted.Add(member);
                }
            }

            var accepted = submitted.First(m => m.Kind == Core.Model.RecordStatus.Reactivate);
            var refused = submitted.First(m => m.Kind == Core.Model.RecordStatus.New);
            var file = Path.Combine(outDir, "konfirmasi-bpjs.csv");
            await File.WriteAllTextAsync(file,
                "NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN\n" +
                $"{accepted.Details!.Nik};{accepted.Kpj};DITERIMA;01-12-2025;\n" +
                $"{refused.Details!.Nik};;DITOLAK;;Data tidak sesuai Dukcapil\n" +
                "1223019999990001;;DITERIMA;;\n");

            var confirm = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["confirm", "--from", outDir, "--file", file], confirm, errors));
            Assert.Contains("3 rows: 1 accepted, 1 refused, 0 unchanged, 1 unmatched, 0 invalid, 0 conflict", confirm.ToString());
            Assert.Contains("row 4: unmatched [CONFIRM_NOT_SUBMITTED]", confirm.ToString());
            Assert.DoesNotContain(accepted.Details.Nik!, confirm.ToString());
            Assert.Single(Directory.GetFiles(Path.Combine(outDir, "konfirmasi"), "*.hasil.xlsx"));

            var again = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["confirm", "--from", outDir, "--file", file], again, errors));
            Assert.Contains("3 rows: 0 accepted, 0 refused, 2 unchanged, 1 unmatched", again.ToString());

            Assert.Equal(0, await CliApp.RunAsync(["export", "--from", outDir], output, errors));
            var exported = CliTests.ReadCsv(Path.Combine(outDir, "records.csv")).Skip(1).ToList();
            var nik = records[0].IndexOf("nik");
            Assert.Contains(exported, r => r[nik] == accepted.Details.Nik && r[status] == "funded" && r[kpj] == accepted.Kpj);
            Assert.Contains(exported, r => r[nik] == refused.Details.Nik && r[status] == "unfunded");
        }
        finally
        {
            Directory.Delete(outDir, recursive: true);
        }
    }
}
