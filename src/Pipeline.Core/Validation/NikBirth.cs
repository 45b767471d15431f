using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// The birth date and sex a NIK encodes in digits 7–12 (DDMMYY, women's day + 40). The century is not
/// encoded, so the full date needs either the birth-date column or a pivot.
/// </summary>
public readonly record struct NikBirth(int Day, int Month, int TwoDigitYear, Sex Sex)
{
    /// <summary>Reads digits 7–12; null when they cannot be a date (day 00, month 13 ...).</summary>
    public static NikBirth? FromNik(string nik)
    {
        var day = Two(nik, 6);
        var month = Two(nik, 8);
        var year = Two(nik, 10);
        var sex = day > 40 ? Sex.P : Sex.L;
        if (sex == Sex.P)
        {
            day -= 40;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        return new NikBirth(day, month, year, sex);
    }

    /// <summary>Same day, month and last two digits of the year.</summary>
    public bool Matches(DateOnly date) => date.Day == Day && date.Month == Month && date.Year % 100 == TwoDigitYear;

    /// <summary>The full date with the century chosen so the age is between 0 and 99 at the reference date.</summary>
    public DateOnly? ResolveWithPivot(DateOnly reference)
    {
        var year = 2000 + TwoDigitYear;
        if (year > reference.Year || (year == reference.Year && (Month > reference.Month || (Month == reference.Month && Day > reference.Day))))
        {
            year -= 100;
        }

        return Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }

    /// <summary>dd-MM-yy as written in the NIK, for messages.</summary>
    public override string ToString() => $"{Day:00}-{Month:00}-{TwoDigitYear:00}";

    private static int Two(string s, int at) => ((s[at] - '0') * 10) + (s[at + 1] - '0');
}
