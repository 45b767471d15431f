using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Short Indonesian descriptions of issue codes for the summary's "most common issues" and "Alasan terbanyak": the
/// first sentence of the catalog's message with its row values left out, read as a sentence ("NIK tidak berisi 16
/// digit."), never with a placeholder such as "…" where a value was.
/// </summary>
/// <remarks>
/// Read from <see cref="IssueCatalog"/>'s definitions by reflection, so a code added there is described here
/// without a second list to keep in step. A quoted or bracketed value (<c>"{0}"</c>, <c>({1})</c>) is simply left
/// out; a sentence built around a value ("berisi {1} digit") cannot be, so it has its own wording in
/// <see cref="Worded"/>. A test reads every catalog code through <see cref="Describe"/> and fails on a leftover value.
/// </remarks>
public static partial class IssueDescriptions
{
    private static readonly Dictionary<string, IssueDefinition> Definitions = IssueCatalog.All.ToDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>
    /// Codes that restate what the matcher concluded (enrolled, funded, to reactivate, listed elsewhere, waiting for review): the
    /// status columns count those rows already, and they are no mistake of the list, so they are not "issues".
    /// </summary>
    private static readonly HashSet<string> StatusCodes =
        new([IssueCatalog.EnrolledBpjs.Code, IssueCatalog.FundedPemda.Code, IssueCatalog.ReactivateLapsed.Code, IssueCatalog.DuplicateOtherFile.Code, IssueCatalog.MatchReview.Code], StringComparer.Ordinal);

    /// <summary>True for a code that says something is wrong or doubtful in the list itself.</summary>
    public static bool IsDataQuality(string code) => !StatusCodes.Contains(code);

    public static bool IsError(string code) => Definitions.TryGetValue(code, out var d) && d.Severity == Severity.Error;

    /// <summary>"Kesalahan" (rejects the row) or "Peringatan" (the row goes on).</summary>
    public static string SeverityLabel(string code) => IsError(code) ? "Kesalahan" : "Peringatan";

