namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- The BPJS register's membership status decides what a match means (RegisterOptions). ----

    /// <summary>{0} = KPJ, {1} = membership status as the register writes it.</summary>
    public static readonly ReactivateLapsedMessage ReactivateLapsed = new();

    /// <summary>The <c>ReactivateLapsed</c> message, made only with its named arguments.</summary>
    public sealed record ReactivateLapsedMessage() : IssueDefinition(
        "REACTIVATE_LAPSED", Severity.Warning, null,
        "Orang ini terdaftar di BPJS Ketenagakerjaan dengan KPJ {0}, tetapi kepesertaannya tidak aktif ({1}) sehingga tidak terlindungi; akan diusulkan untuk diaktifkan kembali dan dibiayai Pemda.",
        "This person is registered with BPJS Ketenagakerjaan under KPJ {0}, but the membership is inactive ({1}), so they are not protected; they will be proposed for reactivation, funded by the regency.")
    {
        /// <param name="kpj">The participant's KPJ.</param>
        /// <param name="membershipStatus">The lapsed status as the register writes it.</param>
        public Issue Create(string kpj, string membershipStatus) => Format(kpj, membershipStatus);
    }

    /// <summary>{0} = KPJ, {1} = membership status as the register writes it (or "-" when empty).</summary>
    /// <remarks>Never counted as covered: the row waits for an administrator, who sees the KPJ as the candidate.</remarks>
    public static readonly RegisterStatusUnknownMessage RegisterStatusUnknown = new();

    /// <summary>The <c>RegisterStatusUnknown</c> message, made only with its named arguments.</summary>
    public sealed record RegisterStatusUnknownMessage() : IssueDefinition(
        "REGISTER_STATUS_UNKNOWN", Severity.Warning, null,
        "Orang ini terdaftar di BPJS Ketenagakerjaan dengan KPJ {0}, tetapi status kepesertaannya \"{1}\" tidak dikenal sehingga belum pasti terlindungi. Admin kabupaten akan memeriksanya; Anda tidak perlu mengubah apa pun bila datanya sudah benar.",
        "This person is registered with BPJS Ketenagakerjaan under KPJ {0}, but the membership status \"{1}\" is not recognised, so protection is uncertain. The regency administrator will check; no change is needed if the data is correct.")
    {
        /// <param name="kpj">The participant's KPJ.</param>
        /// <param name="membershipStatus">The status as written, or "-".</param>
        public Issue Create(string kpj, string membershipStatus) => Format(kpj, membershipStatus);
    }

    // ---- The BPJS participant register: what a register row held that cannot be used. Told to Disnaker (the
    // register's outcome, the CLI), never to an uploader; row numbers only, never a NIK or a name. ----

    /// <summary>{0} = register row, {1} = what the KPJ cell held, {2} = why it is not a KPJ.</summary>
    public static readonly RegisterKpjInvalidMessage RegisterKpjInvalid = new();

    /// <summary>The <c>RegisterKpjInvalid</c> message, made only with its named arguments.</summary>
    public sealed record RegisterKpjInvalidMessage() : IssueDefinition(
        "REGISTER_KPJ_INVALID", Severity.Warning, null,
        "Baris {0} daftar peserta BPJS: KPJ \"{1}\" tidak valid ({2}). Baris ini tidak dipakai, sehingga tidak ada pekerja yang dianggap sudah terdaftar karenanya. Minta ekspor ulang dari BPJS dengan KPJ yang lengkap.",
        "Register row {0}: KPJ \"{1}\" is not valid ({2}). The row is not used, so nobody is taken as enrolled because of it. Ask BPJS for an export with complete KPJ numbers.")
    {
        /// <param name="row">The register row.</param>
        /// <param name="kpj">What the KPJ cell held, as shown.</param>
        /// <param name="reason">Why it is not a KPJ.</param>
        public Issue Create(int row, string kpj, string reason) => Format(SheetRows.Label(row), kpj, reason);
    }

    /// <summary>{0} = how many rows, {1} = the rows, {2} = the row used.</summary>
    public static readonly RegisterNikDuplicateMessage RegisterNikDuplicate = new();

    /// <summary>The <c>RegisterNikDuplicate</c> message, made only with its named arguments.</summary>
    public sealed record RegisterNikDuplicateMessage() : IssueDefinition(
        "REGISTER_NIK_DUPLICATE", Severity.Warning, null,
        "NIK ini tercatat pada {0} KPJ di daftar peserta BPJS (baris {1}); yang dipakai baris {2}, yang terbaru.",
        "This NIK is on {0} KPJ rows of the register (rows {1}); row {2}, the most recent, is used.")
    {
        /// <param name="rows">How many rows carry the NIK.</param>
        /// <param name="rowNumbers">Those rows, comma-separated.</param>
        /// <param name="rowUsed">The row used (the most recent).</param>
        public Issue Create(int rows, string rowNumbers, int rowUsed) => Format(rows, rowNumbers, SheetRows.Label(rowUsed));
    }

    /// <summary>{0} = how many rows, {1} = the rows, {2} = the row used.</summary>
    /// <remarks>A KPJ is one participant: the snapshot holds one row per KPJ (it is the row's key), the most recent.</remarks>
    public static readonly RegisterKpjDuplicateMessage RegisterKpjDuplicate = new();

    /// <summary>The <c>RegisterKpjDuplicate</c> message, made only with its named arguments.</summary>
    public sealed record RegisterKpjDuplicateMessage() : IssueDefinition(
        "REGISTER_KPJ_DUPLICATE", Severity.Warning, null,
        "KPJ ini tercatat pada {0} baris daftar peserta BPJS (baris {1}); yang dipakai baris {2}, yang terbaru.",
        "This KPJ is on {0} rows of the register (rows {1}); row {2}, the most recent, is used.")
    {
        /// <param name="rows">How many rows carry the KPJ.</param>
        /// <param name="rowNumbers">Those rows, comma-separated.</param>
        /// <param name="rowUsed">The row used (the most recent).</param>
        public Issue Create(int rows, string rowNumbers, int rowUsed) => Format(rows, rowNumbers, SheetRows.Label(rowUsed));
    }

    /// <summary>No row of the export has a valid KPJ: the export is refused and the previous register stays.</summary>
    public static readonly IssueDefinition RegisterNoValidKpj = new(
        "REGISTER_NO_VALID_KPJ", Severity.Error, null,
        "Tidak ada satu pun baris daftar peserta BPJS dengan KPJ yang valid, sehingga daftar ini tidak dipakai dan daftar sebelumnya tetap berlaku. Minta ekspor ulang dari BPJS.",
        "No row of the register has a valid KPJ, so it is not used and the previous register stays in force. Ask BPJS for a new export.");
}
