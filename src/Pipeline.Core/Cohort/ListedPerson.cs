using Pipeline.Core.Model;

namespace Pipeline.Core.Cohort;

/// <summary>
/// A person an ingest (or a decision) touched, as the funded cohort needs to know them afterwards: their listing to
/// be paid for, if any, whether anything still lists them, and whether this upload stopped listing them.
/// </summary>
/// <param name="Primary">Their <c>new</c> or <c>reactivate</c> listing (the one that stands for them), anywhere.</param>
/// <param name="Standing">The status of their most telling listing (candidate, covered, decided, review, duplicate), or null when nothing lists them.</param>
/// <param name="DroppedFromUpload">This upload's earlier version listed them and the new one does not.</param>
public sealed record ListedPerson(string PersonId, RecordId? Primary, RecordStatus? Standing, bool DroppedFromUpload)
{
    /// <summary>Some settled listing still names them.</summary>
    public bool Listed => Standing is { } status && status.IsAccepted();

    /// <summary>The facts of each person in <paramref name="personIds"/>, from every listing of them (status per record).</summary>
    public static IReadOnlyList<ListedPerson> Of(
        IEnumerable<string> personIds, IEnumerable<(RecordId RecordId, string PersonId, RecordStatus Status)> listings, IReadOnlySet<string> dropped)
    {
        var byPerson = listings.GroupBy(l => l.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return personIds.Distinct(StringComparer.Ordinal).Select(person =>
        {
            var own = byPerson.GetValueOrDefault(person) ?? [];
            var primary = own.Where(l => l.Status.IsCandidate()).OrderBy(l => l.RecordId).Select(l => (RecordId?)l.RecordId).FirstOrDefault();
            var standing = own.Count == 0 ? (RecordStatus?)null : own.Select(l => l.Status).MinBy(Rank);
            return new ListedPerson(person, primary, standing, dropped.Contains(person));
        }).ToList();
    }

    private static int Rank(RecordStatus status) =>
        status.IsCandidate() ? 0 : status.IsCovered() ? 1 : status.Info().Decided ? 2 : status == RecordStatus.Review ? 3 : 4;
}
