using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Cohort;
using Pipeline.Integration.Tests.Support;
using Pipeline.Storage;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;
using static Pipeline.Integration.Tests.Cohort.CohortScenario;
using static Pipeline.Integration.Tests.Support.Workbooks;

namespace Pipeline.Integration.Tests.Cohort;

/// <summary>
/// The cohort's durable state: each process keeps a compact view current from the journal (an upload reads one
/// state row when nothing moved), and a change a crash left pending is redone, rows and audit entries alike.
/// </summary>
public sealed class CohortLedgerTests
{
    [Fact]
    public async Task Another_process_catches_up_through_the_journal_not_by_reading_the_cohort_again()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync(AekKanopan, VillageList(Budi(), Sri()));
        await using var other = TestEnvironment.Compose(env.Storage);
        var ledger = other.GetRequiredService<CohortLedger>();
        await using (await other.GetRequiredService<Storage.Ingest.MatchingGate>().EnterAsync(default))
        {
            Assert.Equal(2, (await ledger.CatchUpAsync(default)).Count);
        }

        await env.UploadAndIngestAsync(Sukarame, VillageList(RinaRow()));
        await env.UploadAndIngestAsync(Sukarame, VillageList(RinaRow()));
        await using (await other.GetRequiredService<Storage.Ingest.MatchingGate>().EnterAsync(default))
        {
            var view = await ledger.CatchUpAsync(default);
            Assert.Equal(3, view.Count);
            var again = await ledger.CatchUpAsync(default);
            Assert.Same(view, again);
        }

        Assert.Equal((1, 1), (ledger.Statistics.Loads, ledger.Statistics.JournalEntriesRead));
    }

    [Fact]
    public async Task A_change_left_pending_by_a_crash_is_redone_by_whoever_comes_next_rows_and_audit_alike()
    {
        await using var env = await TestEnvironment.StartAsync();
        await env.UploadAndIngestAsync(AekKanopan, VillageList(Budi()));
        var store = env.Services.GetRequiredService<CohortStore>();
        var budi = await store.ReadAsync(CohortState.Candidate, default).SingleAsync();
        var state = env.Storage.Table(StorageNames.StateTable);
        var row = (await state.GetEntityAsync<CohortStateEntity>(CohortStateEntity.Partition, "labuhanbatu-utara")).Value;

        // A process wrote the entry and the pending mark, then died before any row or audit entry.
        var change = budi.Submit("20260112-0900-ab12", new DateOnly(2026, 1, 12), new CohortActor("oid-bayu", "Bayu"), DateTimeOffset.UtcNow).Change!;
        var entry = new CohortJournalEntry
        {
            Upserts = [store.ToEntity(change.After)],
            Deletes = [[store.PartitionOf(CohortState.Candidate), budi.PersonId]],
            Audit = [AuditLog.Entry.Of(new AuditLog.Actor("oid-bayu", "Bayu"), change.After.ChangedAt, "export.release", "20260112-0900-ab12", null, new { status = "released" }, null, "export.release:20260112-0900-ab12")],
        };
        await env.Storage.Reference.GetBlobClient($"cohort/labuhanbatu-utara/journal/{row.Version + 1:D19}.json").UploadAsync(entry.ToBytes());
        row.Pending = row.Version + 1;
        await state.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);

        await using var next = TestEnvironment.Compose(env.Storage);
        var ledger = next.GetRequiredService<CohortLedger>();
        await using (await next.GetRequiredService<Storage.Ingest.MatchingGate>().EnterAsync(default))
        {
            Assert.Equal(CohortState.Submitted, (await ledger.CatchUpAsync(default)).Find(budi.PersonId)!.State);
        }

        Assert.Equal(1, ledger.Statistics.Redone);
        Assert.Empty(await store.ReadAsync(CohortState.Candidate, default).ToListAsync());
        Assert.Equal("20260112-0900-ab12", (await store.ReadAsync(CohortState.Submitted, default).SingleAsync()).ExportId);
        Assert.Single(await next.GetRequiredService<AuditLog>().ReadAsync(10, "export.release", null, default));
        var committed = (await state.GetEntityAsync<CohortStateEntity>(CohortStateEntity.Partition, "labuhanbatu-utara")).Value;
        Assert.Equal((row.Pending, 0L), (committed.Version, committed.Pending));
    }
}
