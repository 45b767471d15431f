using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// Moves the funded cohort after listings changed (an ingest, a decision): asks the domain what each touched person's
/// listings mean for them (<see cref="CohortSync"/>) and journals the changes. Runs under the matching lease, after
/// <see cref="CohortLedger.CatchUpAsync"/>, in the same turn as the listings' writes.
/// </summary>
public sealed class CohortFollower(CohortLedger ledger, RecordStore records, TimeProvider time)
{
    /// <param name="people">Every person the listings' change touched, as they are listed now.</param>
    /// <param name="writtenNow">The records written in this turn, by id (their details are current and in memory).</param>
    /// <param name="where">Where the change came from, for the trail.</param>
    /// <returns>The changes made.</returns>
    public async Task<IReadOnlyList<CohortChange>> FollowAsync(
        CohortView view, IReadOnlyList<ListedPerson> people, IReadOnlyDictionary<RecordId, WorkerRecord> writtenNow, string where, CohortActor actor,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var changes = new List<CohortChange>();
        foreach (var person in people)
        {
            var member = view.Find(person.PersonId);
            CohortListing? listing = null;
            if (person.Primary is { } primary)
            {
                var written = writtenNow.GetValueOrDefault(primary);
                if (CohortSync.NeedsListing(person, member, written is not null))
                {
                    var record = written ?? (await records.GetAsync(primary, cancellationToken) is { } stored ? RecordMapper.ToRecord(stored) : null);
                    listing = record is null ? null : CohortListing.Of(primary, record);
                }
            }

            if (CohortSync.Decide(person, listing, member, where, actor, now).Change is { } change)
            {
                changes.Add(change);
            }
        }

        await ledger.ApplyAsync(changes, [], cancellationToken);
        return changes;
    }
}
