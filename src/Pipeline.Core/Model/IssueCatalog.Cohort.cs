namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- The funded cohort: what a listing of a person the regency already proposed, funds or stopped funding shows. ----

    /// <summary>{0} = the first month covered ("Januari 2026"), {1} = KPJ.</summary>
    public static readonly FundedPemdaMessage FundedPemda = new();

    /// <summary>The <c>FundedPemda</c> message, made only with its named arguments.</summary>
    public sealed record FundedPemdaMessage() : IssueDefinition(
        "FUNDED_PEMDA", Severity.Warning, null,
        "Sudah dibiayai Pemda sejak {0}, KPJ {1}: iurannya sudah dibayar Pemda sehingga tidak perlu didaftarkan lagi.",
        "Already funded by the regency since {0}, KPJ {1}: the regency pays the contributions, so need not be listed again.")
    {
        /// <param name="firstMonth">The first month covered ("Januari 2026").</param>
        /// <param name="kpj">The KPJ, or "-".</param>
        public Issue Create(string firstMonth, string kpj) => Format(firstMonth, kpj);
    }

    /// <summary>{0} = the list's id, {1} = the date it was released (dd-MM-yyyy).</summary>
    public static readonly CohortSubmittedMessage CohortSubmitted = new();

    /// <summary>The <c>CohortSubmitted</c> message, made only with its named arguments.</summary>
    public sealed record CohortSubmittedMessage() : IssueDefinition(
        "COHORT_SUBMITTED", Severity.Warning, null,
        "Sudah diusulkan ke BPJS Ketenagakerjaan dalam daftar {0} tanggal {1} dan menunggu konfirmasi BPJS; tidak diusulkan lagi.",
        "Already proposed to BPJS Ketenagakerjaan in list {0} released on {1}, waiting for BPJS's confirmation; not proposed again.")
    {
        /// <param name="listId">The released list's id.</param>
        /// <param name="releasedOn">The date it was released (dd-MM-yyyy).</param>
        public Issue Create(string listId, string releasedOn) => Format(listId, releasedOn);
    }

    /// <summary>{0} = BPJS's reason as written in its confirmation.</summary>
    public static readonly BpjsRefusedMessage BpjsRefused = new();

    /// <summary>The <c>BpjsRefused</c> message, made only with its named arguments.</summary>
    public sealed record BpjsRefusedMessage() : IssueDefinition(
        "BPJS_REFUSED", Severity.Warning, null,
        "Ditolak BPJS Ketenagakerjaan saat didaftarkan: {0}. Periksa data sesuai KTP/KK dan hubungi Disnaker agar diusulkan kembali.",
        "Refused by BPJS Ketenagakerjaan at registration: {0}. Check the data against the ID card and contact Disnaker to have the person proposed again.")
    {
        /// <param name="reason">BPJS's reason as written in its confirmation.</param>
        public Issue Create(string reason) => Format(reason);
    }

    /// <summary>{0} = the first month no longer funded ("Maret 2026"), {1} = the reason.</summary>
    public static readonly FundingEndedMessage FundingEnded = new();

    /// <summary>The <c>FundingEnded</c> message, made only with its named arguments.</summary>
    public sealed record FundingEndedMessage() : IssueDefinition(
        "FUNDING_ENDED", Severity.Warning, null,
        "Pembiayaan iuran oleh Pemda untuk orang ini sudah dihentikan mulai {0} ({1}). Bila orang ini perlu dibiayai lagi, hubungi Disnaker.",
        "The regency stopped paying this person's contributions from {0} ({1}). If the person needs funding again, contact Disnaker.")
    {
        /// <param name="fromMonth">The first month no longer funded ("Maret 2026").</param>
        /// <param name="reason">Why, in words.</param>
        public Issue Create(string fromMonth, string reason) => Format(fromMonth, reason);
    }

    /// <summary>The messages a cohort state puts on a listing: replaced whenever the state changes.</summary>
    public static bool IsCohortCode(string code) =>
        code == FundedPemda.Code || code == CohortSubmitted.Code || code == BpjsRefused.Code || code == FundingEnded.Code;
}
