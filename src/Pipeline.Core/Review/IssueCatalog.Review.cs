// The review codes live beside the review domain, in the catalog's own namespace (one catalog, one README table).
namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- Review: an administrator decided about this row. ----

    /// <summary>{0} = the other listing as the uploader may know it (a person id or a KPJ), {1} = reason.</summary>
    public static readonly ReviewSamePersonMessage ReviewSamePerson = new();

    /// <summary>The <c>ReviewSamePerson</c> message: the other listing named by its person id or the register's KPJ, never by file or row.</summary>
    public sealed record ReviewSamePersonMessage() : IssueDefinition(
        "REVIEW_SAME_PERSON", Severity.Warning, null,
        "Admin kabupaten sudah memeriksa: orang ini sama dengan {0} ({1}). Orang ini tidak perlu didaftarkan lagi.",
        "A regency administrator decided this is the same person as {0} ({1}); the row is not listed again.")
    {
        /// <param name="personId">The person the row was merged into.</param>
        /// <param name="reason">The reason's label.</param>
        public Issue Create(PersonId personId, string reason) => Format($"ID orang {personId}", reason);

        /// <param name="kpj">The register participant the row was found to be.</param>
        /// <param name="reason">The reason's label.</param>
        public Issue CreateForParticipant(string kpj, string reason) => Format($"peserta BPJS KPJ {kpj}", reason);
    }

    /// <summary>{0} = reason.</summary>
    public static readonly ReviewDifferentPersonMessage ReviewDifferentPerson = new();

    /// <summary>The <c>ReviewDifferentPerson</c> message, made only with its named arguments.</summary>
    public sealed record ReviewDifferentPersonMessage() : IssueDefinition(
        "REVIEW_DIFFERENT_PERSON", Severity.Warning, null,
        "Admin kabupaten sudah memeriksa: orang ini berbeda dari data yang mirip ({0}). Baris ini tetap didaftarkan.",
        "A regency administrator decided this is a different person from the similar record ({0}); the row stays listed.")
    {
        /// <param name="reason">The reason's label.</param>
        public Issue Create(string reason) => Format(reason);
    }

    /// <summary>{0} = reason, {1} = " Catatan: ..." with the administrator's note, or empty.</summary>
    public static readonly ReviewRejectedMessage ReviewRejected = new();

    /// <summary>The <c>ReviewRejected</c> message: the reason, and the administrator's note when there is one.</summary>
    public sealed record ReviewRejectedMessage() : IssueDefinition(
        "REVIEW_REJECTED", Severity.Error, null,
        "Ditolak oleh admin kabupaten: {0}.{1} Perbaiki data sesuai KTP/KK lalu unggah kembali, atau hubungi Disnaker.",
        "Rejected by a regency administrator: {0}.{1} Correct the data from the ID card and upload again, or contact Disnaker.")
    {
        /// <param name="reason">The reason's label.</param>
        /// <param name="note">The administrator's note, or null.</param>
        public Issue Create(string reason, string? note) => Format(reason, string.IsNullOrWhiteSpace(note) ? "" : $" Catatan: {note.Trim()}.");
    }

    /// <summary>The codes a decision replaces: the row is no longer waiting for review.</summary>
    public static bool IsReviewCode(string code) => code == MatchReview.Code || code == NikShared.Code;

    /// <summary>The notices a decision leaves on a row: one at a time, a later decision replaces it.</summary>
    public static bool IsDecisionCode(string code) => code == ReviewSamePerson.Code || code == ReviewDifferentPerson.Code;

    /// <summary>A stored code back to its definition (severity, field), e.g. to rebuild a stored row's issues.</summary>
    public static IssueDefinition? Find(string code) => ByCode.Value.GetValueOrDefault(code);

    /// <summary>Every definition in the catalog (read by reflection once, so a code added is known everywhere).</summary>
    public static IReadOnlyList<IssueDefinition> All => AllDefinitions.Value;

    private static readonly Lazy<IReadOnlyList<IssueDefinition>> AllDefinitions = new(() => typeof(IssueCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => f.GetValue(null))
        .OfType<IssueDefinition>()
        .ToList());

    private static readonly Lazy<Dictionary<string, IssueDefinition>> ByCode = new(() => All.ToDictionary(d => d.Code, StringComparer.Ordinal));
}
