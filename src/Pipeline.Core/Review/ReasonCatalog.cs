namespace Pipeline.Core.Review;

/// <summary>A reason an administrator gives for a decision: a stable code and its Indonesian label.</summary>
public sealed record Reason(string Code, DecisionKind Kind, string Label, bool NoteRequired = false);

/// <summary>
/// The reasons offered for each decision. Codes are stable (stored with decisions and in the audit trail);
/// labels are what officials read, also in the village's result workbook when a record is rejected.
/// </summary>
public static class ReasonCatalog
{
    public static IReadOnlyList<Reason> All { get; } =
    [
        new("SAME_DOCUMENT", DecisionKind.Same, "KTP/KK menunjukkan orang yang sama"),
        new("SAME_SPELLING", DecisionKind.Same, "Ejaan nama berbeda, orang yang sama"),
        new("SAME_TYPO", DecisionKind.Same, "Salah ketik NIK atau tanggal lahir"),
        new("SAME_OTHER", DecisionKind.Same, "Lainnya (lihat catatan)", NoteRequired: true),
        new("DIFFERENT_DOCUMENT", DecisionKind.Different, "KTP/KK menunjukkan dua orang berbeda"),
        new("DIFFERENT_FAMILY", DecisionKind.Different, "Anggota keluarga atau kembar"),
        new("DIFFERENT_NAMESAKE", DecisionKind.Different, "Nama sama, orang berbeda"),
        new("DIFFERENT_OTHER", DecisionKind.Different, "Lainnya (lihat catatan)", NoteRequired: true),
        new("REJECT_NIK_NOT_THEIRS", DecisionKind.Reject, "NIK bukan milik orang ini"),
        new("REJECT_FORMAL_WORKER", DecisionKind.Reject, "Bukan pekerja rentan (ASN, TNI/Polri, karyawan tetap)"),
        new("REJECT_DECEASED", DecisionKind.Reject, "Sudah meninggal dunia"),
        new("REJECT_NOT_RESIDENT", DecisionKind.Reject, "Bukan penduduk Kabupaten Labuhanbatu Utara"),
        new("REJECT_UNVERIFIABLE", DecisionKind.Reject, "Data tidak dapat diverifikasi"),
        new("REJECT_OTHER", DecisionKind.Reject, "Lainnya (lihat catatan)", NoteRequired: true),
    ];

    public static Reason? Find(string? code) => All.FirstOrDefault(r => r.Code == code);

    /// <summary>The first reason of a kind: used when an older decision carries a code no longer offered.</summary>
    public static Reason DefaultFor(DecisionKind kind) => All.First(r => r.Kind == kind);
}
