using Pipeline.Core.Matching;

namespace Pipeline.Core.Cohort;

/// <summary>What BPJS answered for one person of a released list.</summary>
public enum ConfirmationVerdict
{
    Accepted,
    Refused,
}

/// <summary>The words BPJS branches write for each answer, compared as <see cref="MembershipRule.Normalise"/> does (case, spaces, dashes).</summary>
public static class ConfirmationVerdicts
{
    private static readonly HashSet<string> Accepted = Words(
        "DITERIMA", "TERIMA", "DISETUJUI", "SETUJU", "BERHASIL", "SUKSES", "BERHASIL DIDAFTARKAN", "TERDAFTAR", "SUDAH TERDAFTAR",
        "AKTIF", "VALID", "OK", "YA", "ACCEPTED", "APPROVED");

    private static readonly HashSet<string> Refused = Words(
        "DITOLAK", "TOLAK", "TIDAK DITERIMA", "GAGAL", "GAGAL DIDAFTARKAN", "TIDAK VALID", "INVALID", "TIDAK", "REJECTED", "BATAL", "DIBATALKAN");

    public static bool TryParse(string? text, out ConfirmationVerdict verdict)
    {
        var key = MembershipRule.Normalise(text);
        verdict = Refused.Contains(key) ? ConfirmationVerdict.Refused : ConfirmationVerdict.Accepted;
        return Accepted.Contains(key) || Refused.Contains(key);
    }

    private static HashSet<string> Words(params string[] words) => words.Select(MembershipRule.Normalise).ToHashSet(StringComparer.Ordinal);
}
