namespace Pipeline.Core.Model;

public static partial class IssueCatalog
{
    // ---- The BPJS register's membership status decides what a match means (RegisterOptions). ----

    /// <summary>{0} = KPJ, {1} = membership status as the register writes it.</summary>
    public static readonly IssueDefinition ReactivateLapsed = new(
        "REACTIVATE_LAPSED", Severity.Warning, null,
        "Orang ini terdaftar di BPJS Ketenagakerjaan dengan KPJ {0}, tetapi kepesertaannya tidak aktif ({1}) sehingga tidak terlindungi; akan diusulkan untuk diaktifkan kembali dan dibiayai Pemda.",
        "This person is registered with BPJS Ketenagakerjaan under KPJ {0}, but the membership is inactive ({1}), so they are not protected; they will be proposed for reactivation, funded by the regency.");

    /// <summary>{0} = KPJ, {1} = membership status as the register writes it (or "-" when empty).</summary>
    /// <remarks>Never counted as covered: the row waits for an administrator, who sees the KPJ as the candidate.</remarks>
    public static readonly IssueDefinition RegisterStatusUnknown = new(
        "REGISTER_STATUS_UNKNOWN", Severity.Warning, null,
        "Orang ini terdaftar di BPJS Ketenagakerjaan dengan KPJ {0}, tetapi status kepesertaannya \"{1}\" tidak dikenal sehingga belum pasti terlindungi. Admin kabupaten akan memeriksanya; Anda tidak perlu mengubah apa pun bila datanya sudah benar.",
        "This person is registered with BPJS Ketenagakerjaan under KPJ {0}, but the membership status \"{1}\" is not recognised, so protection is uncertain. The regency administrator will check; no change is needed if the data is correct.");
}
