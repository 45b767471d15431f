namespace Pipeline.Core.Matching;

/// <summary>
/// The Fellegi–Sunter model for Labuhanbatu Utara worker lists: fields, levels and default m/u.
/// Defaults are judgement calls documented in docs/matching.md (u ≈ chance agreement of two different
/// residents of one regency, m ≈ how often a true duplicate keeps that level after typing slips).
/// </summary>
internal static class WorkerMatchModel
{
    public const int NikField = 0;
    public const int NameField = 1;
    public const int BirthDateField = 2;

    public static MatchModel<PreparedFields> Default { get; } = new(
    [
        new FieldComparison<PreparedFields>("nik", CompareNik,
        [
            new("NIK sama", 0.88, 1e-5),
            new("NIK sama tetapi dua angka bertukar", 0.02, 1e-4),
            new("NIK beda satu angka pada bagian tanggal lahir", 0.03, 1e-4),
            new("NIK beda satu angka pada kode wilayah", 0.01, 0.05),
            new("NIK beda satu angka pada nomor urut", 0.01, 0.05),
            new("NIK beda satu angka, sesuai tanggal lahir atau jenis kelamin yang berbeda", 0.01, 0.01),
            new("NIK berbeda", 0.04, 0.98),
        ]),
        new FieldComparison<PreparedFields>("nama", CompareName,
        [
            new("nama sama", 0.70, 0.001),
            new("nama sama (satu kata)", 0.12, 0.01),
            new("nama mirip", 0.08, 0.002),
            new("nama sebagian sama atau disingkat", 0.06, 0.003),
            new("nama hanya sebagian kecil sama", 0.02, 0.03),
            new("nama berbeda", 0.02, 0.954),
        ]),
        new FieldComparison<PreparedFields>("tanggal lahir", CompareBirthDate,
        [
            new("tanggal lahir sama", 0.86, 6.7e-5),
            new("tanggal dan bulan lahir tertukar", 0.03, 5e-5),
            new("tanggal lahir beda satu angka", 0.05, 5e-4),
            new("tahun lahir sama", 0.02, 0.02),
            new("tanggal lahir berbeda", 0.04, 0.98),
        ]),
        new FieldComparison<PreparedFields>("jenis kelamin", CompareSex,
        [
            new("jenis kelamin sama", 0.97, 0.5),
            new("jenis kelamin berbeda", 0.03, 0.5),
        ]),
        new FieldComparison<PreparedFields>("desa", CompareDesa,
        [
            new("desa sama", 0.80, 0.02),
            new("desa berbeda, kecamatan sama", 0.10, 0.11),
            new("desa berbeda", 0.10, 0.87),
        ]),
        new FieldComparison<PreparedFields>("nomor HP", ComparePhone,
        [
            new("nomor HP sama", 0.50, 5e-4),
            new("nomor HP berbeda", 0.50, 0.9995),
        ]),
    ]);

    /// <summary>Blocking passes; each catches pairs that the others miss (see docs/matching.md).</summary>
    public static IReadOnlyList<BlockingKey<PreparedFields>> BlockingKeys { get; } =
    [
        new("nik", p => Nik(p)),
        new("nik-wilayah-tgl (12 digit awal)", p => Nik(p)?[..12]),
        new("nik-tgl-urut (10 digit akhir)", p => Nik(p)?[6..]),
        new("tgl-lahir+2 huruf nama", p => p.Fields.BirthDate is { } d && p.Tokens.Length > 0
            ? string.Concat(d.ToString("yyyyMMdd"), p.Tokens[0].AsSpan(0, Math.Min(2, p.Tokens[0].Length)))
            : null),
        new("nomor HP", p => p.Fields.Phone),
        new("soundex nama+desa", p => p.Tokens.Length > 0 && p.Fields.DesaCode is { } desa
            ? string.Join('-', p.SortedTokens.Take(3).Select(StringSimilarity.Soundex)) + desa
            : null),
        new("kata pertama+kata terakhir+tahun lahir", p => p.Tokens.Length > 1 && p.Fields.BirthDate is { } d
            ? $"{p.Tokens[0]} {p.Tokens[^1]} {d.Year}"
            : null),
    ];

    private static string? Nik(PreparedFields p) => p.Fields.Nik is { Length: 16 } nik ? nik : null;

    private static int CompareNik(PreparedFields a, PreparedFields b) =>
        Nik(a) is { } x && Nik(b) is { } y
            ? (int)NikComparison.Compare(x, y, a.Fields.BirthDate is { } p && b.Fields.BirthDate is { } q && p != q)
            : -1;

    private static int CompareName(PreparedFields a, PreparedFields b) =>
        a.Tokens.Length == 0 || b.Tokens.Length == 0 ? -1 : (int)NameComparison.Compare(a.Tokens, b.Tokens).Level;

    private static int CompareBirthDate(PreparedFields a, PreparedFields b) =>
        a.Fields.BirthDate is { } x && b.Fields.BirthDate is { } y ? (int)BirthDateComparison.Compare(x, y) : -1;

    private static int CompareSex(PreparedFields a, PreparedFields b) =>
        a.Fields.Sex is { } x && b.Fields.Sex is { } y ? (x == y ? 0 : 1) : -1;

    private static int CompareDesa(PreparedFields a, PreparedFields b)
    {
        if (string.IsNullOrEmpty(a.Fields.DesaCode) || string.IsNullOrEmpty(b.Fields.DesaCode))
        {
            return -1;
        }

        if (a.Fields.DesaCode == b.Fields.DesaCode)
        {
            return 0;
        }

        return a.Fields.DesaCode.Length >= 6 && b.Fields.DesaCode.Length >= 6
            && a.Fields.DesaCode.AsSpan(0, 6).SequenceEqual(b.Fields.DesaCode.AsSpan(0, 6)) ? 1 : 2;
    }

    private static int ComparePhone(PreparedFields a, PreparedFields b) =>
        string.IsNullOrEmpty(a.Fields.Phone) || string.IsNullOrEmpty(b.Fields.Phone) ? -1 : a.Fields.Phone == b.Fields.Phone ? 0 : 1;
}
