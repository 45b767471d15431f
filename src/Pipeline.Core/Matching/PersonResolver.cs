using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Matching;

/// <summary>
/// Decides, row by row, whether an accepted record is a new person, a duplicate, an enrolled participant,
/// or needs review, and grows the person index so later rows of the same upload are matched too.
/// </summary>
/// <remarks>
/// Order of precedence: Enrolled (a register match whose membership is covered) over Review (a register match
/// whose status is unknown) over Duplicate (person match) over Reactivate (a register match whose membership
/// lapsed: one listing per person) over Review over New; a match with a listing that itself waits for review is a
/// review, not a duplicate. What a register status means is <see cref="MembershipRule"/>'s. The messages put on the record
/// come from <see cref="MatchNotices"/>, which decides what the uploader may learn.
/// Person ids are deterministic: a new person gets <see cref="PersonIds.ForRecord"/>, so reprocessing the
/// same uploads reproduces them; a review record gets its own id so nothing is lost before the admin decides.
/// Not thread-safe (it reuses a candidate buffer): one resolver per upload being processed.
/// </remarks>
public sealed class PersonResolver(MatchOptions options, MembershipRule? membership = null)
{
    private readonly MembershipRule _membership = membership ?? MembershipRule.Default;
    private readonly WorkerPairScorer _scorer = new(options);
    private readonly List<int> _slots = new();
    private IDecisionBook? _decisions;

    private readonly record struct Scored(double Score, int Slot);

    /// <param name="decisions">Administrators' decisions: a pair they decided is matched (or not) as they said.</param>
    public Resolution Resolve(WorkerRecord record, RecordId recordId, string sourceLabel, PersonIndex persons, ParticipantIndex participants, IDecisionBook? decisions = null)
    {
        _decisions = decisions;
        if (!record.Status.IsMatched() || record.HasErrors)
        {
            return new Resolution(record.Status, null, null, null, null, []);
        }

        persons.Remove(recordId);
        var fields = new PreparedFields(MatchFields.From(record))
        {
            BirthDateFromNik = record.Issues.Exists(i => i.Code == IssueCatalog.BirthDateFromNik.Code),
        };
        var review = new List<(ReviewCandidate Candidate, bool SharedNik)>();

        var enrolled = BestMatch(fields, participants, recordId, review);
        var duplicate = BestMatch(fields, persons, recordId, review);

        var registered = enrolled is { } e ? participants.Get(e.Slot) : default;
        var standing = enrolled is null ? (Membership?)null : Standing(fields, registered.Participant, registered.Fields);

        Resolution resolution;
        if (standing == Membership.Covered)
        {
            var (participant, other) = registered;
            var personId = duplicate is { } d ? persons.GetCandidate(d.Slot).Record.PersonId : PersonIds.ForParticipant(participant.Kpj).ToString();
            record.Issues.Add(MatchNotices.Enrolled(participant));
            record.RegisterStatus = participant.MembershipStatus;
            resolution = new Resolution(RecordStatus.Enrolled, personId, participant.Kpj, CandidateRef.ForParticipant(participant.Kpj), Explain(fields, other), []);
        }
        else if (standing == Membership.Unknown)
        {
            // Registered, but the status says neither covered nor lapsed: never covered silently. The administrator
            // sees the KPJ as the candidate and why.
            var (participant, other) = registered;
            var why = Explain(fields, other) + UnknownStatusNote(participant);
            var personId = PersonIds.ForRecord(recordId, fields.Fields).ToString();
            var top = RankForReview(review, new ReviewCandidate(
                recordId, CandidateRef.ForParticipant(participant.Kpj), PersonIds.ForParticipant(participant.Kpj).ToString(), enrolled!.Value.Score, why));
            record.Issues.Add(MatchNotices.MembershipUnknown(participant));
            resolution = new Resolution(RecordStatus.Review, personId, null, null, why, top);
        }
        else if (duplicate is { } d && persons.GetCandidate(d.Slot) is { Record.Status: not RecordStatus.Review } match)
        {
            // A later listing of someone already listed stays a duplicate even when the register says their membership
            // lapsed: one listing per person is proposed. It keeps the KPJ and says why, so that it is reactivated
            // if it becomes the person's listing.
            var (known, other) = match;
            var why = Explain(fields, other);
            record.Issues.Add(known.SourceLabel == sourceLabel
                ? MatchNotices.DuplicateInFile(known.SourceRow, why)
                : MatchNotices.ListedElsewhere(PersonId.Parse(known.PersonId)));
            var lapsed = standing == Membership.Lapsed ? registered.Participant : null;
            if (lapsed is not null)
            {
                record.Issues.Add(MatchNotices.Reactivate(lapsed));
            }

            resolution = new Resolution(RecordStatus.Duplicate, known.PersonId, lapsed?.Kpj, CandidateRef.ForRecord(known.RecordId), why, []);
        }
        else if (duplicate is { } r)
        {
            // The same person as a listing that waits for review: the same open question, so this row waits too
            // (were it a duplicate, the one-new-listing rule would promote it to new and the review would be moot).
            var (known, other) = persons.GetCandidate(r.Slot);
            var why = Explain(fields, other);
            var personId = PersonIds.ForRecord(recordId, fields.Fields);
            if (known.SourceLabel == sourceLabel)
            {
                record.Issues.Add(MatchNotices.DuplicateInFile(known.SourceRow, why));
            }

            var top = RankForReview(review, new ReviewCandidate(recordId, CandidateRef.ForRecord(known.RecordId), known.PersonId, r.Score, why));
            record.Issues.Add(MatchNotices.UnderReview(review.Exists(c => c.SharedNik), personId));
            resolution = new Resolution(RecordStatus.Review, personId.ToString(), null, null, top[0].Explanation, top);
        }
        else if (standing == Membership.Lapsed)
        {
            var (participant, other) = registered;
            record.Issues.Add(MatchNotices.Reactivate(participant));
            record.RegisterStatus = participant.MembershipStatus;
            resolution = new Resolution(
                RecordStatus.Reactivate, PersonIds.ForParticipant(participant.Kpj).ToString(), participant.Kpj, CandidateRef.ForParticipant(participant.Kpj), Explain(fields, other), []);
        }
        else if (review.Count > 0)
        {
            var top = RankForReview(review, first: null);
            var personId = PersonIds.ForRecord(recordId, fields.Fields);
            record.Issues.Add(MatchNotices.UnderReview(review.Exists(c => c.SharedNik), personId));
            resolution = new Resolution(RecordStatus.Review, personId.ToString(), null, null, top[0].Explanation, top);
        }
        else
        {
            resolution = new Resolution(RecordStatus.New, PersonIds.ForRecord(recordId, fields.Fields).ToString(), null, null, null, []);
        }

        record.Status = resolution.Status;
        record.PersonId = resolution.PersonId;
        record.Kpj = resolution.Kpj;
        persons.Add(new KnownRecord(recordId, resolution.PersonId!, sourceLabel, fields.Fields, resolution.Status));
        return resolution;
    }

