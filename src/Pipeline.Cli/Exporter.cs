using System.Globalization;
using Azure;
using Pipeline.Core.Model;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Reporting;
using Pipeline.Storage.Tables;

namespace Pipeline.Cli;

/// <summary>
/// Writes the run's exports: records.csv, uploads.csv and results/. These names and columns are a contract
/// other tools read: columns may be added, never renamed or removed.
/// </summary>
/// <remarks>
/// Everything is written while it is read: uploads.csv from one scan of <c>Uploads</c>, records.csv row by row
/// from one ordered pass over the <c>Records</c> partitions (<see cref="RecordPages"/>; at the end of <c>run</c>,
/// the weekly summary's own pass, so the stored rows are read once for both), and the result workbooks downloaded
/// to disk meanwhile. Nothing is held per record, so memory does not grow with what is stored.
/// </remarks>
public sealed class Exporter(PipelineStorage storage, UploadStore uploadStore, RecordPages records)
{
    public static readonly string[] RecordColumns =
    [
        "source_file", "source_row", "status", "person_id", "nik", "name", "birth_date", "sex", "desa_code", "issues",
        "kecamatan_code", "name_titles", "birth_place", "phone", "occupation", "age", "no_kk", "kpj", "messages",
    ];

    /// <summary>The status columns uploads.csv had first; statuses added since come after <c>result_file</c>, so no column moves.</summary>
    private static readonly RecordStatus[] FirstStatusColumns =
        [RecordStatus.New, RecordStatus.Duplicate, RecordStatus.Enrolled, RecordStatus.Review, RecordStatus.Rejected, RecordStatus.Ineligible];

    private static readonly RecordStatus[] LaterStatusColumns =
        RecordStatuses.All.Select(s => s.Status).Except(FirstStatusColumns).ToArray();

    public static readonly string[] UploadColumns =
    [
        "source_file", "status", "rows", "message", "issue_code", .. FirstStatusColumns.Select(s => s.ToCode()), "result_file",
        .. LaterStatusColumns.Select(s => s.ToCode()),
    ];

    /// <summary>Every export, records.csv read by its own pass.</summary>
    /// <param name="uploads">The uploads to export, in path order: path relative to --input, and what ingest said.</param>
    /// <returns>How many rows of these uploads are people to pay for (<c>new</c> or <c>reactivate</c>), as stored now.</returns>
    public async Task<int> ExportAsync(IReadOnlyList<IngestOutcome> uploads, string outDir, CancellationToken cancellationToken)
    {
        await using var export = await BeginAsync(uploads, outDir, cancellationToken);
        await records.ForEachAsync(export.Records.Uploads, u => u, RecordEntity.ExportColumns, export.Records.Observe, cancellationToken);
        return await export.CompleteAsync();
    }

    /// <summary>
    /// Writes uploads.csv, starts downloading the result workbooks, and opens records.csv for a pass someone else
    /// makes (<see cref="Export.Records"/> observes it); <see cref="Export.CompleteAsync"/> ends both.
    /// </summary>
    public async Task<Export> BeginAsync(IReadOnlyList<IngestOutcome> uploads, string outDir, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outDir);
        var stored = new Dictionary<string, UploadEntity>(StringComparer.Ordinal);
        await foreach (var entity in uploadStore.ListAllAsync(cancellationToken))
        {
            stored[entity.Path] = entity;
        }

        var newPeople = 0;
        using (var csv = new CsvWriter(Path.Combine(outDir, "uploads.csv")))
        {
            csv.WriteRow(UploadColumns);
            foreach (var outcome in uploads)
            {
                var entity = stored.GetValueOrDefault(outcome.UploadPath);
                newPeople += entity?.Counts.Candidates ?? 0;
                csv.WriteRow(
                [
                    outcome.UploadPath, outcome.Status, Num(outcome.Rows), outcome.Message ?? "", outcome.IssueCode ?? "",
                    .. FirstStatusColumns.Select(s => Num(entity?.Counts[s])),
                    HasResult(outcome) ? "results/" + outcome.ResultPath : "",
                    .. LaterStatusColumns.Select(s => Num(entity?.Counts[s])),
                ]);
            }
        }

