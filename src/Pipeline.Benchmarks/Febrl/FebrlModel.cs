using Pipeline.Core.Matching;

namespace Pipeline.Benchmarks.Febrl;

/// <summary>
/// The FEBRL comparator set, built from the same primitives as the Indonesian model (Jaro-Winkler levels,
/// digit-string agreement, date slips) with address fields where the worker model has desa and phone.
/// The m/u here are only EM starting points.
/// </summary>
public static class FebrlModel
{
    public static MatchModel<FebrlRecord> Create(bool includeSocSecId)
    {
        var fields = new List<FieldComparison<FebrlRecord>>
        {
            Text("given_name", r => r.GivenName),
            Text("surname", r => r.Surname),
            Exact("street_number", r => r.StreetNumber),
            Text("address_1", r => r.Address1),
            Text("address_2", r => r.Address2),
            Text("suburb", r => r.Suburb),
            Digits("postcode", r => r.Postcode),
            Exact("state", r => r.State),
            Digits("date_of_birth", r => r.DateOfBirth),
        };
        if (includeSocSecId)
        {
            fields.Add(Digits("soc_sec_id", r => r.SocSecId));
        }

        return new MatchModel<FebrlRecord>(fields);
    }

    public static IReadOnlyList<BlockingKey<FebrlRecord>> BlockingKeys(bool includeSocSecId)
    {
        var keys = new List<BlockingKey<FebrlRecord>>
        {
            new("soundex given+surname", r => Soundex(r.GivenName) + Soundex(r.Surname)),
            new("soundex surname+given (swapped)", r => Soundex(r.Surname) + "|" + Soundex(r.GivenName)),
            new("date_of_birth", r => Present(r.DateOfBirth)),
            new("postcode+given initial", r => Present(r.Postcode) is { } p ? p + Initial(r.GivenName) : null),
            new("suburb+surname initial", r => Present(r.Suburb) is { } s ? s + Initial(r.Surname) : null),
            new("surname+birth year", r => Present(r.Surname) is { } s && r.DateOfBirth.Length >= 4 ? s + r.DateOfBirth[..4] : null),
            new("given+street number", r => Present(r.GivenName) is { } g ? g + "|" + r.StreetNumber : null),
            new("soundex given+postcode", r => Present(r.GivenName) is { } g && Present(r.Postcode) is { } p ? Soundex(g) + p : null),
            new("soundex address_1+street number", r => Present(r.Address1) is { } a ? Soundex(a) + "|" + r.StreetNumber : null),
            new("birth month-day+surname initial", r => r.DateOfBirth.Length == 8 ? r.DateOfBirth[4..] + Initial(r.Surname) : null),
        };
        if (includeSocSecId)
        {
            keys.Add(new("soc_sec_id", r => Present(r.SocSecId)));
        }

        return keys;
    }

    private static string? Present(string value) => string.IsNullOrEmpty(value) ? null : value;

    private static string Initial(string value) => value.Length > 0 ? value[..1] : "";

    private static string? Soundex(string value) => value.Length > 0 ? StringSimilarity.Soundex(value) : "-";

    private static FieldComparison<FebrlRecord> Text(string name, Func<FebrlRecord, string> get) =>
        new(name, (a, b) => TextLevel(get(a), get(b)),
        [
            new("sama", 0.80, 0.01),
            new("sangat mirip", 0.10, 0.01),
            new("mirip", 0.05, 0.03),
            new("berbeda", 0.05, 0.95),
        ]);

    private static int TextLevel(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return -1;
        }

        if (a == b)
        {
            return 0;
        }

        var similarity = StringSimilarity.JaroWinkler(a, b);
        return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
    }

    private static FieldComparison<FebrlRecord> Exact(string name, Func<FebrlRecord, string> get) =>
        new(name, (a, b) => get(a).Length == 0 || get(b).Length == 0 ? -1 : get(a) == get(b) ? 0 : 1,
        [
            new("sama", 0.85, 0.05),
            new("berbeda", 0.15, 0.95),
        ]);

    private static FieldComparison<FebrlRecord> Digits(string name, Func<FebrlRecord, string> get) =>
        new(name, (a, b) => get(a).Length == 0 || get(b).Length == 0 ? -1 : (int)DigitStringComparison.Compare(get(a), get(b), out _),
        [
            new("sama", 0.80, 0.001),
            new("dua angka bertukar", 0.05, 0.0005),
            new("beda satu angka", 0.10, 0.01),
            new("berbeda", 0.05, 0.99),
        ]);
}
