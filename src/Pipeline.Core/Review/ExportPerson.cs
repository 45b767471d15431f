using Pipeline.Core.Budget;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>One person as a list for BPJS needs them: the cohort's copy of their listing, with region names resolved.</summary>
/// <param name="Kpj">The KPJ of a reactivation (or of an ended person on a stop list).</param>
/// <param name="EndedFrom">The first month no longer funded (a stop list).</param>
/// <param name="EndReason">Why funding ended, in words (a stop list).</param>
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
    int? Age,
    string? Kpj = null,
    YearMonth? EndedFrom = null,
    string? EndReason = null);
