namespace Pipeline.Core.Matching;

/// <summary>Levels of birth-date agreement, strongest first.</summary>
public enum DateAgreement
{
    Exact = 0,
    /// <summary>Day and month swapped (dd/mm vs mm/dd), a common spreadsheet slip.</summary>
    DayMonthSwapped = 1,
    /// <summary>One digit of yyyyMMdd differs (a typo).</summary>
    OneDigit = 2,
    SameYear = 3,
    Different = 4,
}

/// <summary>Compares birth dates allowing the slips officials make when typing them.</summary>
public static class BirthDateComparison
{
    public static DateAgreement Compare(DateOnly a, DateOnly b)
    {
        if (a == b)
        {
            return DateAgreement.Exact;
        }

        if (a.Year == b.Year && a.Day == b.Month && a.Month == b.Day)
        {
            return DateAgreement.DayMonthSwapped;
        }

        if (DigitsDiffering(a, b) == 1)
        {
            return DateAgreement.OneDigit;
        }

        return a.Year == b.Year ? DateAgreement.SameYear : DateAgreement.Different;
    }

    private static int DigitsDiffering(DateOnly a, DateOnly b)
    {
        var x = a.Year * 10000 + a.Month * 100 + a.Day;
        var y = b.Year * 10000 + b.Month * 100 + b.Day;
        var count = 0;
        for (var i = 0; i < 8; i++, x /= 10, y /= 10)
        {
            if (x % 10 != y % 10)
            {
                count++;
            }
        }

        return count;
    }
}
