namespace Pipeline.Benchmarks.Febrl;

/// <summary>One row of a FEBRL benchmark file (synthetic Australian person records).</summary>
/// <param name="EntityId">The N of rec-N-org / rec-N-dup-K: the ground truth.</param>
public sealed record FebrlRecord(
    string RecordId, string EntityId, string GivenName, string Surname, string StreetNumber, string Address1,
    string Address2, string Suburb, string Postcode, string State, string DateOfBirth, string SocSecId)
{
    /// <summary>Parses the file's lines (header first; comma plus space separated, fields trimmed).</summary>
    public static IReadOnlyList<FebrlRecord> Parse(IEnumerable<string> lines) =>
        lines.Skip(1).Where(l => l.Length > 0).Select(ParseLine).ToList();

    private static FebrlRecord ParseLine(string line)
    {
        var c = line.Split(',').Select(f => f.Trim()).ToArray();
        var id = c[0];
        var entity = id.Split('-')[1];
        return new FebrlRecord(id, entity, c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    }
}
