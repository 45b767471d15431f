namespace Pipeline.Core.Reporting;

/// <summary>A row whose status is <c>new</c>: a line of the workbook's sheet of new eligible workers.</summary>
public sealed record ReportWorker(
    string UploadKey,
    int SourceRow,
    string? Name,
    string? Nik,
    string? Sex,
    DateOnly? BirthDate,
    int? Age,
    string? Occupation,
    string? KecamatanCode,
    string? DesaCode);
