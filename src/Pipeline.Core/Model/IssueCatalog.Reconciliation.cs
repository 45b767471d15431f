namespace Pipeline.Core.Model;

/// <summary>
/// A bill whose period does not fit: the reconciliation as a whole is refused, nothing is recorded as reconciled and
/// nothing is paid from it (the bill's own columns and rows are <c>BILL_*</c> codes of the reader and reconciler).
/// </summary>
public static partial class IssueCatalog
{
    /// <summary>{0} = the period as written.</summary>
    public static readonly BillPeriodUnreadableMessage BillPeriodUnreadable = new();

    /// <summary>The <c>BillPeriodUnreadable</c> message, made only with its named arguments.</summary>
    public sealed record BillPeriodUnreadableMessage() : IssueDefinition(
        "BILL_PERIOD_UNREADABLE", Severity.Error, null,
        "Periode tagihan \"{0}\" tidak dapat dibaca. Tulis satu bulan (contoh 2027-01) atau rentang bulan untuk satu triwulan (contoh 2027-01..2027-03). Tagihan belum direkonsiliasi.",
        "Bill period \"{0}\" cannot be read. Write one month (2027-01) or a range for a quarter (2027-01..2027-03). The bill was not reconciled.")
    {
        /// <param name="period">The period as the official wrote it.</param>
        public Issue Create(string period) => Format(period);
    }

    /// <summary>{0} = the period, {1} = its number of months, {2} = the most one bill may cover.</summary>
    public static readonly BillPeriodTooLongMessage BillPeriodTooLong = new();

    /// <summary>The <c>BillPeriodTooLong</c> message, made only with its named arguments.</summary>
    public sealed record BillPeriodTooLongMessage() : IssueDefinition(
        "BILL_PERIOD_TOO_LONG", Severity.Error, null,
        "Periode tagihan {0} mencakup {1} bulan; satu tagihan paling banyak mencakup {2} bulan. Rekonsiliasikan per bulan atau per triwulan. Tagihan belum direkonsiliasi.",
        "Bill period {0} covers {1} months; one bill covers at most {2}. Reconcile it month by month or by quarter. The bill was not reconciled.")
    {
        /// <param name="period">The period asked for.</param>
        /// <param name="months">How many months it holds.</param>
        /// <param name="maxMonths">The most one bill may cover.</param>
        public Issue Create(string period, int months, int maxMonths) => Format(period, months, maxMonths);
    }

    /// <summary>{0} = what is wrong, in words ("dua orang memakai KPJ yang sama"), {1} = the person ids concerned.</summary>
    public static readonly BillCohortInconsistentMessage BillCohortInconsistent = new();

    /// <summary>The <c>BillCohortInconsistent</c> message, made only with its named arguments.</summary>
    public sealed record BillCohortInconsistentMessage() : IssueDefinition(
        "BILL_COHORT_INCONSISTENT", Severity.Error, null,
        "Data peserta yang dibiayai Pemda belum rapi: {0} (ID orang {1}). Tagihan belum direkonsiliasi. Perbaiki data orang tersebut (misalnya hentikan pembiayaan yang ganda, atau unggah konfirmasi BPJS dengan KPJ yang benar), lalu unggah kembali tagihan.",
        "The funded cohort is inconsistent: {0} (person ids {1}). The bill was not reconciled. Correct those people (end the duplicate funding, or upload BPJS's confirmation with the right KPJ) and upload the bill again.")
    {
        /// <param name="problem">What is wrong, in Indonesian, naming the identifier but never its value.</param>
        /// <param name="personIds">The person ids concerned.</param>
        public Issue Create(string problem, string personIds) => Format(problem, personIds);
    }

    /// <summary>{0} = the period reconciled, {1} = the months the bill's rows name.</summary>
    public static readonly BillPeriodMismatchMessage BillPeriodMismatch = new();

    /// <summary>The <c>BillPeriodMismatch</c> message, made only with its named arguments.</summary>
    public sealed record BillPeriodMismatchMessage() : IssueDefinition(
        "BILL_PERIOD_MISMATCH", Severity.Error, null,
        "Tidak satu pun baris tagihan ini untuk periode {0}: baris-barisnya menyebut bulan {1}. Periksa apakah tagihan atau periode yang dipilih salah, lalu unggah kembali dengan periode yang benar. Tidak ada yang dicatat.",
        "No row of this bill is for {0}: its rows name {1}. Check whether the bill or the period chosen is wrong and upload it again with the right period. Nothing was recorded.")
    {
        /// <param name="period">The period the bill was reconciled for.</param>
        /// <param name="namedMonths">The months the rows name, as officials read them.</param>
        public Issue Create(string period, string namedMonths) => Format(period, namedMonths);
    }
}
