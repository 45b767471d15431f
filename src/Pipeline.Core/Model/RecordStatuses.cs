namespace Pipeline.Core.Model;

/// <summary>
/// The one table of record statuses (as Ardalis.SmartEnum or eShop's <c>Enumeration</c> keep a value's knowledge in
/// one place): adding a status is a row here and the rule that produces it.
/// </summary>
/// <remarks>
/// Rows are in display order: result workbooks, the weekly summary, the pages and the exports list statuses in this
/// order. Colours and words are the ones officials learned from the result workbook; the summary's figure names are
/// longer because a figure stands alone on the page.
/// </remarks>
public static class RecordStatuses
{
    /// <summary>Every status, in display order.</summary>
    public static IReadOnlyList<RecordStatusInfo> All { get; } =
    [
        new(RecordStatus.New, "new", "Baru", "Pekerja baru memenuhi syarat", "FFC6EFCE",
            "Belum terdaftar dan baru pertama kali tercantum: akan didaftarkan.",
            "New", Matched: true, Accepted: true, Candidate: true, Covered: false),
        new(RecordStatus.Reactivate, "reactivate", "Aktifkan Kembali", "Peserta tidak aktif, diaktifkan kembali", "FFD8E4BC",
            "Pernah terdaftar di BPJS Ketenagakerjaan tetapi kepesertaannya tidak aktif karena iuran berhenti, sehingga tidak terlindungi: " +
            "akan didaftarkan untuk diaktifkan kembali dengan KPJ yang sama dan dibiayai Pemda.",
            "Reactivate", Matched: true, Accepted: true, Candidate: true, Covered: false),
        new(RecordStatus.Funded, "funded", "Dibiayai Pemda", "Sudah dibiayai Pemda", "FFDDEBF7",
            "Sudah menjadi peserta yang iurannya dibayar Pemda; tidak perlu didaftarkan lagi.",
            "Funded", Matched: true, Accepted: true, Candidate: false, Covered: true),
        new(RecordStatus.Unfunded, "unfunded", "Tidak Dibiayai", "Ditolak BPJS atau berhenti dibiayai", "FFF2DCDB",
            "Pernah diusulkan untuk dibiayai Pemda, tetapi ditolak BPJS atau pembiayaannya sudah dihentikan (alasannya di Keterangan); " +
            "tidak diusulkan lagi kecuali Disnaker mengusulkannya kembali.",
            "Unfunded", Matched: true, Accepted: true, Candidate: false, Covered: false, Decided: true),
        new(RecordStatus.Enrolled, "enrolled", "Sudah Terdaftar", "Sudah terdaftar", "FFBDD7EE",
            "Sudah menjadi peserta BPJS Ketenagakerjaan yang aktif; tidak perlu didaftarkan lagi.",
            "Enrolled", Matched: true, Accepted: true, Candidate: false, Covered: true),
        new(RecordStatus.Duplicate, "duplicate", "Ganda", "Ganda", "FFD9D9D9",
            "Orang yang sama sudah tercantum di baris lain atau di daftar lain; tidak didaftarkan dua kali.",
            "Duplicate", Matched: true, Accepted: true, Candidate: false, Covered: false),
        new(RecordStatus.Review, "review", "Perlu Diperiksa", "Menunggu pemeriksaan", "FFE4DFEC",
            "Mirip dengan data orang lain; admin kabupaten akan memeriksanya.",
            "Review", Matched: true, Accepted: false, Candidate: false, Covered: false),
        new(RecordStatus.Ineligible, "ineligible", "Tidak Memenuhi Syarat", "Tidak memenuhi syarat", "FFFCE4D6",
            "Data benar, tetapi umur di luar batas umur peserta; tidak didaftarkan.",
            "Ineligible", Matched: false, Accepted: false, Candidate: false, Covered: false),
        new(RecordStatus.Rejected, "rejected", "Ditolak", "Ditolak", "FFFFC7CE",
            "Ada kesalahan (sel merah); perbaiki lalu unggah kembali.",
            "Rejected", Matched: false, Accepted: false, Candidate: false, Covered: false),
    ];

    private static readonly RecordStatusInfo[] ByStatus = Index();

    private static readonly Dictionary<string, RecordStatusInfo> ByCode =
        All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The row of a status.</summary>
    public static RecordStatusInfo Info(this RecordStatus status) => ByStatus[(int)status];

    /// <summary>Lower-case code, as written in tables and exports.</summary>
    public static string ToCode(this RecordStatus status) => status.Info().Code;

    /// <summary>The word officials read.</summary>
    public static string ToIndonesian(this RecordStatus status) => status.Info().Label;

    /// <inheritdoc cref="RecordStatusInfo.Matched"/>
    public static bool IsMatched(this RecordStatus status) => status.Info().Matched;

    /// <inheritdoc cref="RecordStatusInfo.Accepted"/>
    public static bool IsAccepted(this RecordStatus status) => status.Info().Accepted;

    /// <inheritdoc cref="RecordStatusInfo.Candidate"/>
    public static bool IsCandidate(this RecordStatus status) => status.Info().Candidate;

    /// <inheritdoc cref="RecordStatusInfo.Covered"/>
    public static bool IsCovered(this RecordStatus status) => status.Info().Covered;

    /// <summary>The status of a code (any case).</summary>
    /// <exception cref="FormatException">Not a status code.</exception>
    public static RecordStatus Parse(string code) =>
        TryParse(code, out var status) ? status : throw new FormatException($"'{code}' is not a record status.");

    public static bool TryParse(string? code, out RecordStatus status)
    {
        if (code is not null && ByCode.TryGetValue(code, out var info))
        {
            status = info.Status;
            return true;
        }

        status = default;
        return false;
    }

    private static RecordStatusInfo[] Index()
    {
        var values = Enum.GetValues<RecordStatus>();
        var rows = new RecordStatusInfo[values.Length];
        foreach (var info in All)
        {
            rows[(int)info.Status] = info;
        }

        var missing = values.Where(v => rows[(int)v] is null).ToList();
        return missing.Count == 0
            ? rows
            : throw new InvalidOperationException("Every record status needs a row in RecordStatuses: " + string.Join(", ", missing));
    }
}
