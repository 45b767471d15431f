using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Matching;

/// <summary>
/// Decides, row by row, whether an accepted record is a new person, a duplicate, an enrolled participant,
/// or needs review, and grows the person index so later rows of the same upload are matched too.
/// </summary>
/// <remarks>
/// Order of precedence: Enrolled (register match) over Duplicate (person match) over Review over New.
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
        if (record.Status is RecordStatus.Rejected or RecordStatus.Ineligible || record.HasErrors)
            return new Resolution(record.Status, null, null, null, null, []);

        persons.Remove(recordId);
        var fields = new PreparedFields(MatchFields.From(record));
        var review = new List<(ReviewCandidate Candidate, bool SharedNik)>();

        var enrolled = BestMatch(fields, participants, recordId, review);
        var duplicate = BestMatch(fields, persons, recordId, review);

        Resolution resolution;
        if (enrolled is { } e)
        {
            var (participant, other) = participants.Get(e.Slot);
            var personId = duplicate is { } d ? persons.GetCandidate(d.Slot).Record.PersonId : PersonIds.ForParticipant(participant.Kpj);
            var why = Explain(fields, other);
            record.Issues.Add(IssueCatalog.EnrolledBpjs.Create(participant.Kpj, participant.MembershipStatus ?? "-", why));
            resolution = new Resolution(RecordStatus.Enrolled, personId, participant.Kpj, "KPJ:" + participant.Kpj, why, []);
        }
        else if (duplicate is { } d)
        {
            var (known, other) = persons.GetCandidate(d.Slot);
            var why = Explain(fields, other);
            var row = known.SourceRow.ToString(System.Globalization.CultureInfo.InvariantCulture);
            record.Issues.Add(known.SourceLabel == sourceLabel
                ? IssueCatalog.DuplicateInFile.Create(row, why)
                : IssueCatalog.DuplicateOtherFile.Create(known.SourceLabel, row, why));
            resolution = new Resolution(RecordStatus.Duplicate, known.PersonId, null, known.RecordId.ToString(), why, []);
        }
        else if (review.Count > 0)
        {
            var ranked = review.OrderByDescending(c => c.SharedNik).ThenByDescending(c => c.Candidate.Score).ToList();
            var top = ranked.Take(options.MaxReviewCandidates).Select(c => c.Candidate).ToList();
            record.Issues.Add(ranked[0].SharedNik
                ? IssueCatalog.NikShared.Create(top[0].Explanation)
                : IssueCatalog.MatchReview.Create(top[0].Explanation));
            resolution = new Resolution(RecordStatus.Review, PersonIds.ForRecord(recordId, fields.Fields), null, null, top[0].Explanation, top);
        }
        else
        {
            resolution = new Resolution(RecordStatus.New, PersonIds.ForRecord(recordId, fields.Fields), null, null, null, []);
        }

        record.Status = resolution.Status;
        record.PersonId = resolution.PersonId;
        record.Kpj = resolution.Kpj;
        persons.Add(new KnownRecord(recordId, resolution.PersonId!, sourceLabel, fields.Fields, resolution.Status));
        return resolution;
    }

    private Scored? BestMatch(PreparedFields fields, ParticipantIndex index, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
    {
        index.FindCandidates(fields, _slots);
        return Best(fields, _slots, index.Prepare, slot =>
        {
            var p = index.Get(slot).Participant;
            return ("KPJ:" + p.Kpj, PersonIds.ForParticipant(p.Kpj));
        }, recordId, review);
    }

    private Scored? BestMatch(PreparedFields fields, PersonIndex index, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
    {
        index.FindCandidates(fields, _slots);
        return Best(fields, _slots, index.Prepare, slot =>
        {
            var r = index.GetCandidate(slot).Record;
            return (r.RecordId.ToString(), r.PersonId);
        }, recordId, review);
    }

    private Scored? Best(PreparedFields fields, List<int> slots, Func<int, PreparedFields> other,
        Func<int, (string Id, string PersonId)> describe, RecordId recordId, List<(ReviewCandidate Candidate, bool SharedNik)> review)
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
                if (best is null || score > best.Value.Score) best = new Scored(score, slot);
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
