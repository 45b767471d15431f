using System.Globalization;
using Azure;
using Pipeline.Core.Model;
using Pipeline.Storage;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Cli;

/// <summary>
/// Writes the run's exports: records.csv, uploads.csv and results/. These names and columns are a contract
/// other tools read: columns may be added, never renamed or removed.
/// </summary>
public sealed class Exporter(PipelineStorage storage, UploadStore uploadStore, RecordStore records)
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

    /// <param name="uploads">The run's uploads: path relative to --input, and what ingest said.</param>
    /// <returns>How many rows of these uploads are people to pay for (<c>new</c> or <c>reactivate</c>), as stored now.</returns>
    public async Task<int> ExportAsync(IReadOnlyList<IngestOutcome> uploads, string outDir, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outDir);
        var newPeople = 0;
        using (var csv = new CsvWriter(Path.Combine(outDir, "uploads.csv")))
        {
            csv.WriteRow(UploadColumns);
            foreach (var outcome in uploads)
            {
                var entity = await uploadStore.GetAsync(outcome.UploadPath, cancellationToken);
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

        using (var csv = new CsvWriter(Path.Combine(outDir, "records.csv")))
        {
            csv.WriteRow(RecordColumns);
            // The next upload's rows are read while this one's are written.
            var processed = uploads.Where(u => u.Status == IngestOutcome.Processed).ToList();
            var next = processed.Count > 0 ? records.ReadUploadAsync(processed[0].UploadKey, cancellationToken) : null;
            for (var u = 0; u < processed.Count; u++)
            {
                var outcome = processed[u];
                var rows = await next!;
                next = u + 1 < processed.Count ? records.ReadUploadAsync(processed[u + 1].UploadKey, cancellationToken) : null;
                foreach (var r in rows)
                {
                    csv.WriteRow(
                        outcome.UploadPath, Num(r.SourceRow), r.Status.ToCode(), r.PersonId, r.Nik, r.Name, RecordMapper.FormatDate(r.BirthDate), r.Sex?.ToString(),
                        r.DesaCode, string.Join(';', r.Issues.Select(i => i.Code)), r.KecamatanCode, r.NameTitles, r.BirthPlace, r.Phone, r.Occupation,
                        Num(r.Age), r.NoKk, r.Kpj, string.Join('\n', r.Issues.Select(i => i.Message)));
                }
            }
        }

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

        return newPeople;
    }

    /// <summary>Files the CLI never uploaded (helper files, names storage cannot take) have no result workbook.</summary>
    private static bool HasResult(IngestOutcome outcome) => !string.IsNullOrEmpty(outcome.ResultPath);

    private static string Num(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
