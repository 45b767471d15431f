namespace Pipeline.Core.Review;

/// <summary>
/// The audit trail as administrators read it: one plain Indonesian sentence per entry ("Rina memutuskan BUDI SIREGAR
/// (Sukarame baris 4) sama dengan BUDI SIREGAR (Aek Kanopan baris 4). Alasan: …").
/// </summary>
/// <remarks>
/// The Audit table keeps ids and statuses only; the names in a sentence are looked up when the trail is read (for
/// admins and approvers), so no personal data is stored twice and none is kept after a village corrects its list.
/// Members are passed in already named ("NAMA (desa baris N)", "peserta BPJS KPJ …"): this class only words them.
/// </remarks>
public static class AuditSentences
{
    /// <param name="same">The members decided to be one person (for <see cref="DecisionKind.Same"/>).</param>
    /// <param name="different">The members decided to be other people.</param>
    /// <param name="rejected">The records rejected.</param>
    /// <param name="why">The audit entry's reason: the reason code, and ": " + the note when one was given.</param>
    public static string Decision(string actor, DecisionKind kind, IReadOnlyList<string> same, IReadOnlyList<string> different, IReadOnlyList<string> rejected, string? why)
    {
        var what = kind switch
        {
            DecisionKind.Same when same.Count > 1 => $"memutuskan {same[0]} sama dengan {Join(same.Skip(1))}"
                                                   + (different.Count > 0 ? $", dan berbeda dari {Join(different)}" : ""),
            DecisionKind.Different when different.Count > 1 => $"memutuskan {Join(different)} adalah orang yang berbeda",
            DecisionKind.Reject when rejected.Count > 0 => $"menolak data {Join(rejected)}",
            _ => $"mengambil keputusan \"{kind.ToIndonesian()}\"",
        };
        return $"{actor} {what}.{Why(why)}";
    }

    /// <param name="item">The item's first record under review, named.</param>
    public static string Repeat(string actor, DecisionKind? kind, string item, string? why) =>
        $"{actor} mengulang keputusan \"{kind?.ToIndonesian() ?? "yang sama"}\" untuk {item}; tidak ada yang berubah.{Why(why)}";

    public static string ExportPrepared(string actor, string id, int people, int pendingRecords) =>
        $"{actor} membuat daftar untuk BPJS {id} berisi {people} orang ({pendingRecords} data masih diperiksa, tidak ikut).";

    public static string ExportReleased(string actor, string id, int people) => $"{actor} merilis daftar untuk BPJS {id} ({people} orang).";

    public static string RoleAssigned(string actor, string user, string kecamatan) => $"{actor} menetapkan Kecamatan {kecamatan} untuk pengguna {user}.";

    public static string RoleRemoved(string actor, string user) => $"{actor} menghapus kecamatan pengguna {user}.";

    public static string SummaryMade(string actor, string week) => $"{actor} membuat ringkasan mingguan {week}.";

    /// <param name="file">What was taken, as officials call it ("hasil daftar Aek Kanopan (daftar.xlsx)").</param>
    public static string Downloaded(string actor, string file) => $"{actor} mengunduh {file}.";

    /// <summary>A change of a person's place in the funded cohort ("cohort.end" …), with the trail's reason.</summary>
    /// <param name="person">The person, by their person id.</param>
    public static string CohortChanged(string actor, string action, string person, string? why)
    {
        var did = action switch
        {
            "cohort.propose" => $"memasukkan orang {person} ke calon daftar untuk BPJS",
            "cohort.relist" => $"memasukkan kembali orang {person} ke calon daftar untuk BPJS",
            "cohort.update" => $"memperbarui data orang {person} untuk daftar BPJS",
            "cohort.withdraw" => $"menarik orang {person} dari calon daftar untuk BPJS",
            "cohort.submit" => $"mengusulkan orang {person} ke BPJS",
            "cohort.confirm" => $"mencatat orang {person} diterima BPJS",
            "cohort.refuse" => $"mencatat orang {person} ditolak BPJS",
            "cohort.end" => $"menghentikan pembiayaan orang {person}",
            "cohort.stop" => $"mengirim penghentian orang {person} ke BPJS",
            "cohort.flag" => $"menandai orang {person} untuk diperiksa",
            "cohort.unflag" => $"menghapus tanda periksa orang {person}",
            "cohort.repropose" => $"mengusulkan kembali orang {person}",
            _ => $"melakukan {action} pada orang {person}",
        };
        return string.IsNullOrWhiteSpace(why) ? $"{actor} {did}." : $"{actor} {did}: {why.Trim()}.";
    }

    public static string ConfirmationApplied(string actor, string file) => $"{actor} menerapkan konfirmasi BPJS dari berkas {file}.";

    /// <summary>Any other entry: who did what to what, as recorded.</summary>
    public static string Other(string actor, string action, string target) => $"{actor} melakukan {action} pada {target}.";

    /// <summary>"A", "A dan B", "A, B dan C".</summary>
    public static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " dan " + list[^1];
    }

    private static string Why(string? why)
    {
        if (string.IsNullOrWhiteSpace(why))
        {
            return "";
        }

        var separator = why.IndexOf(": ", StringComparison.Ordinal);
        var code = separator < 0 ? why : why[..separator];
        var note = separator < 0 ? null : why[(separator + 2)..];
        var label = ReasonCatalog.Find(code)?.Label ?? code;
        return $" Alasan: {label}." + (string.IsNullOrWhiteSpace(note) ? "" : $" Catatan: {note}.");
    }
}
