namespace Pipeline.Core.Reporting;

/// <summary>
/// Everything a weekly summary is made from, read once: the uploads, their rows counted per place, and the
/// rows that are new eligible workers. Figures for any week are computed from it by <see cref="FiguresCalculator"/>.
/// </summary>
public sealed class ReportData
{
    private readonly Dictionary<string, ReportUpload> uploads = new(StringComparer.Ordinal);
    private readonly Dictionary<(string UploadKey, string? Kecamatan, string? Desa), RowTally> groups = new();
    private readonly List<ReportWorker> newWorkers = [];

    public IReadOnlyCollection<ReportUpload> Uploads => uploads.Values;

    public IEnumerable<RowGroup> Groups => groups.Select(g => new RowGroup(g.Key.UploadKey, g.Key.Kecamatan, g.Key.Desa, g.Value));

    public IReadOnlyList<ReportWorker> NewWorkers => newWorkers;

    public ReportUpload? Upload(string uploadKey) => uploads.GetValueOrDefault(uploadKey);

    public void AddUpload(ReportUpload upload) => uploads[upload.UploadKey] = upload;

    /// <summary>Counts one stored row. Not thread-safe: a source that reads partitions in parallel adds under a lock.</summary>
    public void AddRow(string uploadKey, Model.RecordStatus status, string? kecamatanCode, string? desaCode, string? issueCodes)
    {
        var key = (uploadKey, kecamatanCode, desaCode);
        if (!groups.TryGetValue(key, out var tally))
        {
            groups[key] = tally = new RowTally();
        }

        tally.Add(status, issueCodes);
    }

    public void AddNewWorker(ReportWorker worker) => newWorkers.Add(worker);

    /// <summary>Rows of one upload that name the same place.</summary>
    public sealed record RowGroup(string UploadKey, string? KecamatanCode, string? DesaCode, RowTally Tally);
}