    /// <summary>
    /// The candidates an administrator sees, best first: <paramref name="first"/>, then shared NIKs, then by score; equal
    /// scores by candidate (<see cref="CandidateRef.CompareTo"/>), so the order an index was filled in never shows.
    /// </summary>
    private List<ReviewCandidate> RankForReview(List<(ReviewCandidate Candidate, bool SharedNik)> review, ReviewCandidate? first)
    {
        var ranked = review.OrderByDescending(c => c.SharedNik).ThenByDescending(c => c.Candidate.Score).ThenBy(c => c.Candidate.Candidate).Select(c => c.Candidate);
        return (first is null ? ranked : ranked.Prepend(first)).Take(options.MaxReviewCandidates).ToList();
    }

    private Scored? BestMatch(PreparedFields fields, ParticipantIndex index, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
    {
        index.FindCandidates(fields, _slots);
        return Best(fields, _slots, index.Prepare, slot =>
        {
            var p = index.Get(slot).Participant;
            return (CandidateRef.ForParticipant(p.Kpj), PersonIds.ForParticipant(p.Kpj).ToString());
        }, recordId, review, (a, b) => string.CompareOrdinal(index.KpjOf(a), index.KpjOf(b)) < 0);
    }

    private Scored? BestMatch(PreparedFields fields, PersonIndex index, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
    {
        index.FindCandidates(fields, _slots);
        return Best(fields, _slots, index.Prepare, slot =>
        {
            var r = index.GetCandidate(slot).Record;
            return (CandidateRef.ForRecord(r.RecordId), r.PersonId);
        }, recordId, review);
    }

    private Scored? Best(PreparedFields fields, List<int> slots, Func<int, PreparedFields> other,
        Func<int, (CandidateRef Id, string PersonId)> describe, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review,
        Func<int, int, bool>? winsTie = null)
    {
        Scored? best = null;
        Span<int> levels = stackalloc int[_scorer.FieldCount];
        foreach (var slot in slots)
        {
            var candidate = other(slot);
            var (score, outcome, shared) = _scorer.Evaluate(fields, candidate, levels);
            outcome = _decisions.Adjust(fields.Fields, candidate.Fields, outcome);
            if (outcome == MatchOutcome.Match)
            {
                if (best is null || score > best.Value.Score || (score == best.Value.Score && winsTie?.Invoke(slot, best.Value.Slot) == true))
                {
                    best = new Scored(score, slot);
                }
            }
            else if (outcome == MatchOutcome.PossibleMatch)
            {
                var (id, personId) = describe(slot);
                review.Add((new ReviewCandidate(recordId, id, personId, score, _scorer.Explain(levels)), shared));
            }
        }
        return best;
    }

    private string Explain(PreparedFields a, PreparedFields b) => _scorer.Score(a, b).Explanation;

    /// <summary>
    /// What the register match means: the configured rule, except that a pair an administrator called the same
    /// person (the record and this participant) is covered whatever the status says: they decided it.
    /// </summary>
    private Membership Standing(PreparedFields fields, Participant participant, PreparedFields other)
    {
        var standing = _membership.Classify(participant.MembershipStatus);
        return standing == Membership.Unknown
               && _decisions?.Verdict(PersonIdentity.Of(fields.Fields), PersonIdentity.Of(other.Fields)) == PairVerdict.Same
            ? Membership.Covered
            : standing;
    }

    private static string UnknownStatusNote(Participant participant) =>
        $" Status kepesertaan di daftar BPJS \"{(string.IsNullOrWhiteSpace(participant.MembershipStatus) ? "-" : participant.MembershipStatus)}\" tidak dikenal (bukan aktif dan bukan tidak aktif): " +
        "periksa apakah peserta ini masih terlindungi. Orang yang sama: dianggap sudah terdaftar; orang berbeda: didaftarkan sebagai baru.";
}
