using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// A KPJ (Kartu Peserta Jamsostek, the BPJS Ketenagakerjaan participant number) as the register export gives it:
/// digits only once spaces, dots and dashes are taken out, of an expected length (11 digits today, configurable:
/// <see cref="RegisterOptions.KpjLengths"/>). Anything else (<c>#N/A</c>, <c>#REF!</c>, a formula saved without its
/// value, <c>-</c>, <c>klik</c>, a number Excel cut) is not a KPJ and never makes anyone <c>enrolled</c>.
/// </summary>
public static class KpjRule
{
    /// <summary>Why a register row's KPJ cell is not a KPJ.</summary>
    public enum Problem
    {
        None,

        /// <summary>The cell is empty.</summary>
        Missing,

        /// <summary>A formula error (#N/A, #REF! ...) or a formula saved without its value.</summary>
        FormulaError,

        /// <summary>Letters or signs other than spaces, dots and dashes ("klik", "-").</summary>
        NotDigits,

        /// <summary>Digits, but not as many as a KPJ has.</summary>
        WrongLength,
    }

    /// <summary>The KPJ in canonical form (digits only), or null with the reason it is not one.</summary>
    public static string? Read(object? cell, IReadOnlyCollection<int> lengths, out Problem problem)
    {
        problem = Problem.None;
        switch (cell)
        {
            case null:
                problem = Problem.Missing;
                return null;
            case ErrorCell:
                problem = Problem.FormulaError;
                return null;
            case double number:
                // An Excel number: whole and positive, it is the digits it shows (a long KPJ typed as a number).
                cell = number is >= 1 and < 1e15 && Math.Floor(number) == number ? ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
                break;
        }

        var text = UnicodeDigits.ToAscii(Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture) ?? "").Trim();
        if (text.Length == 0)
        {
            problem = Problem.Missing;
            return null;
        }

        if (ErrorCell.ExcelCodes.Contains(text))
        {
            problem = Problem.FormulaError;
            return null;
        }

        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        var count = 0;
        foreach (var ch in text)
        {
            if (ch is ' ' or '.' or '-' or '\u00A0')
            {
                continue;
            }

            if (!char.IsAsciiDigit(ch) || count == digits.Length)
            {
                problem = Problem.NotDigits;
                return null;
            }

            digits[count++] = ch;
        }

        if (count == 0)
        {
            problem = Problem.NotDigits;
            return null;
        }

        if (!lengths.Contains(count))
        {
            problem = Problem.WrongLength;
            return null;
        }

        return new string(digits[..count]);
    }
}
