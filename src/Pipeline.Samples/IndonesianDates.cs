using System.Globalization;

namespace Pipeline.Samples;

/// <summary>The date spellings officials type by hand, for the samples' "mixed formats" mistakes.</summary>
internal static class IndonesianDates
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static string DayMonthYear(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Spelled(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";
}
