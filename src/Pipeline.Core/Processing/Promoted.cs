using Pipeline.Core.Cohort;
using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>
/// A listing of another upload that becomes its person's primary listing, with everything that decides what it
/// becomes (its kind, and its person's place in the funded cohort), so that storage applies it and the person index
/// records the same status.
/// </summary>
public sealed record Promoted(RecordId RecordId, PrimaryListings.Promotion Promotion, CohortMember? Member)
{
    /// <summary>The status the listing ends with (what the person index and the recount say).</summary>
    public RecordStatus Status => CohortListings.For(Promotion.To, duplicateInFile: false, Promotion.Kpj, Member)?.Status ?? Promotion.To;

    /// <summary>Promotes the stored record, as read back: the domain's change, which storage writes.</summary>
    public void ApplyTo(WorkerRecord record)
    {
        PrimaryListings.Promote(record, Promotion);
        CohortListings.Apply(record, Member);
    }
}
