namespace Pipeline.Core.Reporting;

/// <summary>One upload as the weekly summary sees it: when it arrived, where it came from, how it ended.</summary>
/// <param name="UploadKey">Partition of its rows in the Records table.</param>
/// <param name="Path">Path inside the uploads container (kecamatan/desa/file).</param>
/// <param name="Status">processed, failed or processing.</param>
/// <param name="ReceivedAt">When its rows were stored (completion, else start of processing); null when unknown.</param>
/// <param name="KecamatanCode">The sender's kecamatan (from the folder, else the rows), or null.</param>
/// <param name="DesaCode">The sender's desa (from the folder, else the rows), or null.</param>
/// <param name="IssueCode">The file-level problem of a failed upload.</param>
public sealed record ReportUpload(
    string UploadKey,
    string Path,
    string Status,
    DateTimeOffset? ReceivedAt,
    string? KecamatanCode,
    string? DesaCode,
    string? IssueCode)
{
    public bool Failed => Status == "failed";

    public bool ReceivedBy(DateTimeOffset cutoff) => ReceivedAt is null || ReceivedAt < cutoff;
}
