using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>
/// The values of a person that matching looks at, shared by upload rows, known records and register
/// participants, so all three are compared by one model.
/// </summary>
public sealed record MatchFields(string? Nik, string? Name, string? NameKey, DateOnly? BirthDate, Sex? Sex, string? DesaCode, string? Phone)
{
    public static MatchFields From(WorkerRecord r) => new(r.Nik, r.Name, r.NameKey, r.BirthDate, r.Sex, r.DesaCode, r.Phone);
}

/// <summary>Fields with the name already split into words, computed once per record rather than per pair.</summary>
internal sealed class PreparedFields
{
    public PreparedFields(MatchFields fields)
    {
        Fields = fields;
        Tokens = NameComparison.Tokenize(fields.NameKey ?? fields.Name);
        SortedTokens = Tokens.Order(StringComparer.Ordinal).ToArray();
    }

    public MatchFields Fields { get; }

    /// <summary>
    /// The birth date was taken from the NIK because the cell was empty: it repeats the NIK, so it cannot back an
    /// identical NIK up. Known only for the row being resolved (the index does not keep it).
    /// </summary>
    public bool BirthDateFromNik { get; init; }
    public string[] Tokens { get; }
    public string[] SortedTokens { get; }
}
