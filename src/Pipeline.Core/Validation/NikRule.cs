using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Cleans and checks a NIK (Nomor Induk Kependudukan): 16 digits, real province, real Labuhanbatu Utara
/// kecamatan, a possible birth date, a non-zero serial — and refuses NIKs that Excel has rounded.
/// </summary>
/// <remarks>
/// Excel keeps 15 significant digits, so a NIK typed into a numeric cell has lost its last digit: it is
/// rejected with its own code and never repaired, because the true digit cannot be known.
/// Only NIKs of this regency (1223xx) have their kecamatan checked: NIKs of other regencies are normal
/// (people move), including Labuhanbatu's 1210xx, which residents registered before the 2008 split still carry.
/// Cross-checks against the birth-date and sex columns happen in <see cref="BirthRule"/>.
/// </remarks>
public static partial class NikRule
{
    private const int StackLimit = 128;

    /// <summary>Returns the clean 16-digit NIK, or null when the NIK has an error (added to <paramref name="issues"/>).</summary>
    public static string? Validate(object? cell, Gazetteer gazetteer, List<Issue> issues)
    {
        var raw = CellText.Render(cell);
        if (raw.Length == 0)
        {
            issues.Add(IssueCatalog.NikMissing.Create());
            return null;
        }

        if (cell is double || ScientificNotation().IsMatch(raw))
        {
            issues.Add(IssueCatalog.NikExcelNumber.Create(raw));
            return null;
        }

        var nik = Clean(raw);
        if (nik.Length == 0)
        {
            issues.Add(IssueCatalog.NikMissing.Create());
            return null;
        }

        if (!IsAllDigits(nik))
        {
            issues.Add(IssueCatalog.NikNotNumeric.Create(raw));
            return null;
        }

        if (nik.Length != 16)
        {
            issues.Add(IssueCatalog.NikWrongLength.Create(raw, nik.Length));
            return null;
        }

        var before = issues.Count;
        var province = ((nik[0] - '0') * 10) + (nik[1] - '0');
        if (!ProvinceCodes.IsValid(province))
        {
            issues.Add(IssueCatalog.NikBadProvince.Create(nik, nik[..2]));
        }

        if (NikBirth.FromNik(nik) is null)
        {
            issues.Add(IssueCatalog.NikBadBirthDigits.Create(nik, nik.Substring(6, 6)));
        }

        if (nik.EndsWith("0000", StringComparison.Ordinal))
        {
            issues.Add(IssueCatalog.NikZeroSerial.Create(nik));
        }

        if (issues.Count > before)
        {
            return null;
        }

        if (nik.StartsWith(gazetteer.RegencyCode, StringComparison.Ordinal) && !gazetteer.IsKnownKecamatanCode(nik[..6]))
        {
            issues.Add(IssueCatalog.NikUnknownKecamatan.Create(nik, nik[..6]));
        }

        return nik;
    }

    /// <summary>
    /// Folds digits of other scripts to ASCII, then removes spaces, dots, dashes and the apostrophe Excel users type
    /// to force text ('1223...).
    /// </summary>
    /// <remarks>The stack buffer is used only for short input: a cell of any length cannot overflow the stack.</remarks>
    public static string Clean(string raw)
    {
        raw = UnicodeDigits.ToAscii(raw);
        Span<char> buffer = raw.Length <= StackLimit ? stackalloc char[StackLimit] : new char[raw.Length];
        var length = 0;
        foreach (var ch in raw)
        {
            if (!char.IsWhiteSpace(ch) && ch is not ('.' or '-' or '\'' or '‘' or '’' or '`'))
            {
                buffer[length++] = ch;
            }
        }

        return new string(buffer[..length]);
    }

    private static bool IsAllDigits(string s)
    {
        foreach (var ch in s)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\s*'?\d[.,]\d+\s*[eE]\s*\+?\s*\d+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();
}
