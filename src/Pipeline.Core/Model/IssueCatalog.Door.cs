namespace Pipeline.Core.Model;

/// <summary>
/// Refusals at the village door (the upload link page): said to the official on the phone before anything is
/// stored. What the file itself is (not a spreadsheet, too large) keeps the reader's codes.
/// </summary>
public static partial class IssueCatalog
{
    /// <summary>An unknown token, or text that is no token at all: both answered alike, so links cannot be guessed.</summary>
    public static readonly IssueDefinition LinkUnknown = new(
        "LINK_UNKNOWN", Severity.Error, null,
        "Tautan ini tidak dikenal. Salin tautan dengan utuh dari pesan Disnaker, atau minta tautan baru kepada Disnaker Kabupaten Labuhanbatu Utara.",
        "This link is not known. Copy the whole link from Disnaker's message, or ask Disnaker for a new one.");

    public static readonly LinkExpiredMessage LinkExpired = new();

    /// <summary>The <c>LinkExpired</c> message, made only with its named arguments.</summary>
    public sealed record LinkExpiredMessage() : IssueDefinition(
        "LINK_EXPIRED", Severity.Error, null,
        "Tautan ini hanya berlaku sampai {0} dan kini sudah berakhir. Minta tautan baru kepada Disnaker Kabupaten Labuhanbatu Utara.",
        "This link worked until {0} and has expired. Ask Disnaker for a new one.")
    {
        /// <param name="lastDay">The link's last day, written as officials read dates.</param>
        public Issue Create(string lastDay) => Format(lastDay);
    }

    public static readonly IssueDefinition LinkRevoked = new(
        "LINK_REVOKED", Severity.Error, null,
        "Tautan ini sudah dicabut oleh Disnaker dan tidak dapat dipakai lagi. Minta tautan baru kepada Disnaker Kabupaten Labuhanbatu Utara.",
        "This link was revoked by Disnaker. Ask Disnaker for a new one.");

    public static readonly IssueDefinition UploadNoFile = new(
        "UPLOAD_NO_FILE", Severity.Error, null,
        "Tidak ada berkas yang diterima. Pilih satu berkas daftar (.xlsx, .xls, .ods atau .csv) lalu kirim lagi.",
        "No file arrived. Choose one list file (.xlsx, .xls, .ods or .csv) and send it again.");

    public static readonly UploadTooManyMessage UploadTooMany = new();

    /// <summary>The <c>UploadTooMany</c> message, made only with its named arguments.</summary>
    public sealed record UploadTooManyMessage() : IssueDefinition(
        "UPLOAD_TOO_MANY", Severity.Error, null,
        "Terlalu banyak kiriman dari tautan ini dalam waktu singkat. Tunggu {0} menit lalu coba lagi.",
        "Too many requests from this link in a short time. Wait {0} minutes and try again.")
    {
        /// <param name="minutes">Whole minutes until the link may be used again.</param>
        public Issue Create(int minutes) => Format(minutes);
    }
}
