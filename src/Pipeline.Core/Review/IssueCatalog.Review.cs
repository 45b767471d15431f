// The review codes live beside the review domain, in the catalog's own namespace (one catalog, one README table).
namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- Review: an administrator decided about this row. ----

    /// <summary>{0} = the other listing ("berkas X baris N" or "peserta BPJS KPJ ..."), {1} = reason.</summary>
    public static readonly IssueDefinition ReviewSamePerson = new(
        "REVIEW_SAME_PERSON", Severity.Warning, null,
        "Admin kabupaten sudah memeriksa: orang ini sama dengan {0} ({1}). Orang ini tidak perlu didaftarkan lagi.",
        "A regency administrator decided this is the same person as {0} ({1}); the row is not listed again.");

    /// <summary>{0} = reason.</summary>
    public static readonly IssueDefinition ReviewDifferentPerson = new(
        "REVIEW_DIFFERENT_PERSON", Severity.Warning, null,
        "Admin kabupaten sudah memeriksa: orang ini berbeda dari data yang mirip ({0}). Baris ini tetap didaftarkan.",
        "A regency administrator decided this is a different person from the similar record ({0}); the row stays listed.");

    /// <summary>{0} = reason, {1} = " Catatan: ..." with the administrator's note, or empty.</summary>
    public static readonly IssueDefinition ReviewRejected = new(
        "REVIEW_REJECTED", Severity.Error, null,
        "Ditolak oleh admin kabupaten: {0}.{1} Perbaiki data sesuai KTP/KK lalu unggah kembali, atau hubungi Disnaker.",
        "Rejected by a regency administrator: {0}.{1} Correct the data from the ID card and upload again, or contact Disnaker.");

    /// <summary>The codes a decision replaces: the row is no longer waiting for review.</summary>
    public static bool IsReviewCode(string code) => code == MatchReview.Code || code == NikShared.Code;

    /// <summary>A stored code back to its definition (severity, field), e.g. to rebuild a stored row's issues.</summary>
    public static IssueDefinition? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    private static readonly Lazy<Dictionary<string, IssueDefinition>> ByCode = new(() => typeof(IssueCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(IssueDefinition))
        .Select(f => (IssueDefinition)f.GetValue(null)!)
        .ToDictionary(d => d.Code, StringComparer.Ordinal));
}
