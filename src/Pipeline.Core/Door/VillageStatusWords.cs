using Pipeline.Core.Model;

namespace Pipeline.Core.Door;

/// <summary>
/// Rows per status in the plain words the village page shows ("3 orang akan didaftarkan"). Everything the door says
/// about a status is in this one switch, so it moves as one piece into the status table when that arrives.
/// </summary>
public static class VillageStatusWords
{
    /// <summary>Statuses in the order the page lists them: what happens to people first, what the village must fix next.</summary>
    public static IReadOnlyList<RecordStatus> Order { get; } =
        [RecordStatus.New, RecordStatus.Rejected, RecordStatus.Review, RecordStatus.Duplicate, RecordStatus.Enrolled, RecordStatus.Ineligible];

    public static string Describe(RecordStatus status, int count) => status switch
    {
        RecordStatus.New => $"{count} orang baru akan didaftarkan ke BPJS Ketenagakerjaan.",
        RecordStatus.Rejected => $"{count} baris ditolak karena ada kesalahan: perbaiki lalu kirim ulang daftarnya.",
        RecordStatus.Review => $"{count} orang mirip dengan data lain dan sedang diperiksa admin kabupaten; tidak perlu diubah bila datanya sudah benar.",
        RecordStatus.Duplicate => $"{count} orang sudah tercantum di baris atau daftar lain, jadi tidak didaftarkan dua kali.",
        RecordStatus.Enrolled => $"{count} orang sudah menjadi peserta BPJS Ketenagakerjaan.",
        RecordStatus.Ineligible => $"{count} orang tidak didaftarkan karena umurnya di luar batas umur peserta.",
        _ => $"{count} baris: {status.ToIndonesian()}.",
    };
}
