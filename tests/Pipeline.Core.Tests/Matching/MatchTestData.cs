using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Matching;

/// <summary>Builders for realistic Labuhanbatu Utara records (synthetic people).</summary>
internal static class MatchTestData
{
    public const string DesaAekKanopan = "1223011001";
    public const string DesaOtherSameKecamatan = "1223011002";
    public const string DesaOtherKecamatan = "1223052001";

    /// <summary>Stand-in for the validation helper's spelling-folded key: upper case, punctuation removed.</summary>
    public static string Key(string name) =>
        string.Join(' ', name.ToUpperInvariant().Split([' ', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries));

    public static MatchFields Fields(string? nik, string name, string? birth, Sex? sex = Sex.P,
        string? desa = DesaAekKanopan, string? phone = null) =>
        new(nik, name.ToUpperInvariant(), Key(name), birth is null ? null : DateOnly.Parse(birth), sex, desa, phone);

    public static WorkerRecord Record(int row, string? nik, string name, string? birth, Sex? sex = Sex.P,
        string? desa = DesaAekKanopan, string? phone = null) =>
        new()
        {
            SourceRow = row,
            Nik = nik,
            Name = name.ToUpperInvariant(),
            NameKey = Key(name),
            BirthDate = birth is null ? null : DateOnly.Parse(birth),
            Sex = sex,
            DesaCode = desa,
            Phone = phone,
        };
}
