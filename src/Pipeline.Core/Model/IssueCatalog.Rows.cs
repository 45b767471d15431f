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

    public static readonly NikExcelNumberMessage NikExcelNumber = new();

    /// <summary>The <c>NikExcelNumber</c> message, made only with its named arguments.</summary>
    public sealed record NikExcelNumberMessage() : IssueDefinition(
        "NIK_EXCEL_NUMBER", Severity.Error, Model.Field.Nik,
        "NIK \"{0}\" tersimpan sebagai angka oleh Excel sehingga digit terakhirnya hilang. Ubah format kolom NIK menjadi Teks (Format Cells > Text) lalu ketik ulang NIK dari KTP/KK.",
        "NIK \"{0}\" was stored by Excel as a number, which loses its last digit(s). Format the NIK column as Text and type the NIK again from the ID card.")
    {
        /// <param name="nik">The NIK as the cell showed it.</param>
        public Issue Create(string nik) => Format(nik);
    }

    public static readonly NikIntactNumberMessage NikIntactNumber = new();

    /// <summary>The <c>NikIntactNumber</c> message, made only with its named arguments.</summary>
    public sealed record NikIntactNumberMessage() : IssueDefinition(
        "NIK_STORED_AS_NUMBER", Severity.Warning, Model.Field.Nik,
        "NIK \"{0}\" tersimpan sebagai angka, bukan teks. Kali ini 16 digitnya masih utuh dan baris ini tetap diproses; ubah format kolom NIK menjadi Teks (Format Cells > Text) agar Excel tidak menghapus digit terakhir saat NIK diketik.",
        "NIK \"{0}\" is stored as a number, not text. Its 16 digits are intact (a program wrote the number; Excel itself keeps 15) and the row is processed; format the NIK column as Text so typing does not lose the last digit.")
    {
        /// <param name="nik">The NIK, all 16 digits.</param>
        public Issue Create(string nik) => Format(nik);
    }

    public static readonly NikNotNumericMessage NikNotNumeric = new();

    /// <summary>The <c>NikNotNumeric</c> message, made only with its named arguments.</summary>
    public sealed record NikNotNumericMessage() : IssueDefinition(
        "NIK_NOT_NUMERIC", Severity.Error, Model.Field.Nik,
        "NIK \"{0}\" mengandung huruf atau tanda yang bukan angka. NIK hanya berisi 16 angka; periksa kembali dengan KTP/KK.",
        "NIK \"{0}\" contains letters or symbols. A NIK is 16 digits only; check it against the ID card.")
    {
        /// <param name="nik">The NIK as typed.</param>
        public Issue Create(string nik) => Format(nik);
    }

    public static readonly NikWrongLengthMessage NikWrongLength = new();

    /// <summary>The <c>NikWrongLength</c> message, made only with its named arguments.</summary>
    public sealed record NikWrongLengthMessage() : IssueDefinition(
        "NIK_WRONG_LENGTH", Severity.Error, Model.Field.Nik,
        "NIK \"{0}\" berisi {1} digit, seharusnya 16 digit. Periksa kembali dengan KTP/KK.",
        "NIK \"{0}\" has {1} digits instead of 16. Check it against the ID card.")
    {
        /// <param name="nik">The NIK as typed.</param>
        /// <param name="digits">How many digits it has.</param>
        public Issue Create(string nik, int digits) => Format(nik, digits);
    }

    public static readonly NikBadProvinceMessage NikBadProvince = new();

    /// <summary>The <c>NikBadProvince</c> message, made only with its named arguments.</summary>
    public sealed record NikBadProvinceMessage() : IssueDefinition(
        "NIK_BAD_PROVINCE", Severity.Error, Model.Field.Nik,
        "NIK \"{0}\" diawali kode provinsi {1} yang tidak ada. Periksa kembali dua digit pertama NIK dengan KTP/KK.",
        "NIK \"{0}\" starts with province code {1}, which does not exist. Check the first two digits.")
    {
        /// <param name="nik">The NIK.</param>
        /// <param name="provinceCode">Its first two digits.</param>
        public Issue Create(string nik, string provinceCode) => Format(nik, provinceCode);
    }

    public static readonly NikBadBirthDigitsMessage NikBadBirthDigits = new();

    /// <summary>The <c>NikBadBirthDigits</c> message, made only with its named arguments.</summary>
    public sealed record NikBadBirthDigitsMessage() : IssueDefinition(
        "NIK_BAD_BIRTH_DIGITS", Severity.Error, Model.Field.Nik,
        "Digit ke-7 sampai ke-12 NIK \"{0}\" ({1}) bukan tanggal lahir yang mungkin. Periksa kembali NIK dengan KTP/KK.",
        "Digits 7-12 of NIK \"{0}\" ({1}) are not a possible date of birth. Check the NIK against the ID card.")
    {
        /// <param name="nik">The NIK.</param>
        /// <param name="birthDigits">Its digits 7 to 12.</param>
        public Issue Create(string nik, string birthDigits) => Format(nik, birthDigits);
    }

    public static readonly NikZeroSerialMessage NikZeroSerial = new();

    /// <summary>The <c>NikZeroSerial</c> message, made only with its named arguments.</summary>
    public sealed record NikZeroSerialMessage() : IssueDefinition(
        "NIK_ZERO_SERIAL", Severity.Error, Model.Field.Nik,
        "NIK \"{0}\" diakhiri 0000; empat digit terakhir NIK tidak pernah 0000. Periksa kembali NIK dengan KTP/KK.",
        "NIK \"{0}\" ends in 0000, which no NIK does. Check the NIK against the ID card.")
    {
        /// <param name="nik">The NIK.</param>
        public Issue Create(string nik) => Format(nik);
    }

    public static readonly NikUnknownKecamatanMessage NikUnknownKecamatan = new();

    /// <summary>The <c>NikUnknownKecamatan</c> message, made only with its named arguments.</summary>
    public sealed record NikUnknownKecamatanMessage() : IssueDefinition(
        "NIK_UNKNOWN_KECAMATAN", Severity.Warning, Model.Field.Nik,
        "Kode kecamatan {1} pada NIK \"{0}\" tidak dikenal di Kabupaten Labuhanbatu Utara. Periksa kembali enam digit pertama NIK.",
        "Kecamatan code {1} in NIK \"{0}\" is not a kecamatan of Labuhanbatu Utara. Check the first six digits.")
    {
        /// <param name="nik">The NIK.</param>
        /// <param name="kecamatanCode">Its first six digits.</param>
        public Issue Create(string nik, string kecamatanCode) => Format(nik, kecamatanCode);
    }

    public static readonly NikBirthDateMismatchMessage NikBirthDateMismatch = new();

    /// <summary>The <c>NikBirthDateMismatch</c> message, made only with its named arguments.</summary>
    public sealed record NikBirthDateMismatchMessage() : IssueDefinition(
        "NIK_BIRTHDATE_MISMATCH", Severity.Warning, Model.Field.BirthDate,
        "Tanggal lahir pada NIK ({0}) berbeda dengan kolom tanggal lahir ({1}). Periksa mana yang benar sesuai KTP/KK.",
        "The birth date encoded in the NIK ({0}) differs from the birth-date column ({1}). Check which is right.")
    {
        /// <param name="birthDateInNik">The date the NIK carries (dd-MM-yyyy).</param>
        /// <param name="birthDateColumn">The date in the column (dd-MM-yyyy).</param>
        public Issue Create(string birthDateInNik, string birthDateColumn) => Format(birthDateInNik, birthDateColumn);
    }

    public static readonly NikSexMismatchMessage NikSexMismatch = new();

    /// <summary>The <c>NikSexMismatch</c> message, made only with its named arguments.</summary>
    public sealed record NikSexMismatchMessage() : IssueDefinition(
        "NIK_SEX_MISMATCH", Severity.Warning, Model.Field.Sex,
        "Jenis kelamin pada NIK ({0}) berbeda dengan kolom jenis kelamin ({1}). Pada NIK perempuan, tanggal lahir ditambah 40. Periksa mana yang benar.",
        "The sex encoded in the NIK ({0}) differs from the sex column ({1}). Women's NIKs add 40 to the birth day. Check which is right.")
    {
        /// <param name="sexInNik">The sex the NIK carries, in words.</param>
        /// <param name="sexColumn">The column as typed.</param>
        public Issue Create(string sexInNik, string sexColumn) => Format(sexInNik, sexColumn);
    }

    // ---- No. KK ----

    public static readonly KkMalformedMessage KkMalformed = new();

    /// <summary>The <c>KkMalformed</c> message, made only with its named arguments.</summary>
    public sealed record KkMalformedMessage() : IssueDefinition(
        "KK_MALFORMED", Severity.Warning, Model.Field.NoKk,
        "Nomor KK \"{0}\" tidak valid: harus 16 angka dan diketik di kolom berformat Teks (bukan angka Excel). Perbaiki sesuai Kartu Keluarga atau kosongkan bila tidak ada.",
        "Family card number \"{0}\" is invalid: it must be 16 digits typed in a Text-formatted column (not an Excel number). Correct it or leave it empty.")
    {
        /// <param name="noKk">The family card number as typed.</param>
        public Issue Create(string noKk) => Format(noKk);
    }

    // ---- Name ----

    public static readonly IssueDefinition NameMissing = new(
        "NAME_MISSING", Severity.Error, Field.Name,
        "Nama kosong. Isi nama lengkap sesuai KTP.",
        "The name is empty. Fill in the full name as on the ID card.");

    public static readonly NameInvalidMessage NameInvalid = new();

    /// <summary>The <c>NameInvalid</c> message, made only with its named arguments.</summary>
    public sealed record NameInvalidMessage() : IssueDefinition(
        "NAME_INVALID", Severity.Error, Model.Field.Name,
        "Nama \"{0}\" berisi angka atau tidak berisi huruf. Tulis nama lengkap sesuai KTP.",
        "The name \"{0}\" contains digits or no letters. Write the full name as on the ID card.")
    {
        /// <param name="name">The name as typed.</param>
        public Issue Create(string name) => Format(name);
    }

    // ---- Birth date ----

    public static readonly IssueDefinition BirthDateMissing = new(
        "BIRTHDATE_MISSING", Severity.Error, Field.BirthDate,
        "Tanggal lahir kosong dan tidak dapat diambil dari NIK. Isi tanggal lahir (contoh: 12-03-1980).",
        "The birth date is empty and cannot be taken from the NIK. Fill it in (e.g. 12-03-1980).");

    public static readonly BirthDateFromNikMessage BirthDateFromNik = new();

    /// <summary>The <c>BirthDateFromNik</c> message, made only with its named arguments.</summary>
    public sealed record BirthDateFromNikMessage() : IssueDefinition(
        "BIRTHDATE_FROM_NIK", Severity.Warning, Model.Field.BirthDate,
        "Tanggal lahir kosong; diambil dari NIK: {0}. Isi kolom tanggal lahir bila berbeda.",
        "The birth date is empty; taken from the NIK: {0}. Fill in the column if it differs.")
    {
        /// <param name="birthDate">The date taken from the NIK (dd-MM-yyyy).</param>
        public Issue Create(string birthDate) => Format(birthDate);
    }

    public static readonly BirthDateUnreadableMessage BirthDateUnreadable = new();

    /// <summary>The <c>BirthDateUnreadable</c> message, made only with its named arguments.</summary>
    public sealed record BirthDateUnreadableMessage() : IssueDefinition(
        "BIRTHDATE_UNREADABLE", Severity.Error, Model.Field.BirthDate,
        "Tanggal lahir \"{0}\" tidak dapat dibaca. Tulis sebagai tanggal-bulan-tahun, contoh: 12-03-1980 atau 12 Maret 1980.",
        "The birth date \"{0}\" cannot be read. Write it as day-month-year, e.g. 12-03-1980 or 12 Maret 1980.")
    {
        /// <param name="birthDate">The cell as typed.</param>
        public Issue Create(string birthDate) => Format(birthDate);
    }

    public static readonly BirthDateInFutureMessage BirthDateInFuture = new();

    /// <summary>The <c>BirthDateInFuture</c> message, made only with its named arguments.</summary>
    public sealed record BirthDateInFutureMessage() : IssueDefinition(
        "BIRTHDATE_IN_FUTURE", Severity.Error, Model.Field.BirthDate,
        "Tanggal lahir {0} belum terjadi. Periksa kembali tahun lahir.",
        "The birth date {0} is in the future. Check the year.")
    {
        /// <param name="birthDate">The date (dd-MM-yyyy).</param>
        public Issue Create(string birthDate) => Format(birthDate);
    }

    public static readonly BirthDateTooOldMessage BirthDateTooOld = new();

    /// <summary>The <c>BirthDateTooOld</c> message, made only with its named arguments.</summary>
    public sealed record BirthDateTooOldMessage() : IssueDefinition(
        "BIRTHDATE_TOO_OLD", Severity.Error, Model.Field.BirthDate,
        "Tanggal lahir {0} sebelum tahun 1900. Periksa kembali tahun lahir.",
        "The birth date {0} is before 1900. Check the year.")
    {
        /// <param name="birthDate">The date (dd-MM-yyyy).</param>
        public Issue Create(string birthDate) => Format(birthDate);
    }

    // ---- Sex ----

    public static readonly SexUnrecognisedMessage SexUnrecognised = new();

    /// <summary>The <c>SexUnrecognised</c> message, made only with its named arguments.</summary>
    public sealed record SexUnrecognisedMessage() : IssueDefinition(
        "SEX_UNRECOGNISED", Severity.Warning, Model.Field.Sex,
        "Jenis kelamin \"{0}\" tidak dikenali; dipakai jenis kelamin dari NIK. Tulis L (laki-laki) atau P (perempuan).",
        "Sex \"{0}\" is not recognised; the NIK's is used. Write L (male) or P (female).")
    {
        /// <param name="sex">The cell as typed.</param>
        public Issue Create(string sex) => Format(sex);
    }

    // ---- Place ----

    public static readonly KecamatanUnknownMessage KecamatanUnknown = new();

    /// <summary>The <c>KecamatanUnknown</c> message, made only with its named arguments.</summary>
    public sealed record KecamatanUnknownMessage() : IssueDefinition(
        "KECAMATAN_UNKNOWN", Severity.Warning, Model.Field.Kecamatan,
        "Kecamatan \"{0}\" tidak ditemukan di Kabupaten Labuhanbatu Utara. Tulis nama kecamatan sesuai daftar resmi (contoh: Kualuh Hulu).",
        "Kecamatan \"{0}\" is not a kecamatan of Labuhanbatu Utara. Use the official name (e.g. Kualuh Hulu).")
    {
        /// <param name="kecamatan">The kecamatan as typed (row or folder).</param>
        public Issue Create(string kecamatan) => Format(kecamatan);
    }

    public static readonly KecamatanNotFolderMessage KecamatanNotFolder = new();

    /// <summary>The <c>KecamatanNotFolder</c> message, made only with its named arguments.</summary>
    public sealed record KecamatanNotFolderMessage() : IssueDefinition(
        "KECAMATAN_NOT_FOLDER", Severity.Warning, Model.Field.Kecamatan,
        "Kecamatan \"{0}\" pada baris ini berbeda dengan folder unggahan (Kecamatan {1}); baris dicatat untuk Kecamatan {1}. Bila orang ini warga kecamatan lain, daftarkan lewat desa atau kecamatannya sendiri.",
        "The row names kecamatan \"{0}\" but the file was uploaded to Kecamatan {1}'s folder; the row counts for {1}. The folder is the uploader's authority.")
    {
        /// <param name="rowKecamatan">The kecamatan the row names, as typed.</param>
        /// <param name="folderKecamatan">The name of the upload folder's kecamatan, which the row counts for.</param>
        public Issue Create(string rowKecamatan, string folderKecamatan) => Format(rowKecamatan, folderKecamatan);
    }

    public static readonly DesaUnknownMessage DesaUnknown = new();

    /// <summary>The <c>DesaUnknown</c> message, made only with its named arguments.</summary>
    public sealed record DesaUnknownMessage() : IssueDefinition(
        "DESA_UNKNOWN", Severity.Warning, Model.Field.Desa,
        "Desa/kelurahan \"{0}\" tidak ditemukan di {1}. Tulis nama desa sesuai daftar resmi Kemendagri.",
        "Desa \"{0}\" was not found in {1}. Use the official Kemendagri name.")
    {
        /// <param name="desa">The desa as typed (row or folder).</param>
        /// <param name="within">Where it was looked for ("Kecamatan Kualuh Hulu", "Kabupaten Labuhanbatu Utara").</param>
        public Issue Create(string desa, string within) => Format(desa, within);
    }

    public static readonly IssueDefinition DesaMissing = new(
        "DESA_MISSING", Severity.Warning, Field.Desa,
        "Desa/kelurahan tidak diisi dan tidak dapat diketahui dari folder unggahan. Isi kolom Desa.",
        "No desa is given, neither in the row nor in the upload folder. Fill in the Desa column.");

    // ---- Phone ----

    public static readonly PhoneInvalidMessage PhoneInvalid = new();

    /// <summary>The <c>PhoneInvalid</c> message, made only with its named arguments.</summary>
    public sealed record PhoneInvalidMessage() : IssueDefinition(
        "PHONE_INVALID", Severity.Warning, Model.Field.Phone,
        "Nomor HP \"{0}\" tidak tampak seperti nomor seluler Indonesia (contoh: 0812-3456-7890). Periksa kembali atau kosongkan.",
        "Phone \"{0}\" does not look like an Indonesian mobile number (e.g. 0812-3456-7890). Check it or leave it empty.")
    {
        /// <param name="phone">The number as typed.</param>
        public Issue Create(string phone) => Format(phone);
    }

    // ---- Eligibility ----

    public static readonly AgeTooYoungMessage AgeTooYoung = new();

    /// <summary>The <c>AgeTooYoung</c> message, made only with its named arguments.</summary>
    public sealed record AgeTooYoungMessage() : IssueDefinition(
        "AGE_TOO_YOUNG", Severity.Warning, Model.Field.BirthDate,
        "Umur {0} tahun pada {1}; peserta harus berumur paling sedikit {2} tahun. Baris ini tidak didaftarkan.",
        "Age {0} on {1}; participants must be at least {2}. The row is not enrolled.")
    {
        /// <param name="age">Age in years.</param>
        /// <param name="onDate">The reference date (dd-MM-yyyy).</param>
        /// <param name="minimumAge">The youngest age accepted.</param>
        public Issue Create(int age, string onDate, int minimumAge) => Format(age, onDate, minimumAge);
    }

    public static readonly AgeTooOldMessage AgeTooOld = new();

    /// <summary>The <c>AgeTooOld</c> message, made only with its named arguments.</summary>
    public sealed record AgeTooOldMessage() : IssueDefinition(
        "AGE_TOO_OLD", Severity.Warning, Model.Field.BirthDate,
        "Umur {0} tahun pada {1}; peserta harus berumur di bawah {2} tahun. Baris ini tidak didaftarkan.",
        "Age {0} on {1}; participants must be under {2}. The row is not enrolled.")
    {
        /// <param name="age">Age in years.</param>
        /// <param name="onDate">The reference date (dd-MM-yyyy).</param>
        /// <param name="ageLimit">The age from which a worker is not accepted.</param>
        public Issue Create(int age, string onDate, int ageLimit) => Format(age, onDate, ageLimit);
    }
}
