using System.Globalization;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Review;

/// <summary>
/// The particulars of a person that the list for BPJS carries and that a "same person" decision may have to choose
/// between: NIK, name, birth date, sex, birth place. One member of a review item has one set; the chosen identity of
/// a merged person is one set, each field taken from one of the members.
/// </summary>
/// <remarks>A null field is unknown, not a value: it never differs from anything and is never offered as a choice.</remarks>
public sealed record PersonDetails(string? Nik, string? Name, DateOnly? BirthDate, Sex? Sex, string? BirthPlace)
{
    /// <summary>The fields in the order the page shows them, with their wire names.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["nik", "name", "birthDate", "sex", "birthPlace"];

    /// <summary>A field as text (dates yyyy-MM-dd, sex L/P), as the API and the Decisions table carry it.</summary>
    public string? Get(string field) => field switch
    {
        "nik" => Nik,
        "name" => Name,
        "birthDate" => BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "sex" => Sex?.ToString(),
        "birthPlace" => BirthPlace,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a person detail."),
    };

    /// <summary>These details with one field set from its text form; null when the text is not a value of that field.</summary>
    public PersonDetails? With(string field, string value) => field switch
    {
        "nik" => this with { Nik = value },
        "name" => this with { Name = value },
        "birthDate" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? this with { BirthDate = date } : null,
        "sex" => Enum.TryParse<Sex>(value, out var sex) && Enum.IsDefined(sex) ? this with { Sex = sex } : null,
        "birthPlace" => this with { BirthPlace = value },
        _ => null,
    };

    /// <summary>Who these details say the person is (the name through its match key, as decisions are keyed).</summary>
    public PersonIdentity Identity => new(Nik, Name is null ? null : NameMatchKey.Build(Name), BirthDate);

    /// <summary>The fields on which the members disagree, each with its distinct values in member order.</summary>
    public static IReadOnlyList<FieldChoice> Differences(IReadOnlyList<PersonDetails> members) =>
        Fields.Select(f => new FieldChoice(f, members.Select(m => m.Get(f)).OfType<string>().Distinct(StringComparer.Ordinal).ToList()))
            .Where(c => c.Values.Count > 1)
            .ToList();
}

/// <summary>One field on which the members of a review item disagree, and the values a reviewer may choose from.</summary>
public sealed record FieldChoice(string Field, IReadOnlyList<string> Values);
