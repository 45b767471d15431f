namespace Pipeline.Core.Billing;

/// <summary>One reconciliation code as officials see it.</summary>
/// <param name="Code">The value in code.</param>
/// <param name="Text">The stable code written in the <c>hasil</c> column and read by tools: <c>COCOK</c>, <c>TIDAK_DIBIAYAI</c> ...</param>
/// <param name="Label">A short Indonesian label.</param>
/// <param name="Meaning">What the code says about the row, in Indonesian.</param>
/// <param name="Action">What the official does about it, in Indonesian.</param>
/// <param name="Fill">The row colour in the reconciliation workbook (and on the page), as ARGB hex.</param>
/// <param name="IsPaid">Whether rows with this code can be paid (in full or in part).</param>
public sealed record BillCodeInfo(BillCode Code, string Text, string Label, string Meaning, string Action, string Fill, bool IsPaid);

/// <summary>
/// Everything known about the reconciliation codes, in one table: adding a code touches this table and the rule that
/// produces it (<see cref="BillReconciler"/>), nothing else. The workbook's legend, the CSV, the colours and the docs
/// all read it.
/// </summary>
public static class BillCodes
{
    /// <summary>Every code, in the order the summary lists them.</summary>
    public static IReadOnlyList<BillCodeInfo> All { get; } =
    [
        new(BillCode.Matched, "COCOK", "Cocok",
            "Ditagih dan dibiayai Pemda pada bulan yang ditagih; nominal sama dengan tarif yang berlaku × bulan dibiayai.",
            "Bayar.", "FFC6EFCE", IsPaid: true),
        new(BillCode.NotFunded, "TIDAK_DIBIAYAI", "Tidak dibiayai",
            "Ditagih, tetapi bukan peserta yang dibiayai Pemda pada bulan yang ditagih (KPJ/NIK tidak dikenal, belum mulai dibiayai, atau bulan di luar periode).",
            "Jangan dibayar; minta BPJS menghapus baris ini dari tagihan.", "FFFFC7CE", IsPaid: false),
        new(BillCode.NotBilled, "TIDAK_DITAGIH", "Tidak ditagih",
            "Dibiayai Pemda, tetapi tidak ditagih untuk sebagian atau semua bulan periode ini.",
            "Tidak ada yang dibayar; tanyakan ke BPJS, karena peserta mungkin tidak terlindungi pada bulan itu.", "FFBDD7EE", IsPaid: false),
        new(BillCode.AmountDiffers, "NOMINAL_BERBEDA", "Nominal berbeda",
            "Dibiayai dan ditagih, tetapi nominalnya tidak sama dengan tarif yang berlaku × bulan dibiayai (atau tidak dapat dibaca).",
            "Bayar yang lebih kecil dari nominal tagihan dan nominal seharusnya; sanggah selisihnya ke BPJS.", "FFFFE699", IsPaid: true),
        new(BillCode.BilledTwice, "DITAGIH_GANDA", "Ditagih ganda",
            "Orang yang sama sudah ditagih di baris sebelumnya untuk bulan yang sama.",
            "Jangan dibayar baris ini; minta BPJS menghapusnya.", "FFD9D9D9", IsPaid: false),
        new(BillCode.FundingEnded, "SUDAH_BERHENTI", "Sudah berhenti",
            "Ditagih untuk bulan sesudah pembiayaan Pemda berhenti.",
            "Bayar hanya bulan sebelum berhenti (bila ada); pastikan BPJS sudah menerima daftar berhenti.", "FFE4DFEC", IsPaid: true),
    ];

    private static readonly Dictionary<BillCode, BillCodeInfo> ByCode = All.ToDictionary(c => c.Code);
    private static readonly Dictionary<string, BillCode> ByText = All.ToDictionary(c => c.Text, c => c.Code, StringComparer.OrdinalIgnoreCase);

    public static BillCodeInfo Of(BillCode code) => ByCode[code];

    /// <summary>The stable code text, e.g. <c>COCOK</c>.</summary>
    public static string ToText(this BillCode code) => ByCode[code].Text;

    /// <summary>Reads a code text (case-insensitive) as the <c>hasil</c> column holds it.</summary>
    public static bool TryParse(string? text, out BillCode code) => ByText.TryGetValue(text?.Trim() ?? string.Empty, out code);
}
