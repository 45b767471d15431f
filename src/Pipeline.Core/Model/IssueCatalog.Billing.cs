namespace Pipeline.Core.Model;

/// <summary>
/// Problems with a BPJS bill ("tagihan iuran"): a file that cannot be reconciled at all, and rows whose identifier,
/// amount or month cannot be used. A bad row still gets its reconciliation code (it is never paid blind) and the
/// other rows go on.
/// </summary>
public static partial class IssueCatalog
{
    // ---- File level: the bill cannot be reconciled; nothing is paid from it. ----

    public static readonly IssueDefinition BillNoHeader = new(
        "BILL_NO_HEADER", Severity.Error, null,
        "Baris judul kolom tagihan tidak ditemukan. Tagihan harus memuat kolom KPJ atau NIK dan kolom nominal iuran (contoh judul: KPJ;NIK;NAMA;IURAN). Simpan tagihan dari BPJS apa adanya lalu unggah kembali.",
        "No bill header was found. A bill needs a KPJ or NIK column and an amount column (e.g. KPJ;NIK;NAMA;IURAN).");

    public static readonly IssueDefinition BillNoIdColumn = new(
        "BILL_NO_ID_COLUMN", Severity.Error, null,
        "Tagihan tidak memuat kolom KPJ maupun NIK sehingga peserta tidak dapat dicocokkan. Minta BPJS mengirim tagihan dengan kolom KPJ atau NIK (contoh judul: NO KPJ, NIK) lalu unggah kembali.",
        "The bill has neither a KPJ nor a NIK column, so no row can be matched to a person. Ask BPJS for a bill with KPJ or NIK.");

    public static readonly IssueDefinition BillNoAmountColumn = new(
        "BILL_NO_AMOUNT_COLUMN", Severity.Error, null,
        "Tagihan tidak memuat kolom nominal iuran per peserta. Minta BPJS mengirim tagihan dengan kolom IURAN (atau JUMLAH, NOMINAL, TAGIHAN) lalu unggah kembali.",
        "The bill has no per-person amount column (IURAN, JUMLAH, NOMINAL, TAGIHAN). Ask BPJS for a bill with one.");

    // ---- Row level: the row keeps its reconciliation code; these say why it could not be checked. ----

    public static readonly IssueDefinition BillIdMissing = new(
        "BILL_ID_MISSING", Severity.Error, Field.Kpj,
        "KPJ dan NIK kosong atau tidak dapat dibaca sehingga baris ini tidak dapat dicocokkan dengan peserta; baris ini tidak dibayar.",
        "Neither KPJ nor NIK can be read, so the row matches nobody; it is not paid.");

    /// <summary>{0} = the KPJ as billed.</summary>
    public static readonly BillKpjInvalidMessage BillKpjInvalid = new();

    /// <summary>The <c>BillKpjInvalid</c> message, made only with its named arguments.</summary>
    public sealed record BillKpjInvalidMessage() : IssueDefinition(
        "BILL_KPJ_INVALID", Severity.Warning, Model.Field.Kpj,
        "KPJ \"{0}\" tidak valid: KPJ berisi 8 sampai 13 angka (biasanya 11). Baris dicocokkan dengan NIK bila ada.",
        "KPJ \"{0}\" is not valid: a KPJ is 8 to 13 digits (usually 11). The row is matched by NIK where it has one.")
    {
        /// <param name="kpj">The KPJ as billed.</param>
        public Issue Create(string kpj) => Format(kpj);
    }

    /// <summary>{0} = the NIK as billed.</summary>
    public static readonly BillNikInvalidMessage BillNikInvalid = new();

    /// <summary>The <c>BillNikInvalid</c> message, made only with its named arguments.</summary>
    public sealed record BillNikInvalidMessage() : IssueDefinition(
        "BILL_NIK_INVALID", Severity.Warning, Model.Field.Nik,
        "NIK \"{0}\" tidak valid: NIK berisi 16 angka dan harus disimpan sebagai teks (bukan angka Excel). Baris dicocokkan dengan KPJ bila ada.",
        "NIK \"{0}\" is not valid: a NIK is 16 digits kept as text (not an Excel number). The row is matched by KPJ where it has one.")
    {
        /// <param name="nik">The NIK as billed.</param>
        public Issue Create(string nik) => Format(nik);
    }

    /// <summary>{0} = the NIK as billed.</summary>
    public static readonly BillNikDiffersMessage BillNikDiffers = new();

