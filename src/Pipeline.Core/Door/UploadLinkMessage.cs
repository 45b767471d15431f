using Pipeline.Core.Reporting;

namespace Pipeline.Core.Door;

/// <summary>
/// The short message an admin copies into WhatsApp for one desa: who it is for, what to do, the link, until when,
/// and that the link is the desa's alone. Plain text (WhatsApp turns the address into a link).
/// </summary>
public static class UploadLinkMessage
{
    public static string WhatsApp(string desaName, string kecamatanName, Uri link, DateOnly lastDay) =>
        $"""
        Yth. Kepala Desa/Operator Desa {desaName}, Kecamatan {kecamatanName}.
        Mohon kirim daftar pekerja rentan desa melalui tautan berikut (bisa dari HP, tanpa akun):
        {link}
        Di halaman itu ada templat daftar, dan hasil pemeriksaan tiap baris muncul dalam beberapa menit.
        Tautan berlaku sampai {IndonesianFormat.ShortDate(lastDay)} dan khusus untuk desa {desaName}: jangan dibagikan ke pihak lain.
        Disnaker Kabupaten Labuhanbatu Utara
        """;
}
