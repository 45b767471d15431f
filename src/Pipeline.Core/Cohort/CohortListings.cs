using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Review;

namespace Pipeline.Core.Cohort;

/// <summary>
/// What a listing of a person shows because of the person's place in the funded cohort: the one rule, used when an
/// upload is matched, when a listing is promoted, and when the cohort changes under stored listings (a confirmation,
/// an end).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Funded: every listing that would stand for the person or repeat them from another list (<c>new</c>,
/// <c>reactivate</c>, <c>enrolled</c>, a duplicate of another file) is <c>funded</c> with "Sudah dibiayai Pemda sejak
/// …, KPJ …" and the confirmed KPJ: never <c>new</c> again, and a register export showing them AKTIF does not make them
/// <c>enrolled</c>. A second row of the same person in one file stays a duplicate: the village should delete it.</item>
/// <item>Refused or ended: those listings are <c>unfunded</c>, with BPJS's reason or the month and reason of the end.</item>
/// <item>Submitted (on a released list, not yet confirmed): the listing keeps its status (<c>new</c> or
/// <c>reactivate</c>, still money the regency commits) and says on which list and date it went out; it is never on
/// another list, because lists are prepared from the cohort's candidates only.</item>
/// <item>Candidate, withdrawn or not in the cohort: matching decides alone.</item>
/// </list>
/// </remarks>
public static class CohortListings
{
    /// <summary>What a listing becomes, or null when the cohort does not change what matching concluded.</summary>
    /// <param name="Kpj">The KPJ the listing carries afterwards.</param>
    public sealed record Outcome(RecordStatus Status, string? Kpj, Issue? Notice);

    /// <param name="status">What matching (or a decision) concluded for the listing.</param>
    /// <param name="duplicateInFile">The listing repeats a row of its own file.</param>
    /// <param name="kpj">The KPJ it carries now.</param>
    public static Outcome? For(RecordStatus status, bool duplicateInFile, string? kpj, CohortMember? member)
    {
        var standsOrRepeats = status is RecordStatus.New or RecordStatus.Reactivate or RecordStatus.Enrolled or RecordStatus.Funded or RecordStatus.Unfunded
                              || (status == RecordStatus.Duplicate && !duplicateInFile);
        return member?.State switch
        {
            CohortState.Funded when standsOrRepeats => new Outcome(RecordStatus.Funded, member.Kpj ?? kpj, CohortNotices.Funded(member)),
            CohortState.Refused when standsOrRepeats => new Outcome(RecordStatus.Unfunded, member.Kpj ?? kpj, CohortNotices.Refused(member)),
            CohortState.Ended when standsOrRepeats => new Outcome(RecordStatus.Unfunded, member.Kpj ?? kpj, CohortNotices.Ended(member)),
            CohortState.Submitted when status is RecordStatus.New or RecordStatus.Reactivate => new Outcome(status, kpj, CohortNotices.Submitted(member)),
            _ => null,
        };
    }

    /// <summary>Applies <see cref="For"/> to a record: its status, KPJ and messages (the earlier cohort messages replaced).</summary>
    /// <returns>True when the record changed.</returns>
    public static bool Apply(WorkerRecord record, CohortMember? member)
    {
        if (Settle(record.Status, record.Kpj, record.Issues, member, out var stale) is not { } outcome)
        {
            return stale;
        }

        (record.Status, record.Kpj) = (outcome.Status, outcome.Kpj);
        return true;
    }

    /// <summary>
    /// The cohort's rule over the listings a decision looked at (<see cref="ReviewOutcome.Considered"/>): what the
    /// decision concluded gives way to what the cohort says of the people (a funded person is never <c>new</c> again, a
    /// refused one stays <c>unfunded</c>). Run under the matching lease, with the cohort caught up.
    /// </summary>
    /// <param name="memberOf">The person's place in the cohort, if any.</param>
    /// <returns>The outcome with every listing that changed, by the decision or by this rule.</returns>
    public static ReviewOutcome Apply(ReviewOutcome outcome, Func<PersonId, CohortMember?> memberOf)
    {
        var changed = outcome.Changed.ToHashSet();
        foreach (var listing in outcome.Considered)
        {
            var before = listing.State;
            Apply(listing, listing.PersonId is { } person ? memberOf(person) : null);
            if (!Equals(before, listing.State))
            {
                changed.Add(listing);
            }
        }

        return outcome with { Changed = [.. outcome.Considered.Where(changed.Contains)] };
    }