    /// <summary>Codes whose first sentence is built around a row value, in words without it.</summary>
    private static readonly Dictionary<string, string> Worded = new(StringComparer.Ordinal)
    {
        ["REGISTER_KPJ_INVALID"] = "KPJ di daftar peserta BPJS tidak valid.",
        ["REGISTER_NIK_DUPLICATE"] = "NIK ini tercatat pada lebih dari satu KPJ di daftar peserta BPJS; yang dipakai yang terbaru.",
        ["REGISTER_KPJ_DUPLICATE"] = "KPJ ini tercatat pada lebih dari satu baris daftar peserta BPJS; yang dipakai yang terbaru.",
        ["CELL_FORMULA_ERROR"] = "Kolom berisi kesalahan rumus, bukan nilai.",
        ["CELL_FORMULA_IGNORED"] = "Kolom berisi rumus, bukan nilai; kolom ini dianggap kosong.",
        ["CELL_TOO_LONG"] = "Isi kolom terlalu panjang sehingga dipotong.",
        ["NAME_HIDDEN_CHARACTERS"] = "Nama berisi karakter tersembunyi yang sudah dihapus.",
        ["BILL_KPJ_DIFFERS"] = "KPJ di tagihan tidak dikenal, tetapi NIK-nya milik peserta dibiayai dengan KPJ lain; baris dicocokkan dengan NIK.",
        ["BILL_MONTH_OUTSIDE_PERIOD"] = "Bulan di luar periode tagihan; baris ini tidak dibayar dalam rekonsiliasi ini.",
        ["SHEETS_COMBINED"] = "Daftar dibaca dari beberapa lembar dengan judul kolom yang sama (misalnya satu lembar per dusun).",
        ["DUPLICATE_IN_FILE"] = "Data ganda: orang yang sama sudah tercantum di baris lain pada berkas ini.",
        ["ENROLLED_BPJS"] = "Orang ini sudah terdaftar sebagai peserta BPJS Ketenagakerjaan yang aktif sehingga sudah terlindungi dan tidak perlu didaftarkan lagi.",
        ["LINK_EXPIRED"] = "Tautan ini sudah berakhir.",
        ["NIK_WRONG_LENGTH"] = "NIK tidak berisi 16 digit.",
        ["NIK_BAD_PROVINCE"] = "NIK diawali kode provinsi yang tidak ada.",
        ["NIK_UNKNOWN_KECAMATAN"] = "Kode kecamatan pada NIK tidak dikenal di Kabupaten Labuhanbatu Utara.",
        ["BIRTHDATE_FROM_NIK"] = "Tanggal lahir kosong; diambil dari NIK.",
        ["BIRTHDATE_IN_FUTURE"] = "Tanggal lahir belum terjadi.",
        ["BIRTHDATE_TOO_OLD"] = "Tanggal lahir sebelum tahun 1900.",
        ["KECAMATAN_NOT_FOLDER"] = "Kecamatan pada baris ini berbeda dengan folder unggahan; baris dicatat untuk kecamatan foldernya.",
        ["DESA_UNKNOWN"] = "Desa/kelurahan tidak ditemukan di kecamatannya.",
        ["AGE_TOO_YOUNG"] = "Umur di bawah batas umur peserta.",
        ["AGE_TOO_OLD"] = "Umur di atas batas umur peserta.",
        ["REVIEW_SAME_PERSON"] = "Admin kabupaten sudah memeriksa: orang ini sama dengan data lain.",
        ["REVIEW_REJECTED"] = "Ditolak oleh admin kabupaten.",
        ["REACTIVATE_LAPSED"] = "Terdaftar di BPJS Ketenagakerjaan tetapi kepesertaannya tidak aktif; akan diusulkan untuk diaktifkan kembali dan dibiayai Pemda.",
        ["REGISTER_STATUS_UNKNOWN"] = "Terdaftar di BPJS Ketenagakerjaan, tetapi status kepesertaannya tidak dikenal sehingga belum pasti terlindungi.",
        ["FUNDED_PEMDA"] = "Sudah dibiayai Pemda sehingga tidak perlu didaftarkan lagi.",
        ["COHORT_SUBMITTED"] = "Sudah diusulkan ke BPJS Ketenagakerjaan dan menunggu konfirmasi BPJS; tidak diusulkan lagi.",
        ["BPJS_REFUSED"] = "Ditolak BPJS Ketenagakerjaan saat didaftarkan.",
        ["FUNDING_ENDED"] = "Pembiayaan iuran oleh Pemda untuk orang ini sudah dihentikan.",
        ["CONFIRM_WRONG_LIST"] = "Baris ini menyebut daftar yang lain dari daftar tempat orang ini diusulkan.",
        ["CONFIRM_REPEATED"] = "NIK ini juga ada di baris lain berkas ini dengan isi yang berbeda, sehingga tidak ada baris NIK ini yang diproses.",
        ["CONFIRM_CONFLICT"] = "Tidak diterapkan karena keadaan orang ini sudah berubah.",
        ["CONFIRM_DATE_MISSING"] = "Tanggal efektif kosong: dibiayai mulai bulan daftarnya dirilis.",
        ["CONFIRM_KPJ_TAKEN"] = "KPJ ini sudah milik orang lain dalam daftar dibiayai Pemda; orang ini dicatat dibiayai tanpa KPJ.",
        ["BILL_PERIOD_TOO_LONG"] = "Periode tagihan mencakup terlalu banyak bulan.",
        ["BILL_PERIOD_MISMATCH"] = "Tidak satu pun baris tagihan ini untuk periode yang dipilih.",
        ["BILL_COHORT_INCONSISTENT"] = "Data peserta dibiayai belum rapi (NIK atau KPJ ganda atau tidak terbaca); tagihan belum direkonsiliasi.",
    };

    public static string Describe(string code)
    {
        if (Worded.TryGetValue(code, out var worded))
        {
            return worded;
        }

        if (!Definitions.TryGetValue(code, out var definition))
        {
            return code;
        }

        var message = WithoutValues(definition.MessageId);
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    /// <summary>
    /// What to do about the issue: the catalog message after its first sentence (most say it there: "Periksa kembali
    /// dengan KTP/KK."), row values left out; empty when the message is one sentence.
    /// </summary>
    public static string Advice(string code)
    {
        if (!Definitions.TryGetValue(code, out var definition))
        {
            return "";
        }

        var message = WithoutValues(definition.MessageId);
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? "" : message[(end + 2)..].Trim();
    }

    /// <summary>The message with its quoted or bracketed values left out, and any other value dropped.</summary>
    private static string WithoutValues(string message) =>
        Placeholder().Replace(QuotedOrBracketed().Replace(message, ""), "").Trim();

    [GeneratedRegex(@" ?(""\{\d+\}""|\(\{\d+\}\))")]
    private static partial Regex QuotedOrBracketed();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
