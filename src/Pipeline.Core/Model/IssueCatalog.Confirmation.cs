namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- BPJS's confirmation of a released list: a file that cannot be used, and rows that are not applied. ----

    public static readonly IssueDefinition ConfirmNoNikColumn = new(
        "CONFIRM_NO_NIK_COLUMN", Severity.Error, null,
        "Kolom NIK tidak ditemukan di berkas konfirmasi BPJS. Baris judul harus memuat kolom NIK dan STATUS (contoh: NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN). Tidak ada yang diubah; perbaiki berkas lalu unggah kembali.",
        "No NIK column in BPJS's confirmation. The header needs NIK and STATUS (e.g. NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN). Nothing was changed.");

    public static readonly IssueDefinition ConfirmNoStatusColumn = new(
        "CONFIRM_NO_STATUS_COLUMN", Severity.Error, null,
        "Kolom STATUS (DITERIMA atau DITOLAK) tidak ditemukan di berkas konfirmasi BPJS. Baris judul harus memuat kolom NIK dan STATUS (contoh: NIK;KPJ;STATUS;TANGGAL EFEKTIF;KETERANGAN). Tidak ada yang diubah; perbaiki berkas lalu unggah kembali.",
        "No STATUS column (DITERIMA or DITOLAK) in BPJS's confirmation. Nothing was changed.");

    /// <summary>{0} = the NIK as written.</summary>
    public static readonly ConfirmNikInvalidMessage ConfirmNikInvalid = new();

    /// <summary>The <c>ConfirmNikInvalid</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmNikInvalidMessage() : IssueDefinition(
        "CONFIRM_NIK_INVALID", Severity.Error, Model.Field.Nik,
        "NIK \"{0}\" tidak valid: NIK berisi 16 angka (ketik sebagai teks agar digit terakhirnya tidak hilang). Baris ini tidak diproses.",
        "NIK \"{0}\" is not valid: a NIK is 16 digits (typed as text, so no digit is lost). The row is not applied.")
    {
        /// <param name="nik">The NIK as written.</param>
        public Issue Create(string nik) => Format(nik);
    }

    /// <summary>{0} = the status as written.</summary>
    public static readonly ConfirmStatusUnknownMessage ConfirmStatusUnknown = new();

    /// <summary>The <c>ConfirmStatusUnknown</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmStatusUnknownMessage() : IssueDefinition(
        "CONFIRM_STATUS_UNKNOWN", Severity.Error, Model.Field.MembershipStatus,
        "Status \"{0}\" tidak dikenal: tulis DITERIMA atau DITOLAK. Baris ini tidak diproses.",
        "Status \"{0}\" is not recognised: write DITERIMA or DITOLAK. The row is not applied.")
    {
        /// <param name="status">The status as written.</param>
        public Issue Create(string status) => Format(status);
    }

    /// <summary>{0} = the date as written.</summary>
    public static readonly ConfirmDateUnreadableMessage ConfirmDateUnreadable = new();

    /// <summary>The <c>ConfirmDateUnreadable</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmDateUnreadableMessage() : IssueDefinition(
        "CONFIRM_DATE_UNREADABLE", Severity.Error, Model.Field.EffectiveDate,
        "Tanggal efektif \"{0}\" tidak dapat dibaca (contoh: 01-02-2026, 2026-02 atau Februari 2026). Baris ini tidak diproses.",
        "Effective date \"{0}\" cannot be read (e.g. 01-02-2026, 2026-02 or Februari 2026). The row is not applied.")
    {
        /// <param name="date">The date as written.</param>
        public Issue Create(string date) => Format(date);
    }

    public static readonly IssueDefinition ConfirmNotSubmitted = new(
        "CONFIRM_NOT_SUBMITTED", Severity.Error, Field.Nik,
        "NIK ini tidak ada di daftar mana pun yang sudah dirilis ke BPJS dan menunggu konfirmasi. Baris ini tidak diproses; periksa NIK-nya.",
        "This NIK is on no list released to BPJS and waiting for confirmation. The row is not applied; check the NIK.");

    /// <summary>{0} = the list id the row names, {1} = the list that carried the person.</summary>
    public static readonly ConfirmWrongListMessage ConfirmWrongList = new();

    /// <summary>The <c>ConfirmWrongList</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmWrongListMessage() : IssueDefinition(
        "CONFIRM_WRONG_LIST", Severity.Error, null,
        "Baris ini menyebut daftar {0}, tetapi orang ini diusulkan dalam daftar {1}. Baris ini tidak diproses.",
        "The row names list {0}, but the person went out on list {1}. The row is not applied.")
    {
        /// <param name="listId">The list id the row names.</param>
        /// <param name="carriedOn">The list that carried the person.</param>
        public Issue Create(string listId, string carriedOn) => Format(listId, carriedOn);
    }

    /// <summary>{0} = the other row of the same NIK.</summary>
    public static readonly ConfirmRepeatedMessage ConfirmRepeated = new();

    /// <summary>The <c>ConfirmRepeated</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmRepeatedMessage() : IssueDefinition(
        "CONFIRM_REPEATED", Severity.Error, Model.Field.Nik,
        "NIK ini juga ada di baris {0} berkas ini dengan isi yang berbeda, sehingga tidak ada baris NIK ini yang diproses. Perbaiki berkas lalu unggah kembali.",
        "This NIK is also on row {0} of the file with different content, so none of its rows is applied. Fix the file and upload it again.")
    {
        /// <param name="otherRow">The other row of the same NIK.</param>
        public Issue Create(int otherRow) => Format(otherRow);
    }

    /// <summary>{0} = why the person cannot take this outcome (the cohort's refusal).</summary>
    public static readonly ConfirmConflictMessage ConfirmConflict = new();

    /// <summary>The <c>ConfirmConflict</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmConflictMessage() : IssueDefinition(
        "CONFIRM_CONFLICT", Severity.Error, null,
        "Tidak diterapkan: orang ini {0}.",
        "Not applied: this person {0}.")
    {
        /// <param name="why">Why the person cannot take this outcome (the cohort's refusal).</param>
        public Issue Create(string why) => Format(why);
    }

    /// <summary>{0} = the month taken instead ("Februari 2026").</summary>
    public static readonly ConfirmDateMissingMessage ConfirmDateMissing = new();

    /// <summary>The <c>ConfirmDateMissing</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmDateMissingMessage() : IssueDefinition(
        "CONFIRM_DATE_MISSING", Severity.Warning, Model.Field.EffectiveDate,
        "Tanggal efektif kosong: dibiayai mulai {0}, bulan daftarnya dirilis.",
        "No effective date: funded from {0}, the month the list was released.")
    {
        /// <param name="month">The month taken instead ("Februari 2026").</param>
        public Issue Create(string month) => Format(month);
    }

    /// <summary>{0} = the KPJ as written.</summary>
    public static readonly ConfirmKpjInvalidMessage ConfirmKpjInvalid = new();

    /// <summary>The <c>ConfirmKpjInvalid</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmKpjInvalidMessage() : IssueDefinition(
        "CONFIRM_KPJ_INVALID", Severity.Warning, Model.Field.Kpj,
        "KPJ \"{0}\" bukan satu nomor KPJ (jumlah angkanya tidak sesuai, atau dua nomor dalam satu sel): orang ini dicatat dibiayai tanpa KPJ; KPJ-nya dilengkapi dari daftar peserta BPJS berikutnya.",
        "KPJ \"{0}\" is not one KPJ number (the wrong number of digits, or two numbers in one cell): the person is recorded as funded without one; the next register export completes it.")
    {
        /// <param name="kpj">The KPJ as written in the file.</param>
        public Issue Create(string kpj) => Format(kpj);
    }

    /// <summary>{0} = the KPJ.</summary>
    public static readonly ConfirmKpjTakenMessage ConfirmKpjTaken = new();

    /// <summary>The <c>ConfirmKpjTaken</c> message, made only with its named arguments.</summary>
    public sealed record ConfirmKpjTakenMessage() : IssueDefinition(
        "CONFIRM_KPJ_TAKEN", Severity.Warning, Model.Field.Kpj,
        "KPJ {0} sudah milik orang lain dalam daftar dibiayai Pemda (atau di baris lain berkas ini): orang ini dicatat dibiayai tanpa KPJ. Minta BPJS memastikan KPJ yang benar.",
        "KPJ {0} already belongs to someone else in the funded cohort (or on another row of this file): the person is recorded as funded without one. Ask BPJS for the right KPJ.")
    {
        /// <param name="kpj">The KPJ (digits).</param>
        public Issue Create(string kpj) => Format(kpj);
    }

    public static readonly IssueDefinition ConfirmKpjMissing = new(
        "CONFIRM_KPJ_MISSING", Severity.Warning, Field.Kpj,
        "KPJ kosong: orang ini dicatat dibiayai tanpa KPJ; KPJ-nya dilengkapi dari daftar peserta BPJS berikutnya.",
        "No KPJ: the person is recorded as funded without one; the next register export completes it.");
}
