using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>
/// One stored row as the summary reads it: what the figures count (status, place, issue codes) and, for a person
/// to be paid for, what the per-worker sheet shows. Made per row while the records are paged in and dropped at
/// once: the summary keeps counters, never rows.
/// </summary>
public sealed record ReportRow(
    int SourceRow,
    RecordStatus Status,
    string? KecamatanCode,
    string? DesaCode,
    string? Issues,
    string? Name,
    string? Nik,
    string? Sex,
    DateOnly? BirthDate,
    int? Age,
    string? Occupation);

/// <summary>
/// Takes the stored rows as the summary pages them in: upload by upload in the order of their paths, each upload's
/// rows in sheet order. The figures (<see cref="ReportData"/>) and the per-worker sheet (<see cref="NewWorkersSheet"/>)
/// are both sinks, fed by one pass; a further figure source (e.g. budget figures from the funded cohort) is another.
/// </summary>
public interface IReportRowSink
{
    void Add(ReportUpload upload, ReportRow row);
}
