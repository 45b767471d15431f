using Pipeline.Core.Model;

namespace Pipeline.Core.Cohort;

/// <summary>
/// Keeps the funded cohort in step with the listings: after an ingest or a decision, each person it touched joins,
/// stays, refreshes, leaves or is flagged, as their listings now say. Decided here; storage writes the changes.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A person with a listing to be paid for (<c>new</c> or <c>reactivate</c>) is a candidate: proposed when new
/// to the cohort, again when withdrawn earlier, refreshed when that listing changed.</item>
/// <item>A candidate with no such listing any more (removed from the list, rejected, merged into another person,
/// under review again, found active in the register) is withdrawn: nothing was sent for them yet.</item>
/// <item>A submitted or funded person whom no list names any more, after their village's newest list dropped them,
/// is flagged for an administrator ("masih layak dibiayai?"): never ended by this. Listed again, the flag clears.</item>
/// </list>
/// </remarks>
public static class CohortSync
{
    /// <summary>
    /// Whether deciding needs the details of the person's primary listing: a person joining or returning to the
    /// candidates, or a candidate whose listing was written just now or is another one now (it may have changed).
    /// </summary>
    public static bool NeedsListing(ListedPerson person, CohortMember? member, bool writtenNow) =>
        person.Primary is { } primary
        && (member is null || member.State == CohortState.Withdrawn
            || (member.State == CohortState.Candidate && (writtenNow || member.ListingId != primary.ToString())));

    /// <param name="listing">The person's primary listing, when <see cref="NeedsListing"/> asked for it.</param>
    /// <param name="where">Where the change came from, for the trail ("daftar kualuh-hulu/aek-kanopan/daftar.xlsx").</param>
    public static CohortOutcome Decide(ListedPerson person, CohortListing? listing, CohortMember? member, string where, CohortActor actor, DateTimeOffset at)
    {
        if (person.Primary is not null)
        {
            if (member is null)
            {
                return listing is null ? CohortOutcome.Unchanged : new CohortOutcome(CohortMember.Propose(listing, actor, at, $"tercantum untuk dibiayai di {where}"), null);
            }

            if (listing is not null && member.TakeListing(listing, actor, at, $"tercantum untuk dibiayai di {where}") is { IsUnchanged: false } taken)
            {
                return taken;
            }

            return ClearIfListedAgain(member, where, actor, at);
        }

        if (member is null)
        {
            return CohortOutcome.Unchanged;
        }

        if (member.State == CohortState.Candidate)
        {
            var why = person.Standing is { } standing
                ? $"tidak lagi diusulkan: kini berstatus \"{standing.ToIndonesian()}\" ({where})"
                : $"tidak lagi tercantum di daftar mana pun (dihapus, ditolak atau digabung; {where})";
            return member.Withdraw(actor, at, why);
        }

        if (member.State is CohortState.Submitted or CohortState.Funded)
        {
            if (!person.Listed && person.DroppedFromUpload)
            {
                return member.Raise(CohortFlag.MissingFromList, $"tidak lagi tercantum di {where}", actor, at);
            }

            return person.Listed ? ClearIfListedAgain(member, where, actor, at) : CohortOutcome.Unchanged;
        }

        return CohortOutcome.Unchanged;
    }

    private static CohortOutcome ClearIfListedAgain(CohortMember member, string where, CohortActor actor, DateTimeOffset at) =>
        member.Flag == CohortFlag.MissingFromList ? member.Clear(actor, at, $"tercantum lagi di {where}") : CohortOutcome.Unchanged;
}
