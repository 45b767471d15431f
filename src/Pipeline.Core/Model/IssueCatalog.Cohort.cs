namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- The funded cohort: what a listing of a person the regency already proposed, funds or stopped funding shows. ----

    /// <summary>{0} = the first month covered ("Januari 2026"), {1} = KPJ.</summary>
    public static readonly IssueDefinition FundedPemda = new(
        "FUNDED_PEMDA", Severity.Warning, null,
        "Sudah dibiayai Pemda sejak {0}, KPJ {1}: iurannya sudah dibayar Pemda sehingga tidak perlu didaftarkan lagi.",
        "Already funded by the regency since {0}, KPJ {1}: the regency pays the contributions, so need not be listed again.");

    /// <summary>{0} = the list's id, {1} = the date it was released (dd-MM-yyyy).</summary>
    public static readonly IssueDefinition CohortSubmitted = new(
        "COHORT_SUBMITTED", Severity.Warning, null,
        "Sudah diusulkan ke BPJS Ketenagakerjaan dalam daftar {0} tanggal {1} dan menunggu konfirmasi BPJS; tidak diusulkan lagi.",
        "Already proposed to BPJS Ketenagakerjaan in list {0} released on {1}, waiting for BPJS's confirmation; not proposed again.");

    /// <summary>{0} = BPJS's reason as written in its confirmation.</summary>
    public static readonly IssueDefinition BpjsRefused = new(
        "BPJS_REFUSED", Severity.Warning, null,
        "Ditolak BPJS Ketenagakerjaan saat didaftarkan: {0}. Periksa data sesuai KTP/KK dan hubungi Disnaker agar diusulkan kembali.",
        "Refused by BPJS Ketenagakerjaan at registration: {0}. Check the data against the ID card and contact Disnaker to have the person proposed again.");

    /// <summary>{0} = the first month no longer funded ("Maret 2026"), {1} = the reason.</summary>
    public static readonly IssueDefinition FundingEnded = new(
        "FUNDING_ENDED", Severity.Warning, null,
        "Pembiayaan iuran oleh Pemda untuk orang ini sudah dihentikan mulai {0} ({1}). Bila orang ini perlu dibiayai lagi, hubungi Disnaker.",
        "The regency stopped paying this person's contributions from {0} ({1}). If the person needs funding again, contact Disnaker.");

    /// <summary>The messages a cohort state puts on a listing: replaced whenever the state changes.</summary>
    public static bool IsCohortCode(string code) =>
        code == FundedPemda.Code || code == CohortSubmitted.Code || code == BpjsRefused.Code || code == FundingEnded.Code;
}