    /// <summary>The <c>BillNikDiffers</c> message, made only with its named arguments.</summary>
    public sealed record BillNikDiffersMessage() : IssueDefinition(
        "BILL_NIK_DIFFERS", Severity.Warning, Model.Field.Nik,
        "NIK di tagihan ({0}) berbeda dengan NIK peserta yang memegang KPJ ini; baris dicocokkan dengan KPJ. Minta BPJS memeriksa data peserta ini.",
        "The billed NIK ({0}) differs from the NIK of the person holding this KPJ; the row is matched by KPJ. Ask BPJS to check the participant's data.")
    {
        /// <param name="billedNik">The NIK as billed.</param>
        public Issue Create(string billedNik) => Format(billedNik);
    }

    /// <summary>{0} = the KPJ as billed, {1} = the KPJ BPJS confirmed for the person with this NIK.</summary>
    public static readonly BillKpjDiffersMessage BillKpjDiffers = new();

    /// <summary>The <c>BillKpjDiffers</c> message, made only with its named arguments.</summary>
    public sealed record BillKpjDiffersMessage() : IssueDefinition(
        "BILL_KPJ_DIFFERS", Severity.Warning, Model.Field.Kpj,
        "KPJ di tagihan ({0}) tidak dikenal, tetapi NIK-nya milik peserta dibiayai dengan KPJ {1}; baris dicocokkan dengan NIK. Minta BPJS memastikan KPJ yang benar.",
        "The billed KPJ ({0}) is unknown, but its NIK belongs to a funded person with KPJ {1}; the row is matched by NIK. Ask BPJS which KPJ is right.")
    {
        /// <param name="billedKpj">The KPJ as billed.</param>
        /// <param name="confirmedKpj">The KPJ BPJS confirmed for the person with this NIK.</param>
        public Issue Create(string billedKpj, string confirmedKpj) => Format(billedKpj, confirmedKpj);
    }

    public static readonly IssueDefinition BillAmountMissing = new(
        "BILL_AMOUNT_MISSING", Severity.Error, Field.Amount,
        "Nominal iuran kosong; baris ini tidak dibayar sampai BPJS menyebutkan nominalnya.",
        "The amount is empty; the row is not paid until BPJS states it.");

    /// <summary>{0} = the amount as billed.</summary>
    public static readonly BillAmountUnreadableMessage BillAmountUnreadable = new();

    /// <summary>The <c>BillAmountUnreadable</c> message, made only with its named arguments.</summary>
    public sealed record BillAmountUnreadableMessage() : IssueDefinition(
        "BILL_AMOUNT_UNREADABLE", Severity.Error, Model.Field.Amount,
        "Nominal \"{0}\" tidak dapat dibaca sebagai rupiah (contoh: 16800 atau Rp 16.800); baris ini tidak dibayar sampai nominalnya jelas.",
        "The amount \"{0}\" cannot be read as rupiah (e.g. 16800 or Rp 16.800); the row is not paid until it is clear.")
    {
        /// <param name="amount">The amount as billed.</param>
        public Issue Create(string amount) => Format(amount);
    }

    /// <summary>{0} = the month as billed.</summary>
    public static readonly BillMonthUnreadableMessage BillMonthUnreadable = new();

    /// <summary>The <c>BillMonthUnreadable</c> message, made only with its named arguments.</summary>
    public sealed record BillMonthUnreadableMessage() : IssueDefinition(
        "BILL_MONTH_UNREADABLE", Severity.Error, Model.Field.BillingMonth,
        "Bulan \"{0}\" tidak dapat dibaca (contoh: 2027-01 atau Januari 2027); baris ini tidak dibayar.",
        "The month \"{0}\" cannot be read (e.g. 2027-01 or Januari 2027); the row is not paid.")
    {
        /// <param name="month">The month as billed.</param>
        public Issue Create(string month) => Format(month);
    }

    /// <summary>{0} = the month billed, {1} = the period reconciled.</summary>
    public static readonly BillMonthOutsidePeriodMessage BillMonthOutsidePeriod = new();

    /// <summary>The <c>BillMonthOutsidePeriod</c> message, made only with its named arguments.</summary>
    public sealed record BillMonthOutsidePeriodMessage() : IssueDefinition(
        "BILL_MONTH_OUTSIDE_PERIOD", Severity.Error, Model.Field.BillingMonth,
        "Bulan {0} di luar periode tagihan ({1}); baris ini tidak dibayar dalam rekonsiliasi ini. Periksa apakah periode yang dipilih benar.",
        "Month {0} lies outside the bill's period ({1}); the row is not paid in this reconciliation. Check that the period is right.")
    {
        /// <param name="month">The month billed, in words.</param>
        /// <param name="period">The period reconciled, in words.</param>
        public Issue Create(string month, string period) => Format(month, period);
    }
}
