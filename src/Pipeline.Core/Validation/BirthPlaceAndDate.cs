namespace Pipeline.Core.Validation;

/// <summary>
/// Splits a combined "Tempat, Tanggal Lahir" cell ("Aek Kanopan, 12-03-1980", "Aek Kanopan / 12 Maret 1980")
/// into the place and the date text: the date starts at the first digit.
/// </summary>
public static class BirthPlaceAndDate
{
    public static (string? Place, string DateText) Split(string text)
    {
        var firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (firstDigit < 0)
        {
            return (Trimmed(text), "");
        }

        return (Trimmed(text[..firstDigit]), text[firstDigit..].Trim());
    }

    private static string? Trimmed(string place)
    {
        var trimmed = place.Trim().TrimEnd(',', '/', '-', ';', ':', '.').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
