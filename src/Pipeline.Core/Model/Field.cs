namespace Pipeline.Core.Model;

/// <summary>The columns the pipeline understands. The reader maps header texts (and their Indonesian synonyms) to these.</summary>
public enum Field
{
    RowNumber,
    Nik,
    NoKk,
    Name,
    BirthPlace,
    BirthDate,
    /// <summary>A combined "Tempat, Tanggal Lahir" column, e.g. "Aek Kanopan, 12-03-1980".</summary>
    BirthPlaceAndDate,
    Sex,
    Address,
    Desa,
    Kecamatan,
    Occupation,
    Phone,
    /// <summary>BPJS participant number (Kartu Peserta Jamsostek), in the participant register.</summary>
    Kpj,
    /// <summary>STATUS_KEPESERTAAN in the participant register (AKTIF, NON AKTIF ...); STATUS in BPJS's confirmation (DITERIMA, DITOLAK).</summary>
    MembershipStatus,
    /// <summary>The date coverage starts (TANGGAL EFEKTIF, TMT), in BPJS's confirmation of a released list.</summary>
    EffectiveDate,
    /// <summary>Remarks (KETERANGAN, ALASAN): in BPJS's confirmation, the reason for a refusal. A village's own remarks are kept, not read.</summary>
    Remarks,
    /// <summary>The id of the released list a confirmation answers (ID DAFTAR), when BPJS gives it.</summary>
    ExportId,
    /// <summary>
    /// A date of the register row (TGL_KEPESERTAAN, tanggal update ...): when one NIK has several rows, the most
    /// recent decides. Register only.
    /// </summary>
    RegisterDate,
    /// <summary>The contribution billed for a person (IURAN, JUMLAH, NOMINAL, TAGIHAN), in a BPJS bill.</summary>
    Amount,
    /// <summary>The month a bill row is for (BULAN, PERIODE), in a bill covering several months billed month by month.</summary>
    BillingMonth,
}
