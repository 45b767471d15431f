using Pipeline.Core.Model;

namespace Pipeline.Core.Cohort;

/// <summary>A person's primary listing to be paid for, as the cohort takes it: which row, which kind, who.</summary>
/// <param name="ListingId">The record (<see cref="RecordId"/> text) that stands for the person.</param>
/// <param name="Kind"><see cref="RecordStatus.New"/>, or <see cref="RecordStatus.Reactivate"/> for a lapsed participant.</param>
/// <param name="Kpj">The lapsed participant's KPJ (reactivation), else null.</param>
/// <param name="RegisterStatus">The register's membership status as written (NON AKTIF ...) for a reactivation, when matching just found it.</param>
public sealed record CohortListing(string PersonId, string ListingId, RecordStatus Kind, string? Kpj, string? RegisterStatus, CohortDetails Details)
{
    /// <summary>
    /// A fingerprint of what the cohort copies from the listing (which record, kind, KPJ, details): the compact view
    /// ingest matches with keeps this instead of the details, and a candidate is refreshed only when it changes.
    /// </summary>
    public string Key { get; } = Fingerprint(ListingId, Kind, Kpj, Details);

    /// <summary>The listing of a stored or just-matched record, when it is a candidate (<see cref="RecordStatusInfo.Candidate"/>).</summary>
    public static CohortListing? Of(RecordId id, WorkerRecord record) =>
        record is { PersonId: { } personId } && record.Status.IsCandidate()
            ? new CohortListing(personId, id.ToString(), record.Status, record.Status == RecordStatus.Reactivate ? record.Kpj : null,
                record.Status == RecordStatus.Reactivate ? record.RegisterStatus : null, DetailsOf(record))
            : null;

    private static string Fingerprint(string listingId, RecordStatus kind, string? kpj, CohortDetails d)
    {
        var text = string.Join('\u001f', listingId, kind.ToCode(), kpj, d.Nik, d.Name, d.NameKey, d.BirthPlace,
            d.BirthDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Sex?.ToString(), d.Address, d.DesaCode,
            d.KecamatanCode, d.Phone, d.Occupation, d.NoKk);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)), 0, 8);
    }

    public static CohortDetails DetailsOf(WorkerRecord r) => new(
        r.Nik, r.Name, r.NameKey, r.BirthPlace, r.BirthDate, r.Sex, r.Raw.GetValueOrDefault(Field.Address), r.DesaCode, r.KecamatanCode, r.Phone,
        r.Raw.GetValueOrDefault(Field.Occupation) ?? r.Occupation, r.NoKk);
}
