using System.Globalization;
using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// Decides the birth date and sex of a row from the birth-date (or "Tempat, Tanggal Lahir") and sex columns,
/// cross-checked against what the NIK encodes.
/// </summary>
/// <remarks>
/// The columns are kept when they disagree with the NIK (a warning names both values), except where the
/// column cannot decide: an ambiguous date (03/04/1980) takes the reading the NIK confirms, an unreadable
/// sex takes the NIK's, and an empty date or sex is taken from the NIK.
/// </remarks>
public static class BirthRule
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    public static void Apply(object? dateCell, object? sexCell, NikBirth? nik, DateOnly reference, WorkerRecord record)
    {
        record.BirthDate = DecideDate(dateCell, nik, reference, record.Issues);
        record.Sex = DecideSex(sexCell, nik, record.Issues);
    }

    private static DateOnly? DecideDate(object? cell, NikBirth? nik, DateOnly reference, List<Issue> issues)
    {
        var raw = CellText.Render(cell);
        if (raw.Length == 0 || raw == "-")
        {
            var fromNik = nik?.ResolveWithPivot(reference);
            issues.Add(fromNik is { } d ? IssueCatalog.BirthDateFromNik.Create(Show(d)) : IssueCatalog.BirthDateMissing.Create());
            return fromNik;
        }

        if (!BirthDateParser.TryParse(cell, reference, out var parsed))
        {
            issues.Add(IssueCatalog.BirthDateUnreadable.Create(raw));
            return null;
        }

        var date = parsed.Date;
        if (nik is { } n && !n.Matches(date) && parsed.Alternative is { } alternative && n.Matches(alternative))
        {
            date = alternative;
        }

        if (date > reference)
        {
            issues.Add(IssueCatalog.BirthDateInFuture.Create(Show(date)));
            return null;
        }

        if (date < Earliest)
        {
            issues.Add(IssueCatalog.BirthDateTooOld.Create(Show(date)));
            return null;
        }

        if (nik is { } encoded && !encoded.Matches(date))
        {
            issues.Add(IssueCatalog.NikBirthDateMismatch.Create(encoded.ToString(), Show(date)));
        }

        return date;
    }

    private static Sex? DecideSex(object? cell, NikBirth? nik, List<Issue> issues)
    {
        var sex = SexParser.Parse(cell, out var isEmpty);
        if (isEmpty)
        {
            return nik?.Sex;
        }

        if (sex is null)
        {
            issues.Add(IssueCatalog.SexUnrecognised.Create(CellText.Render(cell)));
            return nik?.Sex;
        }

        if (nik is { } n && n.Sex != sex)
        {
            issues.Add(IssueCatalog.NikSexMismatch.Create(Word(n.Sex), CellText.Render(cell)));
        }

        return sex;
    }

    private static string Word(Sex sex) => sex == Sex.P ? "perempuan" : "laki-laki";

    private static string Show(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
