using Pipeline.Core.Model;

namespace Pipeline.Samples;

/// <summary>An invented resident of Labuhanbatu Utara, with a NIK consistent with birth date, sex and kecamatan.</summary>
internal sealed record Person(
    string Name,
    Sex Sex,
    DateOnly BirthDate,
    string BirthPlace,
    string KecamatanCode,
    string Nik,
    string NoKk,
    string Address,
    string Occupation,
    string Phone);
