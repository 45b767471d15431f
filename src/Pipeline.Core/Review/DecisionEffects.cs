using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Review;

/// <summary>
/// What a decision does to the stored listings of the people it touches. <see cref="ReviewItem.Decide"/> calls these
/// on the listings it was given; each one sets the target state, so applying it twice changes nothing the second time.
/// </summary>
/// <remarks>
/// The invariant the budget rests on holds after every decision: a listed person has one <c>new</c> (or
/// <c>reactivate</c>, or <c>enrolled</c>) listing and the others are <c>duplicate</c>. What the funded cohort says of
/// the people (<c>funded</c>, <c>unfunded</c>) is applied afterwards, by the cohort's own rule.
/// </remarks>
public static class DecisionEffects
{
    private const string DecidedByAdministrator = "diputuskan admin kabupaten";

    /// <summary>
    /// Several listings are one person: every listing of their people takes <paramref name="personId"/>; the ones that
    /// waited for review become duplicates that say so; with a register participant the person is enrolled (its KPJ
    /// on the primary listing), or reactivated when the participant's membership lapsed; then one primary listing for
    /// the person.
    /// </summary>
    /// <param name="same">The listings decided to be one person.</param>
    /// <param name="listings">Every listing of their people.</param>
    /// <param name="personId">The id the merged person keeps.</param>
    /// <param name="kpj">The participant's KPJ when one of them is in the register.</param>
    /// <param name="lapsedStatus">The participant's lapsed membership status as written (NON AKTIF …), or null when it is covered.</param>
    public static void Merge(IReadOnlyList<Listing> same, IReadOnlyList<Listing> listings, PersonId personId, string? kpj, Reason reason, string? lapsedStatus = null)
    {
        var mergedFrom = same.Select(l => l.PersonId).OfType<PersonId>().ToHashSet();
        foreach (var listing in listings.Where(l => l.PersonId is { } p && mergedFrom.Contains(p)))
        {
            listing.PersonId = personId;
        }

        foreach (var listing in same)
        {
            listing.PersonId = personId;
            if (listing.IsUnderReview)
            {
                // The person id or the KPJ only, never another village's file or row (UU 27/2022, as DUPLICATE_OTHER_FILE).
                ReplaceDecisionNotice(listing, kpj is not null
                    ? IssueCatalog.ReviewSamePerson.CreateForParticipant(kpj, reason.Label)
                    : IssueCatalog.ReviewSamePerson.Create(personId, reason.Label));
                listing.Status = RecordStatus.Duplicate;
            }
        }

        var person = listings.Where(l => l.PersonId == personId).ToList();
        Listing? primary = null;
        if (kpj is not null)
        {
            // A lapsed participant is not protected: the person is proposed again with the KPJ, as ingest does.
            var status = lapsedStatus is null ? RecordStatus.Enrolled : RecordStatus.Reactivate;
            primary = person.Where(l => l.Status == status && l.Kpj == kpj).MinBy(l => l.RecordId)
                      ?? same.Where(l => l.IsAccepted).MinBy(l => l.RecordId);
            if (primary is not null && primary.Status != status)
            {
                primary.Issues.RemoveAll(i => PrimaryListings.IsDuplicateCode(i.Code) || i.Code == IssueCatalog.ReactivateLapsed.Code);
                primary.Status = status;
                primary.Kpj = kpj;
                if (lapsedStatus is not null)
                {
                    primary.Issues.Add(MatchNotices.Reactivate(kpj, lapsedStatus));
                }
            }
        }

        Settle(person, primary);
    }

    /// <summary>
    /// A listing that waited for review is a person of its own (no pair left open): it becomes <c>new</c>, saying
    /// why when an administrator decided it was different (<paramref name="reason"/>), and its person keeps one primary
    /// listing. A listing not under review is left as it is.
    /// </summary>
    /// <param name="listings">Every listing of its person.</param>
    /// <param name="reason">Null when no verdict was given on it (its candidates were rejected or are gone).</param>
    public static void Separate(Listing subject, IReadOnlyList<Listing> listings, Reason? reason)
    {
        if (!subject.IsUnderReview)
        {
            return;
        }

        subject.Issues.RemoveAll(i => IssueCatalog.IsReviewCode(i.Code));
        if (reason is not null)
        {
            ReplaceDecisionNotice(subject, IssueCatalog.ReviewDifferentPerson.Create(reason.Label));
        }

        subject.Status = RecordStatus.New;
        Settle(listings.Where(l => l.PersonId == subject.PersonId).ToList(), primary: null);
    }

    /// <summary>The record is taken out with the reason; its person's next listing becomes the primary one.</summary>
    /// <param name="listings">Every listing of its person.</param>
    public static void Reject(Listing subject, IReadOnlyList<Listing> listings, Reason reason, string? note)
    {
        var formerPerson = subject.PersonId;
        subject.Issues.RemoveAll(i => IssueCatalog.IsReviewCode(i.Code) || IssueCatalog.IsDecisionCode(i.Code) || PrimaryListings.IsDuplicateCode(i.Code));
        subject.Issues.Add(DecisionRules.RejectionIssue(reason, note));
        subject.Status = RecordStatus.Rejected;
        subject.PersonId = null;
        subject.Kpj = null;
        if (formerPerson is not null)
        {
            Settle(listings.Where(l => l.PersonId == formerPerson).ToList(), primary: null);
        }
    }

    /// <summary>
    /// One primary listing for one person: the given one, else an enrolled (or funded, or unfunded) one, else the first
    /// <c>new</c> or <c>reactivate</c>, else the first listing (by record id, as ingest promotes); the other <c>new</c> listings become duplicates of it.
    /// </summary>
    public static void Settle(IReadOnlyList<Listing> person, Listing? primary)
    {
        var accepted = person.Where(l => l.IsAccepted).OrderBy(l => l.RecordId).ToList();
        if (accepted.Count == 0)
        {
            return;
        }

        // A person the programme decided about (funded elsewhere, refused, ended) keeps that listing as theirs.
        primary ??= accepted.FirstOrDefault(l => l.Status.IsCovered() || l.Status.Info().Decided)
                    ?? accepted.FirstOrDefault(l => l.Status.IsCandidate())
                    ?? accepted[0];
        if (primary.Status == RecordStatus.Duplicate)
        {
            // A repeat that carries a lapsed participant's KPJ and message is reactivated, as ingest promotes it.
            primary.Status = primary.Kpj is not null && primary.Issues.Exists(i => i.Code == IssueCatalog.ReactivateLapsed.Code)
                ? RecordStatus.Reactivate
                : RecordStatus.New;
            primary.Issues.RemoveAll(i => PrimaryListings.IsDuplicateCode(i.Code));
        }

        foreach (var other in accepted.Where(l => l != primary && l.Status.IsCandidate()))
        {
            other.Status = RecordStatus.Duplicate;

            // Within its own file the row is named; from another file only the person id (UU 27/2022).
            other.Issues.Add(other.UploadPath == primary.UploadPath
                ? MatchNotices.DuplicateInFile(primary.SourceRow, DecidedByAdministrator)
                : MatchNotices.ListedElsewhere(primary.PersonId!.Value));
        }
    }

    /// <summary>A listing carries one decision notice: a decision taken again replaces it instead of adding a second.</summary>
    private static void ReplaceDecisionNotice(Listing listing, Issue notice)
    {
        listing.Issues.RemoveAll(i => IssueCatalog.IsReviewCode(i.Code) || IssueCatalog.IsDecisionCode(i.Code));
        listing.Issues.Add(notice);
    }
}
