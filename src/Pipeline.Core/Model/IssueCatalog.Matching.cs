namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- Matching: warnings that travel with the row and explain its status. ----

    /// <summary>{0} = row number, {1} = explanation.</summary>
    public static readonly IssueDefinition DuplicateInFile = new(
        "DUPLICATE_IN_FILE", Severity.Warning, null,
        "Data ganda: orang yang sama sudah tercantum di baris {0} pada berkas ini ({1}). Mohon hapus salah satu baris agar tidak didaftarkan dua kali.",
        "Duplicate: the same person is already listed on row {0} of this file ({1}). Please delete one of the rows.");

    /// <summary>{0} = other file, {1} = row number, {2} = explanation.</summary>
    public static readonly IssueDefinition DuplicateOtherFile = new(
        "DUPLICATE_OTHER_FILE", Severity.Warning, null,
        "Data ganda: orang yang sama sudah tercantum di berkas \"{0}\" baris {1} ({2}). Orang ini tidak perlu didaftarkan lagi; bila ternyata orang yang berbeda, mohon hubungi admin kabupaten.",
        "Duplicate: the same person is already listed in file \"{0}\" row {1} ({2}). No need to list them again; if it is another person, contact the regency administrator.");

    /// <summary>{0} = KPJ, {1} = membership status, {2} = explanation.</summary>
    public static readonly IssueDefinition EnrolledBpjs = new(
        "ENROLLED_BPJS", Severity.Warning, null,
        "Orang ini sudah terdaftar sebagai peserta BPJS Ketenagakerjaan (KPJ {0}, status {1}) sehingga tidak perlu didaftarkan lagi ({2}).",
        "This person is already a BPJS Ketenagakerjaan participant (KPJ {0}, status {1}) and need not be enrolled again ({2}).");

    /// <summary>{0} = explanation of the best candidate.</summary>
    public static readonly IssueDefinition MatchReview = new(
        "MATCH_REVIEW", Severity.Warning, null,
        "Data ini mirip dengan data orang lain ({0}), tetapi belum pasti orang yang sama. Admin kabupaten akan memeriksanya; Anda tidak perlu mengubah apa pun bila datanya sudah benar.",
        "This row resembles another person's ({0}) but it is not certain they are the same. The regency administrator will check; no change is needed if the data is correct.");

    /// <summary>{0} = explanation.</summary>
    public static readonly IssueDefinition NikShared = new(
        "NIK_SHARED", Severity.Warning, Field.Nik,
        "NIK ini juga tercatat untuk orang lain dengan nama dan tanggal lahir berbeda ({0}). Mohon periksa kembali NIK sesuai KTP atau Kartu Keluarga; admin kabupaten akan memeriksanya.",
        "This NIK is also recorded for another person with a different name and birth date ({0}). Please check the NIK against the ID card or family card; the regency administrator will review.");
}
