using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Matching;

/// <summary>
/// Decides, row by row, whether an accepted record is a new person, a duplicate, an enrolled participant,
/// or needs review, and grows the person index so later rows of the same upload are matched too.
/// </summary>
/// <remarks>
/// Order of precedence: Enrolled (register match) over Duplicate (person match) over Review over New; a match
/// with a listing that itself waits for review is a review, not a duplicate. The messages put on the record
/// come from <see cref="MatchNotices"/>, which decides what the uploader may learn.
/// Person ids are deterministic: a new person gets <see cref="PersonIds.ForRecord"/>, so reprocessing the
/// same uploads reproduces them; a review record gets its own id so nothing is lost before the admin decides.
/// Not thread-safe (it reuses a candidate buffer): one resolver per upload being processed.
/// </remarks>
public sealed class PersonResolver(MatchOptions options)
{
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

        Resolution resolution;
        if (enrolled is { } e)
        {
            var (participant, other) = participants.Get(e.Slot);
            var personId = duplicate is { } d ? persons.GetCandidate(d.Slot).Record.PersonId : PersonIds.ForParticipant(participant.Kpj).ToString();
            record.Issues.Add(MatchNotices.Enrolled(participant));
            resolution = new Resolution(RecordStatus.Enrolled, personId, participant.Kpj, CandidateRef.ForParticipant(participant.Kpj), Explain(fields, other), []);
        }
        else if (duplicate is { } d && persons.GetCandidate(d.Slot) is { Record.Status: not RecordStatus.Review } match)
        {
            var (known, other) = match;
            var why = Explain(fields, other);
            record.Issues.Add(known.SourceLabel == sourceLabel
                ? MatchNotices.DuplicateInFile(known.SourceRow, why)
                : MatchNotices.ListedElsewhere(PersonId.Parse(known.PersonId)));
            resolution = new Resolution(RecordStatus.Duplicate, known.PersonId, null, CandidateRef.ForRecord(known.RecordId), why, []);
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

    /// <summary>The candidates an administrator sees, best first: <paramref name="first"/>, then shared NIKs, then by score.</summary>
    private List<ReviewCandidate> RankForReview(List<(ReviewCandidate Candidate, bool SharedNik)> review, ReviewCandidate? first)
    {
        var ranked = review.OrderByDescending(c => c.SharedNik).ThenByDescending(c => c.Candidate.Score).Select(c => c.Candidate);
        return (first is null ? ranked : ranked.Prepend(first)).Take(options.MaxReviewCandidates).ToList();
    }

    private Scored? BestMatch(PreparedFields fields, ParticipantIndex index, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
    {
        index.FindCandidates(fields, _slots);
        return Best(fields, _slots, index.Prepare, slot =>
        {
            var p = index.Get(slot).Participant;
            return (CandidateRef.ForParticipant(p.Kpj), PersonIds.ForParticipant(p.Kpj).ToString());
        }, recordId, review);
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
        Func<int, (CandidateRef Id, string PersonId)> describe, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
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
                if (best is null || score > best.Value.Score)
                {
                    best = new Scored(score, slot);
                }
            }
            else if (outcome == MatchOutcome.PossibleMatch)
            {
                var (id, personId) = describe(slot);
                review.Add((new ReviewCandidate(recordId, id, personId, score, _scorer.Explain(fields, candidate, levels)), shared));
            }
        }
        return best;
    }

    private string Explain(PreparedFields a, PreparedFields b) => _scorer.Score(a, b).Explanation;
}
