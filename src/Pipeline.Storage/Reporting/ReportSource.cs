using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Reporting;

/// <summary>
/// Every read the weekly summary makes of the <c>Uploads</c> and <c>Records</c> tables, in this one class: the
/// uploads through their owner (<see cref="UploadStore"/>, a projected scan), the records by partition.
/// </summary>
/// <remarks>
/// <para>
/// How: page through the tables, never one point query per record. <c>Uploads</c> (one row per file) is read
/// in one projected scan; then each upload received by the cutoff has its <c>Records</c> partition read in one
/// projected partition scan (1,000 rows per page), four partitions at a time. Only the columns the figures and
/// the new-workers sheet need travel; the large ones (Raw, Messages) never do.
/// </para>
/// <para>
/// Why not running counts: a file's rows are replaced as a unit when it is re-uploaded, and a person's
/// <c>new</c> listing can move to another file's row (promotion), so counters would have to be adjusted in
/// every one of those paths under the matching lease and would drift after a crash between two writes. The
/// stored rows are the truth, a scan reads them once a week, and the report then agrees with records.csv by
/// construction. The Reviews table is not read: a record's status says whether it waits for review.
/// </para>
/// </remarks>
public sealed class ReportSource(PipelineStorage storage, UploadStore uploads, Gazetteer gazetteer)
{
    private const int Parallelism = 4;

    /// <summary>The table service's largest page.</summary>
    private const int PageSize = 1000;

    private static readonly string[] UploadColumns =
        ["PartitionKey", "RowKey", "Path", "UploadKey", "Status", "KecamatanCode", "DesaCode", "IssueCode", "StartedAt", "CompletedAt"];

    private static readonly string[] RecordColumns =
        ["SourceRow", "Status", "KecamatanCode", "DesaCode", "Issues", "Name", "Nik", "Sex", "BirthDate", "Age", "Occupation"];

    /// <summary>The uploads received before <paramref name="cutoff"/> and their rows, counted.</summary>
    public async Task<ReportData> LoadAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var data = new ReportData();
        await foreach (var upload in uploads.ListAllAsync(UploadColumns, cancellationToken))
        {
            var (kecamatan, desa) = UploadPlace.Resolve(gazetteer, upload.Path, upload.KecamatanCode, upload.DesaCode);
            var report = new ReportUpload(upload.UploadKey, upload.Path, upload.Status, upload.CompletedAt ?? upload.StartedAt, kecamatan, desa, upload.IssueCode);
            if (report.ReceivedBy(cutoff) && report.UploadKey.Length > 0)
            {
                data.AddUpload(report);
            }
        }

        var records = storage.Table(StorageNames.RecordsTable);
        var gate = new object();
        await Parallel.ForEachAsync(
            data.Uploads.ToList(),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (upload, token) =>
            {
                var pages = records.QueryAsync<RecordEntity>(
                    r => r.PartitionKey == upload.UploadKey, maxPerPage: PageSize, select: RecordColumns, cancellationToken: token);
                await foreach (var page in pages.AsPages())
                {
                    lock (gate)
                    {
                        foreach (var row in page.Values)
                        {
                            Add(data, upload.UploadKey, row);
                        }
                    }
                }
            });

        return data;
    }

    private static void Add(ReportData data, string uploadKey, RecordEntity row)
    {
        var status = RecordStatuses.Parse(row.Status);
        data.AddRow(uploadKey, status, row.KecamatanCode, row.DesaCode, row.Issues);
        if (status.IsCandidate())
        {
            data.AddNewWorker(new ReportWorker(
                uploadKey, row.SourceRow, row.Name, row.Nik, row.Sex, RecordMapper.ParseDate(row.BirthDate), row.Age, row.Occupation, row.KecamatanCode, row.DesaCode));
        }
    }
}