        var recordsCsv = new RecordsCsv(Path.Combine(outDir, "records.csv"), uploads.Where(u => u.Status == IngestOutcome.Processed));
        return new Export(recordsCsv, DownloadResultsAsync(uploads, outDir, cancellationToken), newPeople);
    }

    private async Task DownloadResultsAsync(IReadOnlyList<IngestOutcome> uploads, string outDir, CancellationToken cancellationToken)
    {
        // Beside the records pass: blobs and tables are served side by side.
        await Task.Yield();
        foreach (var outcome in uploads.Where(HasResult))
        {
            var target = Path.Combine(outDir, "results", outcome.ResultPath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);

            // Written beside, then moved: a result that is missing or cut off never leaves an empty workbook behind.
            // A short name of its own: the result's name may already be at the 255-byte limit.
            var partial = Path.Combine(Path.GetDirectoryName(target)!, $".{Guid.NewGuid():N}.partial");
            try
            {
                await storage.Results.GetBlobClient(outcome.ResultPath).DownloadToAsync(partial, cancellationToken);
                File.Move(partial, target, overwrite: true);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
            finally
            {
                File.Delete(partial);
            }
        }
    }

    /// <summary>Files the CLI never uploaded (helper files, names storage cannot take) have no result workbook.</summary>
    private static bool HasResult(IngestOutcome outcome) => !string.IsNullOrEmpty(outcome.ResultPath);

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>Exports under way: records.csv waits for its pass, the result workbooks are downloading.</summary>
    public sealed class Export(RecordsCsv records, Task results, int newPeople) : IAsyncDisposable
    {
        /// <summary>records.csv, written as the pass hands it each row of the run's processed uploads.</summary>
        public RecordsCsv Records => records;

        /// <summary>Closes records.csv and waits for the downloads; returns the people to pay for in these uploads.</summary>
        public async Task<int> CompleteAsync()
        {
            records.Dispose();
            await results;
            return newPeople;
        }

        public async ValueTask DisposeAsync()
        {
            records.Dispose();
            try
            {
                await results;
            }
            catch (Exception) when (!results.IsCompletedSuccessfully)
            {
                // Reported by CompleteAsync when the export got that far; here the work already failed elsewhere.
            }
        }
    }

    /// <summary>records.csv: one line per stored row of the given uploads, in the order the pass hands them.</summary>
    public sealed class RecordsCsv : IRecordObserver, IDisposable
    {
        private readonly CsvWriter _csv;
        private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
        private bool _closed;

        public RecordsCsv(string path, IEnumerable<IngestOutcome> uploads)
        {
            foreach (var upload in uploads)
            {
                _paths[upload.UploadKey] = upload.UploadPath;
            }

            Uploads = _paths.Keys.ToList();
            _csv = new CsvWriter(path);
            _csv.WriteRow(RecordColumns);
        }

        /// <summary>The upload keys whose rows it writes, in the order given.</summary>
        public IReadOnlyList<string> Uploads { get; }

        public IReadOnlyList<string> Columns => RecordEntity.ExportColumns;

        public bool Wants(string uploadKey) => _paths.ContainsKey(uploadKey);

        public void Observe(string uploadKey, RecordEntity entity)
        {
            var r = RecordMapper.ToRecord(entity);
            _csv.WriteRow(
                _paths[uploadKey], Num(r.SourceRow), r.Status.ToCode(), r.PersonId, r.Nik, r.Name, RecordMapper.FormatDate(r.BirthDate), r.Sex?.ToString(),
                r.DesaCode, string.Join(';', r.Issues.Select(i => i.Code)), r.KecamatanCode, r.NameTitles, r.BirthPlace, r.Phone, r.Occupation,
                Num(r.Age), r.NoKk, r.Kpj, string.Join('\n', r.Issues.Select(i => i.Message)));
        }

        public void Dispose()
        {
            if (!_closed)
            {
                _closed = true;
                _csv.Dispose();
            }
        }
    }
}
