using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>
/// Keeps the invariant the budget rests on: a person listed (and not covered) has exactly one primary listing
/// (a <see cref="RecordStatusInfo.Candidate"/>: <c>new</c>, or <c>reactivate</c>), the others are <c>duplicate</c>.
/// A person with a covered listing (<c>enrolled</c>, <c>funded</c>) or a decided one (<c>unfunded</c>) needs no other.
/// </summary>
/// <remarks>
/// Matching alone breaks it when a village replaces its file. If A listed X first and B's X became a
/// duplicate of it, a new version of A is matched against B's X and would become a duplicate too: nobody is
/// <c>new</c>, and X is never paid for. And if the new version of A drops X, B's X stays a duplicate of a row
/// that is gone. So after matching an upload, a person with no <c>new</c> listing left gets one back: this
/// upload's first listing of them, or else the first remaining listing elsewhere.
/// </remarks>
public static class PrimaryListings
{
    private static readonly HashSet<string> DuplicateCodes =
        [IssueCatalog.DuplicateInFile.Code, IssueCatalog.DuplicateOtherFile.Code];

    /// <summary>An accepted record of another upload, as loaded for matching.</summary>
    public sealed record Listing(RecordId RecordId, string PersonId, RecordStatus Status);

    /// <summary>What a promoted listing becomes: its person's candidate status and, for a reactivation, the message that says why.</summary>
    /// <param name="Kpj">The KPJ a reactivation carries (null: the listing's own).</param>
    public sealed record Promotion(RecordStatus To, Issue? Notice, string? Kpj = null)
    {
        public static Promotion ToNew { get; } = new(RecordStatus.New, null);
    }

    /// <summary>Promotes, in this upload, the first duplicate of each person who has no primary listing anywhere.</summary>
    /// <param name="promotionOf">What a promoted listing of a person becomes (<c>new</c>, or <c>reactivate</c> for a lapsed
    /// participant); by default <c>new</c>, or <c>reactivate</c> when the row itself carries a lapsed KPJ.</param>
    /// <returns>How many rows were promoted.</returns>
    public static int PromoteInUpload(IReadOnlyList<WorkerRecord> upload, IEnumerable<Listing> others, Func<WorkerRecord, Promotion>? promotionOf = null)
    {
        promotionOf ??= OwnPromotion;
        var hasNew = others.Where(l => IsPrimary(l.Status)).Select(l => l.PersonId).ToHashSet();
        hasNew.UnionWith(upload.Where(r => IsPrimary(r.Status) && r.PersonId is not null).Select(r => r.PersonId!));
        var promoted = 0;
        foreach (var record in upload)
        {
            if (record is { Status: RecordStatus.Duplicate, PersonId: { } personId } && hasNew.Add(personId))
            {
                Promote(record, promotionOf(record));
                promoted++;
            }
        }

        return promoted;
    }

    /// <summary>
    /// The listings elsewhere to promote because this upload's earlier version held their person's only
    /// primary listing and the new version no longer lists that person.
    /// </summary>
    public static IReadOnlyList<Listing> ToPromoteElsewhere(
        IEnumerable<string> previousPersonIds, IReadOnlyList<WorkerRecord> upload, IReadOnlyList<Listing> others)
    {
        var stillListed = upload.Where(r => r.PersonId is not null && r.Status.IsAccepted())
            .Select(r => r.PersonId!).ToHashSet();
        var lost = previousPersonIds.Where(p => !stillListed.Contains(p)).ToHashSet();
        return others
            .Where(l => lost.Contains(l.PersonId))
            .GroupBy(l => l.PersonId)
            .Where(g => !g.Any(l => IsPrimary(l.Status)))
            .Select(g => g.Where(l => l.Status == RecordStatus.Duplicate).MinBy(l => l.RecordId))
            .OfType<Listing>()
            .ToList();
    }

    /// <summary>A listing that stands for its person: a candidate to be paid for, one already covered, or one decided (<see cref="RecordStatusInfo.Primary"/>).</summary>
    public static bool IsPrimary(RecordStatus status) => status.Info().Primary;

    /// <summary>True for the issue codes a promoted listing no longer carries.</summary>
    public static bool IsDuplicateCode(string code) => DuplicateCodes.Contains(code);

    /// <summary>Makes a listing its person's <c>new</c> one: the duplicate issues go, every other issue stays.</summary>
    public static void Promote(WorkerRecord record) => Promote(record, Promotion.ToNew);

    /// <summary>
    /// Makes a listing its person's primary one as <paramref name="promotion"/> says: the duplicate issues go (and a
    /// reactivation message the promotion replaces), the promotion's message is added, every other issue stays.
    /// </summary>
    public static void Promote(WorkerRecord record, Promotion promotion)
    {
        record.Status = promotion.To;
        record.Issues.RemoveAll(i => IsDuplicateCode(i.Code) || (promotion.Notice is { } n && i.Code == n.Code));
        if (promotion.To != RecordStatus.Reactivate)
        {
            record.Issues.RemoveAll(i => i.Code == IssueCatalog.ReactivateLapsed.Code);
            record.Kpj = null;
        }
        else
        {
            record.Kpj = promotion.Kpj ?? record.Kpj;
        }

        if (promotion.Notice is { } notice)
        {
            record.Issues.Add(notice);
        }
    }

    /// <summary>A duplicate that carries a lapsed participant's KPJ and message is reactivated; any other becomes <c>new</c>.</summary>
    public static Promotion OwnPromotion(WorkerRecord record) =>
        record.Kpj is not null && record.Issues.Exists(i => i.Code == IssueCatalog.ReactivateLapsed.Code)
            ? new Promotion(RecordStatus.Reactivate, null)
            : Promotion.ToNew;
}
