using System.Globalization;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Numbers, rupiah and dates as Indonesian readers write them: Rp 1.234.567, "Senin, 30 November 2026".
/// </summary>
/// <remarks>
/// Written out here instead of taken from the id-ID culture because ICU's data differs between platforms and
/// versions (e.g. "Rp1.234.567" without the space, or no culture data at all in invariant mode), and reports
/// must read the same from the Functions host, the CLI and the tests.
/// </remarks>
public static class IndonesianFormat
{
    private static readonly string[] Days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>1.234.567 (whole numbers; the fractions of a rupiah are rounded away).</summary>
    public static string Number(decimal value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("#,0", Numbers);

    public static string Number(long value) => value.ToString("#,0", Numbers);

    /// <summary>Rp 1.234.567; a negative amount is written -Rp 1.234.567.</summary>
    public static string Rupiah(decimal amount) => amount < 0 ? "-Rp " + Number(-amount) : "Rp " + Number(amount);

    /// <summary>A change against an earlier figure: +12, -3, or 0.</summary>
    public static string Change(long delta) => delta > 0 ? "+" + Number(delta) : Number(delta);

    /// <summary>12,5% (one decimal, comma as decimal separator).</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", Numbers) + "%";

    /// <summary>"Senin, 30 November 2026".</summary>
    public static string Date(DateOnly date) => $"{Days[(int)date.DayOfWeek]}, {ShortDate(date)}";

    /// <summary>"30 November 2026".</summary>
    public static string ShortDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>"Senin, 30 November 2026 pukul 07.00 WIB", on the Jakarta clock.</summary>
    public static string DateTime(DateTimeOffset instant)
    {
        var local = JakartaTime.ToJakarta(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{Date(DateOnly.FromDateTime(local.DateTime))} pukul {local.Hour:D2}.{local.Minute:D2} WIB");
    }

    /// <summary>"Minggu ke-48 2026 (23–29 November 2026)".</summary>
    public static string Week(ReportWeek week)
    {
        var (monday, sunday) = (week.Monday, week.Sunday);
        var range = monday.Year != sunday.Year ? $"{ShortDate(monday)} – {ShortDate(sunday)}"
            : monday.Month != sunday.Month ? $"{monday.Day} {Months[monday.Month - 1]} – {ShortDate(sunday)}"
            : $"{monday.Day}–{ShortDate(sunday)}";
        return string.Create(CultureInfo.InvariantCulture, $"Minggu ke-{week.Week} tahun {week.Year} ({range})");
    }

    public static string MonthName(int month) => Months[month - 1];
}
