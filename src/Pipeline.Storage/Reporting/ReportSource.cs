using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Reporting;

/// <summary>
/// Every read the weekly summary makes of the <c>Uploads</c> and <c>Records</c> tables, in this one class: the
/// uploads through their owner (<see cref="UploadStore"/>, a projected scan), the records by partition in one
/// ordered pass (<see cref="RecordPages"/>) that feeds the figures and the per-worker sheet together.
/// </summary>
/// <remarks>
/// <para>
/// How: page through the tables, never one point query per record. <c>Uploads</c> (one row per file) is read
/// in one projected scan; then each upload has its <c>Records</c> partition read in one projected partition scan
/// (1,000 rows per page), uploads in path order, a few partitions read ahead. Each row is handed to the sinks and
/// dropped: the figures keep counters (<see cref="ReportData"/>), the per-worker sheet writes it out
/// (<see cref="NewWorkersSheet"/>). Memory follows the number of uploads, not of records.
/// </para>
/// <para>
/// Why not running counts: a file's rows are replaced as a unit when it is re-uploaded, and a person's
/// <c>new</c> listing can move to another file's row (promotion), so counters would have to be adjusted in
/// every one of those paths under the matching lease and would drift after a crash between two writes. The
/// stored rows are the truth, a scan reads them once a week, and the report then agrees with records.csv by
/// construction. The Reviews table is not read: a record's status says whether it waits for review.
/// </para>
/// </remarks>
public sealed class ReportSource(UploadStore uploads, RecordPages records, Gazetteer gazetteer)
{
    private static readonly string[] UploadColumns =
        ["PartitionKey", "RowKey", "Path", "UploadKey", "Status", "KecamatanCode", "DesaCode", "IssueCode", "StartedAt", "CompletedAt"];

    private static readonly string[] RecordColumns =
        ["SourceRow", "Status", "KecamatanCode", "DesaCode", "Issues", "Name", "Nik", "Sex", "BirthDate", "Age", "Occupation"];

    /// <summary>
    /// The uploads received before <paramref name="cutoff"/> with their rows counted, every row of them handed to
    /// <paramref name="sinks"/> as well (uploads in path order, rows in sheet order).
    /// </summary>
    /// <param name="observer">
    /// Reads the same pass for its own output (the CLI's records.csv): it sees the rows of every upload it wants,
    /// received by the cutoff or not, with the columns it asks for besides the summary's. Null: no one else reads.
    /// </param>
    public Task<ReportData> LoadAsync(DateTimeOffset cutoff, IReadOnlyList<IReportRowSink> sinks, IRecordObserver? observer, CancellationToken cancellationToken) =>
        LoadAsync(cutoff, sinks, observer, readsRowsOf: null, cancellationToken);

    /// <summary>
    /// What one kecamatan's figures need: every upload (the lists and the failed files are counted from them), but the
    /// rows only of the uploads that can hold rows of <paramref name="kecamatanCode"/> (<see cref="UploadPlace.MayHoldRowsOf"/>),
    /// so a camat's summary reads their kecamatan's partitions of <c>Records</c>, not the regency's. The figures of that
    /// kecamatan are the regency pass's, exactly; those of the other areas are incomplete and must not be read.
    /// </summary>
    public Task<ReportData> LoadForKecamatanAsync(DateTimeOffset cutoff, string kecamatanCode, CancellationToken cancellationToken) =>
        LoadAsync(cutoff, [], observer: null, upload => UploadPlace.MayHoldRowsOf(gazetteer, upload.Path, kecamatanCode), cancellationToken);

    private async Task<ReportData> LoadAsync(
        DateTimeOffset cutoff, IReadOnlyList<IReportRowSink> sinks, IRecordObserver? observer, Func<ReportUpload, bool>? readsRowsOf, CancellationToken cancellationToken)
    {
        var data = new ReportData();
        var pass = new List<(ReportUpload Upload, bool Counted, bool Observed)>();
        await foreach (var upload in uploads.ListAllAsync(UploadColumns, cancellationToken))
        {
            if (upload.UploadKey.Length == 0)
            {
                continue;
            }

            var (kecamatan, desa) = UploadPlace.Resolve(gazetteer, upload.Path, upload.KecamatanCode, upload.DesaCode);
            var report = new ReportUpload(upload.UploadKey, upload.Path, upload.Status, upload.CompletedAt ?? upload.StartedAt, kecamatan, desa, upload.IssueCode);
            var counted = report.ReceivedBy(cutoff);
            var observed = observer?.Wants(upload.UploadKey) ?? false;
            if (counted)
            {
                data.AddUpload(report);
            }

            if ((counted && (readsRowsOf is null || readsRowsOf(report))) || observed)
            {
                pass.Add((report, counted, observed));
            }
        }

        pass.Sort((a, b) => string.CompareOrdinal(a.Upload.Path, b.Upload.Path) is var byPath and not 0 ? byPath : string.CompareOrdinal(a.Upload.UploadKey, b.Upload.UploadKey));
        IReportRowSink[] all = [data, .. sinks];
        IReadOnlyList<string> columns = observer is null ? RecordColumns : RecordColumns.Union(observer.Columns, StringComparer.Ordinal).ToList();
        await records.ForEachAsync(pass, p => p.Upload.UploadKey, columns, (p, entity) =>
        {
            if (p.Counted)
            {
                var row = ToRow(entity);
                foreach (var sink in all)
                {
                    sink.Add(p.Upload, row);
                }
            }

            if (p.Observed)
            {
                observer!.Observe(p.Upload.UploadKey, entity);
            }
        }, cancellationToken);
        return data;
    }

    private static ReportRow ToRow(RecordEntity row) => new(
        row.SourceRow, RecordStatuses.Parse(row.Status), row.KecamatanCode, row.DesaCode, row.Issues,
        row.Name, row.Nik, row.Sex, RecordMapper.ParseDate(row.BirthDate), row.Age, row.Occupation);
}

/// <summary>
/// Reads the summary's pass over <c>Records</c> for an output of its own (the CLI's records.csv), so the run reads
/// the stored rows once for both. Rows come upload by upload in path order, each in sheet order.
/// </summary>
public interface IRecordObserver
{
    /// <summary>Columns it needs besides the summary's.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>True for an upload whose rows it wants.</summary>
    bool Wants(string uploadKey);

    void Observe(string uploadKey, RecordEntity row);
}
