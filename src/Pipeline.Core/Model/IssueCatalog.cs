namespace Pipeline.Core.Model;

/// <summary>
/// Every issue code the pipeline can report, in one place. Codes are stable: tools and the README rely on them.
/// </summary>
public static partial class IssueCatalog
{
    // ---- File level: the whole upload fails, nothing is read from it. ----

    public static readonly IssueDefinition FileNotSpreadsheet = new(
        "FILE_NOT_SPREADSHEET", Severity.Error, null,
        "Berkas ini bukan lembar kerja yang dapat dibaca. Kirim dalam format .xlsx, .xls, atau .csv.",
        "This file is not a readable spreadsheet. Send it as .xlsx, .xls or .csv.");

    public static readonly IssueDefinition FileCorrupt = new(
        "FILE_CORRUPT", Severity.Error, null,
        "Berkas rusak atau tidak lengkap sehingga tidak dapat dibuka. Simpan ulang dari Excel lalu unggah kembali.",
        "The file is damaged or incomplete and cannot be opened. Save it again from Excel and upload it again.");

    public static readonly IssueDefinition FilePasswordProtected = new(
        "FILE_PASSWORD_PROTECTED", Severity.Error, null,
        "Berkas dilindungi kata sandi. Hapus kata sandi (File > Info > Protect Workbook) lalu unggah kembali.",
        "The workbook is password-protected. Remove the password and upload it again.");

    public static readonly IssueDefinition FileEmpty = new(
        "FILE_EMPTY", Severity.Error, null,
        "Berkas tidak berisi data. Pastikan daftar pekerja ada di salah satu lembar (bukan lembar tersembunyi yang kosong) lalu unggah kembali.",
        "The file contains no data. Make sure the worker list is on one of the sheets and upload it again.");

    public static readonly IssueDefinition FileNoHeader = new(
        "FILE_NO_HEADER", Severity.Error, null,
        "Baris judul kolom tidak ditemukan. Baris judul harus memuat setidaknya kolom NIK dan Nama (contoh: NIK, Nama Lengkap, Tanggal Lahir, Jenis Kelamin, Desa).",
        "No header row was found. The header must contain at least NIK and Nama columns (e.g. NIK, Nama Lengkap, Tanggal Lahir, Jenis Kelamin, Desa).");

    public static readonly IssueDefinition FileNoRows = new(
        "FILE_NO_ROWS", Severity.Error, null,
        "Judul kolom ditemukan, tetapi tidak ada baris data di bawahnya.",
        "A header was found but there are no data rows below it.");

    public static readonly IssueDefinition FileUnexpectedError = new(
        "FILE_UNEXPECTED_ERROR", Severity.Error, null,
        "Terjadi kesalahan sistem saat memproses berkas ini. Kesalahan ini sudah dicatat dan akan diperiksa petugas Disnaker; Anda tidak perlu mengunggah ulang kecuali diminta.",
        "An unexpected error occurred while processing this file. It has been logged for the Disnaker team; no need to upload again unless asked.");
}
