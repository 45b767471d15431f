using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Reading;

/// <summary>
/// Recognises the rows around a village table that are not people: the "1 | 2 | 3" column-numbering row under
/// the header, and the signature block below the data (Mengetahui, Kepala Desa, place and date, NIP, Jumlah).
/// </summary>
internal static partial class RowClassifier
{
    /// <summary>At least three cells, all whole numbers counting 1, 2, 3 ... from left to right.</summary>
    public static bool IsColumnNumbering(object?[] cells)
    {
        var expected = 1;
        foreach (var cell in cells.Where(c => !TypedCell.IsEmpty(c)))
        {
            if (ToWholeNumber(cell) != expected)
            {
                return false;
            }

            expected++;
        }

        return expected > 3;
    }

    /// <summary>Footer text: signature, place-and-date, totals or a name in brackets.</summary>
    public static bool LooksLikeFooter(object? cell) =>
        cell is string text && FooterPattern().IsMatch(text.Trim().ToLower(CultureInfo.InvariantCulture));

    internal static int? ToWholeNumber(object? cell)
    {
        switch (cell)
        {
            case double number when number == Math.Floor(number) && number is >= 0 and < 1000:
                return (int)number;
            case string text:
                var digits = text.Trim().Trim('(', ')', '[', ']', '.');
                return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
            default:
                return null;
        }
    }

    [GeneratedRegex(
        @"^(\(.*\)$|mengetahui|menyetujui|disetujui|dibuat oleh|yang membuat|tanda tangan|ttd\b|" +
        @"(a\.?\s?n\.?|pj\.?|plt\.?|pjs\.?)\s*kepala|kepala\s+(desa|kelurahan|dusun)|kades\b|lurah\b|camat\b|" +
        @"sekretaris|sekdes\b|jumlah\b|total\b|nip\b|nip\.|" +
        @"[\p{L} .'-]+,\s*\d{1,2}[\s./-]+(\p{L}+|\d{1,2})[\s./-]+\d{4}$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex FooterPattern();
}
