namespace Pipeline.Core.Model;

/// <summary>
/// Row-level issues found while normalising a data row. Errors reject the row; warnings travel with it
/// so the official can correct the source list next time without blocking enrolment now.
/// </summary>
public static partial class IssueCatalog
{
    // ---- NIK ----

    public static readonly IssueDefinition NikMissing = new(
        "NIK_MISSING", Severity.Error, Field.Nik,
        "NIK kosong. Isi NIK 16 digit sesuai KTP/KK.",
        "The NIK is empty. Fill in the 16-digit NIK from the ID card or family card.");

    public static readonly IssueDefinition NikExcelNumber = new(
        "NIK_EXCEL_NUMBER", Severity.Error, Field.Nik,
        "NIK \"{0}\" tersimpan sebagai angka oleh Excel sehingga digit terakhirnya hilang. Ubah format kolom NIK menjadi Teks (Format Cells > Text) lalu ketik ulang NIK dari KTP/KK.",
        "NIK \"{0}\" was stored by Excel as a number, which loses its last digit(s). Format the NIK column as Text and type the NIK again from the ID card.");

    public static readonly IssueDefinition NikNotNumeric = new(
        "NIK_NOT_NUMERIC", Severity.Error, Field.Nik,
        "NIK \"{0}\" mengandung huruf atau tanda yang bukan angka. NIK hanya berisi 16 angka; periksa kembali dengan KTP/KK.",
        "NIK \"{0}\" contains letters or symbols. A NIK is 16 digits only; check it against the ID card.");

    public static readonly IssueDefinition NikWrongLength = new(
        "NIK_WRONG_LENGTH", Severity.Error, Field.Nik,
        "NIK \"{0}\" berisi {1} digit, seharusnya 16 digit. Periksa kembali dengan KTP/KK.",
        "NIK \"{0}\" has {1} digits instead of 16. Check it against the ID card.");

    public static readonly IssueDefinition NikBadProvince = new(
        "NIK_BAD_PROVINCE", Severity.Error, Field.Nik,
        "NIK \"{0}\" diawali kode provinsi {1} yang tidak ada. Periksa kembali dua digit pertama NIK dengan KTP/KK.",
        "NIK \"{0}\" starts with province code {1}, which does not exist. Check the first two digits.");

    public static readonly IssueDefinition NikBadBirthDigits = new(
        "NIK_BAD_BIRTH_DIGITS", Severity.Error, Field.Nik,
        "Digit ke-7 sampai ke-12 NIK \"{0}\" ({1}) bukan tanggal lahir yang mungkin. Periksa kembali NIK dengan KTP/KK.",
        "Digits 7-12 of NIK \"{0}\" ({1}) are not a possible date of birth. Check the NIK against the ID card.");

    public static readonly IssueDefinition NikZeroSerial = new(
        "NIK_ZERO_SERIAL", Severity.Error, Field.Nik,
        "NIK \"{0}\" diakhiri 0000; empat digit terakhir NIK tidak pernah 0000. Periksa kembali NIK dengan KTP/KK.",
        "NIK \"{0}\" ends in 0000, which no NIK does. Check the NIK against the ID card.");

    public static readonly IssueDefinition NikUnknownKecamatan = new(
        "NIK_UNKNOWN_KECAMATAN", Severity.Warning, Field.Nik,
        "Kode kecamatan {1} pada NIK \"{0}\" tidak dikenal di Kabupaten Labuhanbatu Utara. Periksa kembali enam digit pertama NIK.",
        "Kecamatan code {1} in NIK \"{0}\" is not a kecamatan of Labuhanbatu Utara. Check the first six digits.");

    public static readonly IssueDefinition NikBirthDateMismatch = new(
        "NIK_BIRTHDATE_MISMATCH", Severity.Warning, Field.BirthDate,
        "Tanggal lahir pada NIK ({0}) berbeda dengan kolom tanggal lahir ({1}). Periksa mana yang benar sesuai KTP/KK.",
        "The birth date encoded in the NIK ({0}) differs from the birth-date column ({1}). Check which is right.");

    public static readonly IssueDefinition NikSexMismatch = new(
        "NIK_SEX_MISMATCH", Severity.Warning, Field.Sex,
        "Jenis kelamin pada NIK ({0}) berbeda dengan kolom jenis kelamin ({1}). Pada NIK perempuan, tanggal lahir ditambah 40. Periksa mana yang benar.",
        "The sex encoded in the NIK ({0}) differs from the sex column ({1}). Women's NIKs add 40 to the birth day. Check which is right.");

    // ---- No. KK ----

    public static readonly IssueDefinition KkMalformed = new(
        "KK_MALFORMED", Severity.Warning, Field.NoKk,
        "Nomor KK \"{0}\" tidak valid: harus 16 angka dan diketik di kolom berformat Teks (bukan angka Excel). Perbaiki sesuai Kartu Keluarga atau kosongkan bila tidak ada.",
        "Family card number \"{0}\" is invalid: it must be 16 digits typed in a Text-formatted column (not an Excel number). Correct it or leave it empty.");

    // ---- Name ----

    public static readonly IssueDefinition NameMissing = new(
        "NAME_MISSING", Severity.Error, Field.Name,
        "Nama kosong. Isi nama lengkap sesuai KTP.",
        "The name is empty. Fill in the full name as on the ID card.");

    public static readonly IssueDefinition NameInvalid = new(
        "NAME_INVALID", Severity.Error, Field.Name,
        "Nama \"{0}\" berisi angka atau tidak berisi huruf. Tulis nama lengkap sesuai KTP.",
        "The name \"{0}\" contains digits or no letters. Write the full name as on the ID card.");

