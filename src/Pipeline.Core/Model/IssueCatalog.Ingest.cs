namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- Ingest: what happened to the upload as a whole, not to the file's content. ----

    /// <summary>
    /// Our fault, not the file's: every attempt the platform makes failed (a storage outage, a bug). Recorded as
    /// <c>failed</c> on the last attempt, so the upload never stays at <c>processing</c>; the blob then goes to the
    /// poison queue and is not retried automatically.
    /// </summary>
    public static readonly IssueDefinition FileRetriesExhausted = new(
        "FILE_RETRIES_EXHAUSTED", Severity.Error, null,
        "Berkas ini tidak dapat kami proses karena gangguan pada sistem, bukan karena isi berkas, dan tidak akan dicoba lagi secara otomatis. Berkas tidak perlu diubah: hubungi petugas Disnaker Kabupaten Labuhanbatu Utara agar berkas diproses ulang.",
        "We could not process this file because of a system fault (not the file's content) and it will not be retried automatically. The file need not change: contact Disnaker to have it processed again.");

    /// <summary>
    /// A file-level notice on a result workbook written again after another upload changed some of its rows'
    /// statuses (a listing promoted to <c>new</c> because the first listing was removed).
    /// </summary>
    public static readonly IssueDefinition ResultUpdated = new(
        "RESULT_UPDATED", Severity.Warning, null,
        "Hasil ini diperbarui karena daftar lain di kabupaten berubah: status sebagian baris ikut berubah (misalnya orang yang tadinya tercatat ganda kini menjadi baru karena dihapus dari daftar lain). Tidak ada yang perlu Anda ubah.",
        "This result was written again because another list in the regency changed: some rows' statuses changed with it (e.g. a duplicate is now new because the other listing was removed). Nothing to change.");

    /// <summary>
    /// The same notice when what changed the rows was an administrator's decision on the review queue (the village
    /// reads who decided, not that "another list changed").
    /// </summary>
    public static readonly IssueDefinition ResultDecided = new(
        "RESULT_DECIDED", Severity.Warning, null,
        "Hasil ini diperbarui karena admin kabupaten sudah memutuskan data yang mirip dengan data lain: status sebagian baris berubah (lihat kolom Status dan Keterangan). Tidak ada yang perlu Anda ubah.",
        "This result was written again because a regency administrator decided on rows that resembled others: some rows' statuses changed (see Status and Keterangan). Nothing to change.");

    /// <summary>File problems that are ours, not the uploader's: their result says to contact Disnaker, not to fix the file.</summary>
    public static bool IsSystemProblem(IssueDefinition problem) =>
        problem.Code == FileRetriesExhausted.Code || problem.Code == FileUnexpectedError.Code;
}