    /// <summary>Applies <see cref="For"/> to a stored listing: its status, KPJ and messages (the earlier cohort messages replaced).</summary>
    private static void Apply(Listing listing, CohortMember? member)
    {
        if (Settle(listing.Status, listing.Kpj, listing.Issues, member, out _) is { } outcome)
        {
            (listing.Status, listing.Kpj) = (outcome.Status, outcome.Kpj);
        }
    }

    /// <summary>
    /// The messages half of both <c>Apply</c>s (a record at ingest, a stored listing afterwards): the earlier cohort
    /// messages go, and when the cohort has a word its notice comes, with the matching messages it makes moot.
    /// </summary>
    /// <param name="stale">Whether earlier cohort messages were removed.</param>
    /// <returns>The status and KPJ to take, or null when the cohort does not change what matching concluded.</returns>
    private static Outcome? Settle(RecordStatus status, string? kpj, List<Issue> issues, CohortMember? member, out bool stale)
    {
        stale = issues.RemoveAll(i => IssueCatalog.IsCohortCode(i.Code)) > 0;
        var outcome = For(status, issues.Exists(i => i.Code == IssueCatalog.DuplicateInFile.Code), kpj, member);
        if (outcome is null)
        {
            return null;
        }

        if (outcome.Status != status && outcome.Status is RecordStatus.Funded or RecordStatus.Unfunded)
        {
            // The listing now says what the cohort says; what matching said about the register or another list is moot.
            issues.RemoveAll(i => Superseded(i.Code));
        }

        if (outcome.Notice is { } notice)
        {
            issues.Add(notice);
        }

        return outcome;
    }

    /// <summary>
    /// Lets rows the cohort knows carry the person id it knows them by, when matching gave them a fresh one: a row
    /// that found a KPJ of the cohort (the register now shows a funded person under the KPJ BPJS gave them), or whose
    /// NIK and birth date are a cohort member's (a person whom every list had dropped, listed again). Otherwise a
    /// funded person listed anew would look new, or merely enrolled, and be proposed and paid for twice.
    /// </summary>
    /// <returns>How many person ids were replaced.</returns>
    public static int AdoptCohortIds(IReadOnlyList<WorkerRecord> rows, CohortView? cohort)
    {
        if (cohort is null || cohort.Count == 0)
        {
            return 0;
        }

        var replace = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is { PersonId: { } id, Status: RecordStatus.New or RecordStatus.Reactivate or RecordStatus.Enrolled } && cohort.Find(id) is null
                && (cohort.FindByKpj(row.Kpj) ?? cohort.FindByIdentity(row.Nik, row.BirthDate)) is { } member)
            {
                replace.TryAdd(id, member.PersonId);
            }
        }

        foreach (var row in rows)
        {
            if (row.PersonId is { } id && replace.TryGetValue(id, out var known))
            {
                row.PersonId = known;
            }
        }

        return replace.Count;
    }

    /// <summary>
    /// What a duplicate becomes when it is promoted to stand for its person: a candidate's kind (with the reactivation
    /// message and KPJ the cohort kept), else <c>new</c>.
    /// </summary>
    public static PrimaryListings.Promotion Promotion(CohortMember? member) =>
        member is { Kind: RecordStatus.Reactivate, State: CohortState.Candidate or CohortState.Withdrawn or CohortState.Submitted }
            ? new PrimaryListings.Promotion(RecordStatus.Reactivate, CohortNotices.Reactivate(member), member.Kpj)
            : PrimaryListings.Promotion.ToNew;

    private static bool Superseded(string code) =>
        code == IssueCatalog.EnrolledBpjs.Code || code == IssueCatalog.DuplicateOtherFile.Code || code == IssueCatalog.ReactivateLapsed.Code;
}
