using System.Text.RegularExpressions;
using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Cleans and checks a NIK (Nomor Induk Kependudukan): 16 digits, real province, real Labuhanbatu Utara
/// kecamatan, a possible birth date, a non-zero serial — and refuses NIKs that Excel has rounded.
/// </summary>
/// <remarks>
/// Excel keeps 15 significant digits, so a NIK typed into a numeric cell has lost its last digit (it reads as 0): it is
/// rejected with its own code and never repaired, because the true digit cannot be known. A numeric cell is not always
/// Excel's typing, though: a list exported by a program holds the whole number, exact in a double below 2^53. A
/// 16-digit whole number whose last digit is not 0 cannot have been rounded by Excel, so it is read as the NIK, with a
/// warning to make the column text (<c>NIK_STORED_AS_NUMBER</c>); one of 15 digits or fewer is exact too, and is a NIK
/// of the wrong length, said as such.
/// Only NIKs of this regency (1223xx) have their kecamatan checked: NIKs of other regencies are normal
/// (people move), including Labuhanbatu's 1210xx, which residents registered before the 2008 split still carry.
/// Cross-checks against the birth-date and sex columns happen in <see cref="BirthRule"/>.
/// </remarks>
public static partial class NikRule
{
    private const int StackLimit = 128;

    /// <summary>Below this every whole number is exact in a double.</summary>
    private const double ExactLimit = 9_007_199_254_740_992d;

    /// <summary>
    /// The digits of a numeric cell that cannot have been rounded: a positive whole number below 2^53 of at most 15
    /// digits, or of 16 whose last is not 0 (Excel turns a 16th typed digit into 0). Null for anything else.
    /// </summary>
    private static string? ExactDigits(double number)
    {
        if (number is <= 0 or >= ExactLimit || Math.Floor(number) != number)
        {
            return null;
        }

        var digits = ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length < 16 || digits[^1] != '0' ? digits : null;
    }

    /// <summary>Returns the clean 16-digit NIK, or null when the NIK has an error (added to <paramref name="issues"/>).</summary>
    public static string? Validate(object? cell, Gazetteer gazetteer, List<Issue> issues)
    {
        var raw = CellText.Render(cell);
        if (raw.Length == 0)
        {
            issues.Add(IssueCatalog.NikMissing.Create());
            return null;
        }

        var wholeNumber = cell is double number ? ExactDigits(number) : null;
        if ((cell is double && wholeNumber is null) || ScientificNotation().IsMatch(raw))
        {
            issues.Add(IssueCatalog.NikExcelNumber.Create(raw));
            return null;
        }

        if (wholeNumber is { Length: 16 })
        {
            issues.Add(IssueCatalog.NikIntactNumber.Create(wholeNumber));
        }

        var nik = wholeNumber ?? Clean(raw);
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
    /// Folds digits of other scripts to ASCII, drops a typed label ("NIK: "), then removes spaces, dots, dashes and the
    /// apostrophe Excel users type to force text ('1223...).
    /// </summary>
    /// <remarks>The stack buffer is used only for short input: a cell of any length cannot overflow the stack.</remarks>
    public static string Clean(string raw)
    {
        raw = UnicodeDigits.ToAscii(raw);

        // "NIK: 1223..." or "KTP. 1223...": the label some officials type into the cell says nothing the column does not.
        if (LabelPrefix().Match(raw) is { Success: true } label)
        {
            raw = raw[label.Length..];
        }

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

    [GeneratedRegex(@"^\s*(?:NIK|KTP|No\.?\s*KTP|No\.?\s*NIK)\s*[:.]\s*(?=\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^\s*'?\d[.,]\d+\s*[eE]\s*\+?\s*\d+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ScientificNotation();
}
