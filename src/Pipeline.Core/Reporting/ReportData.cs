namespace Pipeline.Core.Reporting;

/// <summary>
/// Everything a weekly summary is made from, read once: the uploads, their rows counted per place, and the
/// rows that are new eligible workers. Figures for any week are computed from it by <see cref="FiguresCalculator"/>.
/// </summary>
public sealed class ReportData
{
    private readonly Dictionary<string, ReportUpload> _uploads = new(StringComparer.Ordinal);
    private readonly Dictionary<(string UploadKey, string? Kecamatan, string? Desa), RowTally> _groups = new();
    private readonly List<ReportWorker> _newWorkers = [];

    public IReadOnlyCollection<ReportUpload> Uploads => _uploads.Values;

    public IEnumerable<RowGroup> Groups => _groups.Select(g => new RowGroup(g.Key.UploadKey, g.Key.Kecamatan, g.Key.Desa, g.Value));

    public IReadOnlyList<ReportWorker> NewWorkers => _newWorkers;

    public ReportUpload? Upload(string uploadKey) => _uploads.GetValueOrDefault(uploadKey);

    public void AddUpload(ReportUpload upload) => _uploads[upload.UploadKey] = upload;

    /// <summary>Counts one stored row. Not thread-safe: a source that reads partitions in parallel adds under a lock.</summary>
    public void AddRow(string uploadKey, Model.RecordStatus status, string? kecamatanCode, string? desaCode, string? issueCodes)
    {
        var key = (uploadKey, kecamatanCode, desaCode);
        if (!_groups.TryGetValue(key, out var tally))
        {
            _groups[key] = tally = new RowTally();
        }

        tally.Add(status, issueCodes);
    }

    public void AddNewWorker(ReportWorker worker) => _newWorkers.Add(worker);

    /// <summary>Rows of one upload that name the same place.</summary>
    public sealed record RowGroup(string UploadKey, string? KecamatanCode, string? DesaCode, RowTally Tally);
}
