using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// How matching and ingest obey the decisions: the whole seam between review and the pipeline, so that
/// re-applying decisions at the next upload is two calls (one in the matcher, one in ingest).
/// </summary>
public static class DecisionRules
{
    /// <summary>
    /// A pair an administrator called the same person is a match, one they called two people is not, whatever
    /// the score says; an undecided pair keeps the model's outcome.
    /// </summary>
    public static MatchOutcome Adjust(this IDecisionBook? book, MatchFields record, MatchFields candidate, MatchOutcome outcome)
    {
        if (book is null)
        {
            return outcome;
        }

        return book.Verdict(PersonIdentity.Of(record), PersonIdentity.Of(candidate)) switch
        {
            PairVerdict.Same => MatchOutcome.Match,
            PairVerdict.Different => MatchOutcome.NonMatch,
            _ => outcome,
        };
    }

    /// <summary>
    /// Rejects a row whose identity an administrator rejected, with the reason, so the village sees why in its
    /// next result workbook. Rows already rejected or ineligible are left as they are.
    /// </summary>
    /// <returns>True when the row was rejected by a decision.</returns>
    public static bool ApplyRejection(this IDecisionBook? book, WorkerRecord record)
    {
        if (book is null || record.Status is RecordStatus.Rejected or RecordStatus.Ineligible || record.HasErrors)
        {
            return false;
        }

        if (book.RejectionOf(PersonIdentity.Of(record)) is not { } decision)
        {
            return false;
        }

        record.Status = RecordStatus.Rejected;
        record.PersonId = null;
        record.Issues.Add(RejectionIssue(decision.Reason, decision.Note));
        return true;
    }

    public static Issue RejectionIssue(Reason reason, string? note) => IssueCatalog.ReviewRejected.Create(reason.Label, note);
}
