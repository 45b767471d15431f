using System.Globalization;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Review;

/// <summary>
/// What a decision does to the stored listings, decided here and handed back as the listings that changed.
/// </summary>
/// <remarks>
/// The invariant the budget rests on holds after every decision: a listed person has one <c>new</c> (or
/// <c>enrolled</c>) listing and the others are <c>duplicate</c>. <c>same</c> merges the two person ids into
/// the candidate's; <c>different</c> makes the record its own person once none of its review items is left;
/// <c>reject</c> takes the record out, and its person's next listing becomes the primary one.
/// </remarks>
public static class DecisionEffects
{
    private const string DecidedByAdministrator = "diputuskan admin kabupaten";

    /// <param name="listings">Every listing of the subject's person and of the candidate's person.</param>
    /// <param name="candidatePersonId">The person id the merged person keeps (the candidate's).</param>
    /// <param name="candidateKpj">The candidate's KPJ when it is a register participant: the person is enrolled.</param>
    /// <param name="candidateLabel">How officials refer to the candidate without seeing another village's list (person id, or the KPJ).</param>
    /// <param name="candidateLapsed">For a register candidate whose membership lapsed, its status as written (NON AKTIF …): the
    /// person is reactivated with the KPJ, not enrolled. Null otherwise.</param>
    public static IReadOnlyList<Listing> Same(
        Listing subject, IReadOnlyList<Listing> listings, string candidatePersonId, string? candidateKpj, string candidateLabel, Reason reason,
        string? candidateLapsed = null)
    {
        var all = WithSubject(listings, subject);
        var changed = new HashSet<Listing>();
        var mergedFrom = subject.PersonId;
        foreach (var listing in all.Where(l => mergedFrom is not null && l.PersonId == mergedFrom && l.PersonId != candidatePersonId))
        {
            listing.PersonId = candidatePersonId;
            changed.Add(listing);
        }

        subject.PersonId = candidatePersonId;
        subject.Issues.RemoveAll(i => IssueCatalog.IsReviewCode(i.Code));
        subject.Issues.Add(IssueCatalog.ReviewSamePerson.Create(candidateLabel, reason.Label));
        if (candidateKpj is not null && candidateLapsed is not null)
        {
            subject.Status = RecordStatus.Reactivate;
            subject.Kpj = candidateKpj;
            subject.Issues.Add(Matching.MatchNotices.Reactivate(candidateKpj, candidateLapsed));
        }
        else if (candidateKpj is not null)
        {
            subject.Status = RecordStatus.Enrolled;
            subject.Kpj = candidateKpj;
        }
        else
        {
            subject.Status = RecordStatus.Duplicate;
        }

        changed.Add(subject);
        var person = all.Where(l => l.PersonId == candidatePersonId).ToList();
        changed.UnionWith(Settle(person, primary: candidateKpj is not null ? subject : null));
        return [.. changed];
    }

    /// <param name="otherItemsPending">Whether the subject still has undecided review items: then it stays in review.</param>
    /// <param name="listings">Every listing of the subject's person.</param>
    public static IReadOnlyList<Listing> Different(Listing subject, IReadOnlyList<Listing> listings, bool otherItemsPending, Reason reason)
    {
        if (otherItemsPending || subject.Status != RecordStatus.Review)
        {
            return [];
        }

        subject.Issues.RemoveAll(i => IssueCatalog.IsReviewCode(i.Code));
        subject.Issues.Add(IssueCatalog.ReviewDifferentPerson.Create(reason.Label));
        subject.Status = RecordStatus.New;
        var changed = new HashSet<Listing> { subject };
        changed.UnionWith(Settle(WithSubject(listings, subject).Where(l => l.PersonId == subject.PersonId).ToList(), primary: null));
        return [.. changed];
    }

    /// <param name="listings">Every listing of the subject's person.</param>
    public static IReadOnlyList<Listing> Reject(Listing subject, IReadOnlyList<Listing> listings, Reason reason, string? note)
    {
        var formerPerson = subject.PersonId;
        subject.Issues.RemoveAll(i => IssueCatalog.IsReviewCode(i.Code) || PrimaryListings.IsDuplicateCode(i.Code));
        subject.Issues.Add(DecisionRules.RejectionIssue(reason, note));
        subject.Status = RecordStatus.Rejected;
        subject.PersonId = null;
        subject.Kpj = null;
        var changed = new HashSet<Listing> { subject };
        if (formerPerson is not null)
        {
            changed.UnionWith(Settle(WithSubject(listings, subject).Where(l => l.PersonId == formerPerson).ToList(), primary: null));
        }

        return [.. changed];
    }

    /// <summary>
    /// One primary listing for one person: the given one, else an enrolled one, else the first <c>new</c>, else the
    /// first listing (by record id, as ingest promotes); the other <c>new</c> listings become duplicates of it.
    /// </summary>
    /// <returns>The listings changed.</returns>
    public static IReadOnlyList<Listing> Settle(IReadOnlyList<Listing> person, Listing? primary)
    {
        var accepted = person.Where(l => l.IsAccepted).OrderBy(l => RecordId.Parse(l.RecordId)).ToList();
        if (accepted.Count == 0)
        {
            return [];
        }

        primary ??= accepted.FirstOrDefault(l => l.Status.IsCovered() || l.Status.Info().Decided)
                    ?? accepted.FirstOrDefault(l => l.Status.IsCandidate())
                    ?? accepted[0];
        var changed = new List<Listing>();
        if (primary.Status == RecordStatus.Duplicate)
        {
            // A repeat that carries a lapsed participant's KPJ and message is reactivated, as ingest promotes it.
            primary.Status = primary.Kpj is not null && primary.Issues.Exists(i => i.Code == IssueCatalog.ReactivateLapsed.Code) ? RecordStatus.Reactivate : RecordStatus.New;
            primary.Issues.RemoveAll(i => PrimaryListings.IsDuplicateCode(i.Code));
            changed.Add(primary);
        }

        foreach (var other in accepted.Where(l => l != primary && l.Status.IsCandidate()))
        {
            other.Status = RecordStatus.Duplicate;
            var row = primary.SourceRow.ToString(CultureInfo.InvariantCulture);
            other.Issues.Add(other.UploadPath == primary.UploadPath
                ? IssueCatalog.DuplicateInFile.Create(row, DecidedByAdministrator)
                : IssueCatalog.DuplicateOtherFile.Create(primary.UploadPath, row, DecidedByAdministrator));
            changed.Add(other);
        }

        return changed;
    }

    /// <summary>The listings with the subject object itself in place of a stored twin (same record id).</summary>
    private static List<Listing> WithSubject(IReadOnlyList<Listing> listings, Listing subject) =>
        [.. listings.Where(l => l.RecordId != subject.RecordId), subject];
}