    // ---- Birth date ----

    public static readonly IssueDefinition BirthDateMissing = new(
        "BIRTHDATE_MISSING", Severity.Error, Field.BirthDate,
        "Tanggal lahir kosong dan tidak dapat diambil dari NIK. Isi tanggal lahir (contoh: 12-03-1980).",
        "The birth date is empty and cannot be taken from the NIK. Fill it in (e.g. 12-03-1980).");

    public static readonly IssueDefinition BirthDateFromNik = new(
        "BIRTHDATE_FROM_NIK", Severity.Warning, Field.BirthDate,
        "Tanggal lahir kosong; diambil dari NIK: {0}. Isi kolom tanggal lahir bila berbeda.",
        "The birth date is empty; taken from the NIK: {0}. Fill in the column if it differs.");

    public static readonly IssueDefinition BirthDateUnreadable = new(
        "BIRTHDATE_UNREADABLE", Severity.Error, Field.BirthDate,
        "Tanggal lahir \"{0}\" tidak dapat dibaca. Tulis sebagai tanggal-bulan-tahun, contoh: 12-03-1980 atau 12 Maret 1980.",
        "The birth date \"{0}\" cannot be read. Write it as day-month-year, e.g. 12-03-1980 or 12 Maret 1980.");

    public static readonly IssueDefinition BirthDateInFuture = new(
        "BIRTHDATE_IN_FUTURE", Severity.Error, Field.BirthDate,
        "Tanggal lahir {0} belum terjadi. Periksa kembali tahun lahir.",
        "The birth date {0} is in the future. Check the year.");

    public static readonly IssueDefinition BirthDateTooOld = new(
        "BIRTHDATE_TOO_OLD", Severity.Error, Field.BirthDate,
        "Tanggal lahir {0} sebelum tahun 1900. Periksa kembali tahun lahir.",
        "The birth date {0} is before 1900. Check the year.");

    // ---- Sex ----

    public static readonly IssueDefinition SexUnrecognised = new(
        "SEX_UNRECOGNISED", Severity.Warning, Field.Sex,
        "Jenis kelamin \"{0}\" tidak dikenali; dipakai jenis kelamin dari NIK. Tulis L (laki-laki) atau P (perempuan).",
        "Sex \"{0}\" is not recognised; the NIK's is used. Write L (male) or P (female).");

    // ---- Place ----

    public static readonly IssueDefinition KecamatanUnknown = new(
        "KECAMATAN_UNKNOWN", Severity.Warning, Field.Kecamatan,
        "Kecamatan \"{0}\" tidak ditemukan di Kabupaten Labuhanbatu Utara. Tulis nama kecamatan sesuai daftar resmi (contoh: Kualuh Hulu).",
        "Kecamatan \"{0}\" is not a kecamatan of Labuhanbatu Utara. Use the official name (e.g. Kualuh Hulu).");

    public static readonly IssueDefinition KecamatanNotFolder = new(
        "KECAMATAN_NOT_FOLDER", Severity.Warning, Field.Kecamatan,
        "Kecamatan \"{0}\" pada baris ini berbeda dengan folder unggahan (Kecamatan {1}); baris dicatat untuk Kecamatan {1}. Bila orang ini warga kecamatan lain, daftarkan lewat desa atau kecamatannya sendiri.",
        "The row names kecamatan \"{0}\" but the file was uploaded to Kecamatan {1}'s folder; the row counts for {1}. The folder is the uploader's authority.");

    public static readonly IssueDefinition DesaUnknown = new(
        "DESA_UNKNOWN", Severity.Warning, Field.Desa,
        "Desa/kelurahan \"{0}\" tidak ditemukan di {1}. Tulis nama desa sesuai daftar resmi Kemendagri.",
        "Desa \"{0}\" was not found in {1}. Use the official Kemendagri name.");

    public static readonly IssueDefinition DesaMissing = new(
        "DESA_MISSING", Severity.Warning, Field.Desa,
        "Desa/kelurahan tidak diisi dan tidak dapat diketahui dari folder unggahan. Isi kolom Desa.",
        "No desa is given, neither in the row nor in the upload folder. Fill in the Desa column.");

    // ---- Phone ----

    public static readonly IssueDefinition PhoneInvalid = new(
        "PHONE_INVALID", Severity.Warning, Field.Phone,
        "Nomor HP \"{0}\" tidak tampak seperti nomor seluler Indonesia (contoh: 0812-3456-7890). Periksa kembali atau kosongkan.",
        "Phone \"{0}\" does not look like an Indonesian mobile number (e.g. 0812-3456-7890). Check it or leave it empty.");

    // ---- Eligibility ----

    public static readonly IssueDefinition AgeTooYoung = new(
        "AGE_TOO_YOUNG", Severity.Warning, Field.BirthDate,
        "Umur {0} tahun pada {1}; peserta harus berumur paling sedikit {2} tahun. Baris ini tidak didaftarkan.",
        "Age {0} on {1}; participants must be at least {2}. The row is not enrolled.");

    public static readonly IssueDefinition AgeTooOld = new(
        "AGE_TOO_OLD", Severity.Warning, Field.BirthDate,
        "Umur {0} tahun pada {1}; peserta harus berumur di bawah {2} tahun. Baris ini tidak didaftarkan.",
        "Age {0} on {1}; participants must be under {2}. The row is not enrolled.");
}
