namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- Matching: warnings that travel with the row and explain its status. ----

    /// <summary>{0} = row number, {1} = explanation.</summary>
    public static readonly DuplicateInFileMessage DuplicateInFile = new();

    /// <summary>The <c>DuplicateInFile</c> message, made only with its named arguments.</summary>
    public sealed record DuplicateInFileMessage() : IssueDefinition(
        "DUPLICATE_IN_FILE", Severity.Warning, null,
        "Data ganda: orang yang sama sudah tercantum di baris {0} pada berkas ini ({1}). Mohon hapus salah satu baris agar tidak didaftarkan dua kali.",
        "Duplicate: the same person is already listed on row {0} of this file ({1}). Please delete one of the rows.")
    {
        /// <param name="row">The earlier row of the same file (its <see cref="SheetRows.Label"/>: the sheet too, when the list spans several).</param>
        /// <param name="explanation">Which fields agreed (the uploader's own data).</param>
        public Issue Create(int row, string explanation) => Format(SheetRows.Label(row), explanation);
    }

    /// <summary>{0} = the person id an administrator looks the other listings up by.</summary>
    /// <remarks>Never the other file, its row or which fields agreed: the uploader learns only that the person is listed (UU 27/2022).</remarks>
    public static readonly DuplicateOtherFileMessage DuplicateOtherFile = new();

    /// <summary>The <c>DuplicateOtherFile</c> message, made only with its named arguments.</summary>
    public sealed record DuplicateOtherFileMessage() : IssueDefinition(
        "DUPLICATE_OTHER_FILE", Severity.Warning, null,
        "Data ganda: orang yang sama sudah tercantum dalam daftar lain di kabupaten ini, sehingga tidak perlu didaftarkan lagi. Bila ternyata orang yang berbeda, hubungi admin kabupaten dengan menyebut ID orang {0}.",
        "Duplicate: the same person is already listed elsewhere in the regency, so need not be listed again. If it is another person, contact the regency administrator quoting person id {0}.")
    {
        /// <param name="personId">The person id an administrator looks the other listings up by; never another file or row.</param>
        public Issue Create(PersonId personId) => Format(personId.ToString());
    }

    /// <summary>{0} = KPJ, {1} = membership status (one the register configuration calls covered).</summary>
    /// <remarks>Only for a covered status: a lapsed one is <c>REACTIVATE_LAPSED</c>. No explanation of which fields agreed with the register: that stays with the administrators.</remarks>
    public static readonly EnrolledBpjsMessage EnrolledBpjs = new();

    /// <summary>The <c>EnrolledBpjs</c> message, made only with its named arguments.</summary>
    public sealed record EnrolledBpjsMessage() : IssueDefinition(
        "ENROLLED_BPJS", Severity.Warning, null,
        "Orang ini sudah terdaftar sebagai peserta BPJS Ketenagakerjaan yang aktif (KPJ {0}, status {1}) sehingga sudah terlindungi dan tidak perlu didaftarkan lagi.",
        "This person is already an active BPJS Ketenagakerjaan participant (KPJ {0}, status {1}), so is protected and need not be enrolled again.")
    {
        /// <param name="kpj">The participant's KPJ.</param>
        /// <param name="membershipStatus">The register's membership status, or "-".</param>
        public Issue Create(string kpj, string membershipStatus) => Format(kpj, membershipStatus);
    }

    /// <summary>{0} = the person id of the row, the reference of its review item.</summary>
    /// <remarks>The candidates, scores and agreeing fields are in the administrators' <c>Reviews</c> table only.</remarks>
    public static readonly MatchReviewMessage MatchReview = new();

    /// <summary>The <c>MatchReview</c> message, made only with its named arguments.</summary>
    public sealed record MatchReviewMessage() : IssueDefinition(
        "MATCH_REVIEW", Severity.Warning, null,
        "Data ini mirip dengan data orang lain yang sudah tercatat, tetapi belum pasti orang yang sama. Admin kabupaten akan memeriksanya (rujukan: ID orang {0}); Anda tidak perlu mengubah apa pun bila datanya sudah benar.",
        "This row resembles a person already recorded, but it is not certain they are the same. The regency administrator will check (reference: person id {0}); no change is needed if the data is correct.")
    {
        /// <param name="personId">The row's own person id, the reference of its review item.</param>
        public Issue Create(PersonId personId) => Format(personId.ToString());
    }

    /// <summary>{0} = the person id of the row, the reference of its review item.</summary>
    /// <remarks>
    /// Says that the NIK is already recorded with other particulars, never where or which: the uploader typed the
    /// NIK, so learning that it exists is unavoidable; the other person's name, birth date or village is not.
    /// </remarks>
    public static readonly NikSharedMessage NikShared = new();

    /// <summary>The <c>NikShared</c> message, made only with its named arguments.</summary>
    public sealed record NikSharedMessage() : IssueDefinition(
        "NIK_SHARED", Severity.Warning, Model.Field.Nik,
        "NIK ini sudah tercatat untuk orang dengan nama atau tanggal lahir yang berbeda. Mohon periksa kembali NIK, nama dan tanggal lahir sesuai KTP atau Kartu Keluarga. Admin kabupaten akan memeriksanya (rujukan: ID orang {0}).",
        "This NIK is already recorded for a person with another name or birth date. Please check the NIK, name and birth date against the ID card or family card. The regency administrator will review it (reference: person id {0}).")
    {
        /// <param name="personId">The row's own person id, the reference of its review item.</param>
        public Issue Create(PersonId personId) => Format(personId.ToString());
    }
}
