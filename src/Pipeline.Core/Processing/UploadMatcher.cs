using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Processing;

/// <summary>
/// The domain call of ingest: given an upload's normalised rows, the person index (which holds the upload's
/// previous version and every stored listing) and the register, decides the final statuses, person ids, review
/// items and the promotions of other uploads' listings, and returns them with the index delta, as data.
/// </summary>
/// <remarks>
/// Steps: forget the upload's previous version in the index (the new one replaces it); resolve each accepted
/// row against everyone else and the register (<see cref="PersonResolver"/>, which adds the row so later rows
/// of the file are matched too); carry the previous version's person ids over (<see cref="PreviousVersion"/>) and
/// let the messages' references name the ids the rows keep (<see cref="MatchNotices"/>);
/// keep one <c>new</c> listing per person (<see cref="PrimaryListings"/>); let the funded cohort say what listings
/// of the people it knows show (<see cref="CohortListings"/>); leave the index holding the result, and say which
/// people the cohort must look at (<see cref="ListedPerson"/>).
/// The caller holds the matching lease: the index and the cohort must not change underneath.
/// </remarks>
public sealed class UploadMatcher(MatchOptions options, MembershipRule? membership = null)
{
    /// <param name="decisions">Administrators' decisions, re-applied: rejected identities, decided pairs.</param>
    /// <param name="cohort">The funded cohort: who is submitted, funded, refused or ended.</param>
    public UploadMatch Match(
        NormalizedList list, string uploadKey, string uploadPath, PersonIndex persons, ParticipantIndex register, IDecisionBook? decisions = null, CohortView? cohort = null)
    {
        var replacesEarlierVersion = persons.KnowsUpload(uploadKey);
        var previous = persons.RecordsOf(uploadKey);
        persons.Apply(new IndexDelta([new UploadReplacement(uploadKey, uploadPath, [])], []));

        // One resolver per call: it reuses a buffer, and matchers of different scopes may run at once.
        var resolver = new PersonResolver(options, membership);
        var reviews = new List<ReviewCandidate>();
        foreach (var row in list.Rows)
        {
            decisions.ApplyRejection(row.Record);
            if (row.Record.Status.IsMatched())
            {
                reviews.AddRange(resolver.Resolve(row.Record, new RecordId(uploadKey, row.Source.RowNumber), uploadPath, persons, register, decisions).ReviewCandidates);
            }
        }

        var records = list.Rows.Select(r => r.Record).ToList();
        PreviousVersion.CarryPersonIds(records, previous.Select(p => new PreviousVersion.Row(p.PersonId, p.Status, p.Fields.Nik)).ToList());
        CohortListings.AdoptCohortIds(records, cohort);
        records.ForEach(MatchNotices.ReferToCurrentPersonId);

        var previouslyNew = previous.Where(p => PrimaryListings.IsPrimary(p.Status)).Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var previouslyListed = previous.Where(p => p.Status.IsAccepted()).Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var concerned = records.Where(r => r.PersonId is not null).Select(r => r.PersonId!).ToHashSet(StringComparer.Ordinal);
        concerned.UnionWith(previouslyListed);
        var listings = persons.ListingsOf(concerned, excludeUploadKey: uploadKey);
        PrimaryListings.PromoteInUpload(records, listings, r =>
            PrimaryListings.OwnPromotion(r) is { To: RecordStatus.Reactivate } own ? own : CohortListings.Promotion(cohort?.Find(r.PersonId)));
        foreach (var record in records.Where(r => r.PersonId is not null && r.Status.IsMatched()))
        {
            CohortListings.Apply(record, cohort?.Find(record.PersonId));
        }

        var promotions = PrimaryListings.ToPromoteElsewhere(previouslyNew, records, listings)
            .Select(l =>
            {
                var member = cohort?.Find(l.PersonId);
                return new Promoted(l.RecordId, CohortListings.Promotion(member), member);
            })
            .ToList();

        var accepted = list.Rows
            .Where(r => r.Record.PersonId is not null && r.Record.Status.IsMatched())
            .Select(r => new KnownRecord(new RecordId(uploadKey, r.Source.RowNumber), r.Record.PersonId!, uploadPath, MatchFields.From(r.Record), r.Record.Status))
            .ToList();
        var delta = new IndexDelta(
            [new UploadReplacement(uploadKey, uploadPath, accepted)],
            promotions.Select(p => new StatusChange(p.RecordId, p.Status)).ToList());
        var undo = new IndexDelta(
            [new UploadReplacement(uploadKey, uploadPath, replacesEarlierVersion ? previous : null)],
            promotions.Select(p => new StatusChange(p.RecordId, RecordStatus.Duplicate)).ToList());
        persons.Apply(delta);

        var recounts = promotions.Select(p => p.RecordId.UploadKey).Distinct(StringComparer.Ordinal)
            .Select(key => new UploadRecount(key, persons.PathOf(key) ?? key, persons.CountStatuses(key)))
            .ToList();

        return new UploadMatch
        {
            List = new ProcessedList { Layout = list.Layout, Rows = list.Rows, Reviews = reviews, Notices = list.Notices },
            Promotions = promotions,
            People = People(concerned, accepted, listings, promotions, previouslyListed),
            Recounts = recounts,
            ReplacesEarlierVersion = replacesEarlierVersion,
            Delta = delta,
            Undo = undo,
        };
    }

    /// <summary>What the cohort needs of every person this upload touched: their listings after it, everywhere.</summary>
    private static IReadOnlyList<ListedPerson> People(
        IReadOnlySet<string> concerned, IReadOnlyList<KnownRecord> accepted, IReadOnlyList<PrimaryListings.Listing> others,
        IReadOnlyList<Promoted> promotions, IReadOnlySet<string> previouslyListed)
    {
        var promoted = promotions.ToDictionary(p => p.RecordId, p => p.Status);
        var listings = others.Select(l => (l.RecordId, l.PersonId, Status: promoted.GetValueOrDefault(l.RecordId, l.Status)))
            .Concat(accepted.Select(r => (r.RecordId, r.PersonId, r.Status)));
        var stillListed = accepted.Where(r => r.Status.IsAccepted()).Select(r => r.PersonId).ToHashSet(StringComparer.Ordinal);
        var dropped = previouslyListed.Where(p => !stillListed.Contains(p)).ToHashSet(StringComparer.Ordinal);
        return ListedPerson.Of(concerned, listings, dropped);
    }
}
