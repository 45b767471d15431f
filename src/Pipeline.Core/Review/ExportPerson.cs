using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>One new eligible worker as the list for BPJS needs them: the stored record, with region names resolved.</summary>
public sealed record ExportPerson(
    string PersonId,
    string? Nik,
    string? Name,
    string? BirthPlace,
    DateOnly? BirthDate,
    Sex? Sex,
    string? Address,
    string? DesaCode,
    string? DesaName,
    string? KecamatanCode,
    string? KecamatanName,
    string? Phone,
    string? Occupation,
    string? NoKk,
    int? Age);
