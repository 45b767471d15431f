using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Benchmarks.Villages;

/// <summary>
/// What the tables must say after a soak, checked against the input: every row of the last version of every file
/// stored once (and nothing of earlier versions), each upload processed with counts equal to its stored rows'
/// statuses, every listed person with exactly one <c>new</c> listing, no result left stale, and the person index
/// a cold process loads equal in size to the one the warm process holds.
/// </summary>
internal static class SoakChecks
{
    /// <param name="expectedRows">Upload path → data rows of the version ingested last.</param>
    public static async Task<List<string>> RunAsync(ServiceProvider services, string connectionString, IReadOnlyDictionary<string, int> expectedRows)
    {
        var problems = new List<string>();
        var storage = services.GetRequiredService<PipelineStorage>();
        var records = new List<RecordEntity>();
        await foreach (var record in storage.Table(StorageNames.RecordsTable).QueryAsync<RecordEntity>(
            select: ["PartitionKey", "RowKey", "UploadPath", "SourceRow", "Status", "PersonId"]))
        {
            records.Add(record);
        }

        var byUpload = records.GroupBy(r => r.UploadPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var extra in byUpload.Keys.Except(expectedRows.Keys))
        {
            problems.Add($"rows stored for an upload that was never made: {extra}");
        }

        var uploads = services.GetRequiredService<UploadStore>();
        var refreshed = 0;
        var locked = new List<long>();
        var whole = new List<long>();
        foreach (var (path, expected) in expectedRows)
        {
            var stored = byUpload.GetValueOrDefault(path) ?? [];
            var upload = await uploads.GetAsync(path, default);
            if (upload is null)
            {
                problems.Add($"{path}: no Uploads row");
                continue;
            }

            if (upload.Status != IngestOutcome.Processed)
            {
                problems.Add($"{path}: {upload.Status}");
            }

            if (upload.ResultStale)
            {
                problems.Add($"{path}: result still marked stale");
            }

            if (upload.ResultRefreshedAt is not null)
            {
                refreshed++;
            }

            locked.Add(upload.LockedMs);
            whole.Add(upload.DurationMs);
            if (stored.Count != expected || upload.Rows != expected)
            {
                problems.Add($"{path}: {expected} rows in the last version, {stored.Count} stored, {upload.Rows} in Uploads");
            }

            if (stored.Select(r => r.SourceRow).Distinct().Count() != stored.Count)
            {
                problems.Add($"{path}: a sheet row stored twice");
            }

            var counted = stored.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
            var recorded = upload.Counts.ToDictionary();
            foreach (var (status, count) in recorded)
            {
                if (counted.GetValueOrDefault(status) != count)
                {
                    problems.Add($"{path}: Uploads says {count} {status}, the stored rows {counted.GetValueOrDefault(status)}");
                }
            }
        }

        foreach (var person in records.Where(r => r.PersonId is not null).GroupBy(r => r.PersonId!))
        {
            var listed = person.Count(r => r.Status == "new");
            var duplicates = person.Count(r => r.Status == "duplicate");
            if (listed > 1 || (duplicates > 0 && listed != 1))
            {
                problems.Add($"person {person.Key}: {listed} new and {duplicates} duplicate listings");
            }
        }

        // The warm process's index against the one a fresh process loads from the snapshot and journal.
        int warm, cold;
        await using (await services.GetRequiredService<MatchingGate>().EnterAsync(default))
        {
            warm = (await services.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)).Count;
        }

        await using (var fresh = StoredRecordsBenchmark.Compose(connectionString))
        {
            await using (await fresh.GetRequiredService<MatchingGate>().EnterAsync(default))
            {
                cold = (await fresh.GetRequiredService<PersonIndexCache>().CatchUpAsync(default)).Count;
            }
        }

        locked.Sort();
        whole.Sort();
        if (whole.Count > 0)
        {
            Console.WriteLine($"last round, median per upload: {whole[whole.Count / 2] / 1000.0:F2} s in the service, {locked[locked.Count / 2] / 1000.0:F2} s of it under the matching lease");
        }

        if (warm != cold)
        {
            problems.Add($"person index: {warm} records in the warm process, {cold} loaded cold");
        }

        Console.WriteLine($"checked {records.Count:N0} stored rows in {expectedRows.Count} uploads ({refreshed} with a result written again after another village's upload, at least once); person index {warm:N0} warm, {cold:N0} cold");
        return problems;
    }
}
