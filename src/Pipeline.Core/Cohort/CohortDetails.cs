namespace Pipeline.Core.Cohort;

/// <summary>
/// Who a cohort member is, as the list for BPJS needs them: copied from the person's primary listing when they
/// become (or stay) a candidate, so that preparing a list reads the cohort alone and never scans the records.
/// </summary>
/// <remarks>Codes, not names, for the areas: names are resolved from the gazetteer when a list is written.</remarks>
/// <param name="NameKey">The spelling-folded name key: with NIK and birth date, who administrators' decisions are about.</param>
public sealed record CohortDetails(
    string? Nik,
    string? Name,
    string? NameKey,
    string? BirthPlace,
    DateOnly? BirthDate,
    Model.Sex? Sex,
    string? Address,
    string? DesaCode,
    string? KecamatanCode,
    string? Phone,
    string? Occupation,
    string? NoKk);
