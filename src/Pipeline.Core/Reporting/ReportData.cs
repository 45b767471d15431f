namespace Pipeline.Core.Reporting;

/// <summary>
/// What a weekly summary's figures are made from: the uploads, and their rows counted per upload and place.
/// Figures for any week are computed from it by <see cref="FiguresCalculator"/>.
/// </summary>
/// <remarks>
/// Counters only, never rows: a store of a million records makes a few thousand counters here (one
/// <see cref="RowTally"/> per upload and place), so memory follows the uploads, not what they hold.
/// </remarks>
public sealed class ReportData : IReportRowSink
{
    private readonly Dictionary<string, ReportUpload> _uploads = new(StringComparer.Ordinal);
    private readonly Dictionary<(string UploadKey, string? Kecamatan, string? Desa), RowTally> _groups = new();

    public IReadOnlyCollection<ReportUpload> Uploads => _uploads.Values;

    public IEnumerable<RowGroup> Groups => _groups.Select(g => new RowGroup(g.Key.UploadKey, g.Key.Kecamatan, g.Key.Desa, g.Value));

    /// <summary>The uploads in the order their rows are read: by path (kecamatan folder, desa folder, file name).</summary>
    public IReadOnlyList<ReportUpload> UploadsInPathOrder() =>
        _uploads.Values.OrderBy(u => u.Path, StringComparer.Ordinal).ThenBy(u => u.UploadKey, StringComparer.Ordinal).ToList();

    public ReportUpload? Upload(string uploadKey) => _uploads.GetValueOrDefault(uploadKey);

    public void AddUpload(ReportUpload upload) => _uploads[upload.UploadKey] = upload;

    public void Add(ReportUpload upload, ReportRow row) => AddRow(upload.UploadKey, row.Status, row.KecamatanCode, row.DesaCode, row.Issues);

    /// <summary>Counts one stored row. Not thread-safe: rows are handed over one at a time, in order.</summary>
    public void AddRow(string uploadKey, Model.RecordStatus status, string? kecamatanCode, string? desaCode, string? issueCodes)
    {
        var key = (uploadKey, kecamatanCode, desaCode);
        if (!_groups.TryGetValue(key, out var tally))
        {
            _groups[key] = tally = new RowTally();
        }

        tally.Add(status, issueCodes);
    }

    /// <summary>Rows of one upload that name the same place.</summary>
    public sealed record RowGroup(string UploadKey, string? KecamatanCode, string? DesaCode, RowTally Tally);
}
