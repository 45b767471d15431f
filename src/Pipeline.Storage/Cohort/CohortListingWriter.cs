using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Index;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// Makes stored listings say what the cohort now says about their people (confirmed: <c>funded</c>; refused or ended:
/// <c>unfunded</c> with the reason; proposed again: a candidate once more), so that each village's result workbook tells
/// it at once, not only with its next upload. Written as a decision is: the person index change journalled and marked
/// pending, the rows written, the uploads recounted from their rows, the change committed.
/// </summary>
/// <remarks>Under the matching lease, after the cohort change. Returns the uploads whose result workbooks to write again after the lease.</remarks>
public sealed class CohortListingWriter(PersonIndexCache persons, RecordStore records, UploadStore uploads)
{
    public async Task<IReadOnlyList<string>> ApplyAsync(IReadOnlyCollection<CohortMember> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return [];
        }

        var index = await persons.CatchUpAsync(cancellationToken);
        var byPerson = members.GroupBy(m => m.PersonId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var changed = new List<(RecordEntity Entity, WorkerRecord Record)>();
        var people = index.ListingsOf(byPerson.Keys.ToHashSet(StringComparer.Ordinal)).GroupBy(l => l.PersonId, StringComparer.Ordinal)
            .Select(person => (Person: person, Listings: person.OrderBy(l => l.RecordId).ToList())).ToList();

        // Every listing read first, a few at a time (RecordStore.GetManyAsync), then handled in the same order as before.
        var stored = await records.GetManyAsync(people.SelectMany(p => p.Listings).Select(l => l.RecordId).ToList(), cancellationToken);
        var next = 0;
        foreach (var (person, listings) in people)
        {
            var member = byPerson[person.Key];
            var primaryTaken = false;
            foreach (var listing in listings)
            {
                if (stored[next++] is not { } entity)
                {
                    continue;
                }

                var record = RecordMapper.ToRecord(entity);
                if (Rewrite(record, member, listing.RecordId, person.First().RecordId, ref primaryTaken))
                {
                    changed.Add((entity, record));
                }
            }
        }

        if (changed.Count == 0)
        {
            return [];
        }

        var delta = DecisionIndexChange.For(index, changed.Select(c => new KnownRecord(
            RecordMapper.IdOf(c.Entity), c.Record.PersonId ?? "", c.Entity.UploadPath, RecordMapper.MatchFieldsOf(c.Entity), c.Record.Status)).ToList());
        var undo = index.Apply(delta);
        try
        {
            await persons.BeginAsync(delta, cancellationToken);
            await records.ReplaceManyAsync(changed, cancellationToken);

            foreach (var upload in changed.GroupBy(c => c.Entity.PartitionKey, StringComparer.Ordinal))
            {
                await uploads.RecountStatusesAsync(upload.First().Entity.UploadPath, await records.CountStatusesAsync(upload.Key, cancellationToken), cancellationToken);
            }

            await persons.CommitAsync(delta, cancellationToken);
        }
        catch
        {
            persons.Revert(undo);
            throw;
        }

        return changed.Select(c => c.Entity.UploadPath).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A person proposed again: their first listing stands for them once more (as the kind they were proposed as),
    /// the others repeat it. Anyone else: the cohort's rule (<see cref="CohortListings.Apply(WorkerRecord, CohortMember?)"/>).
    /// </summary>
    private static bool Rewrite(WorkerRecord record, CohortMember member, RecordId id, RecordId first, ref bool primaryTaken)
    {
        if (member.State != CohortState.Candidate || record.Status != RecordStatus.Unfunded)
        {
            return CohortListings.Apply(record, member);
        }

        record.Issues.RemoveAll(i => IssueCatalog.IsCohortCode(i.Code));
        if (!primaryTaken)
        {
            primaryTaken = true;
            var promotion = CohortListings.Promotion(member);
            Core.Processing.PrimaryListings.Promote(record, promotion);
        }
        else
        {
            record.Status = RecordStatus.Duplicate;
            record.Issues.Add(id.UploadKey == first.UploadKey
                ? MatchNotices.DuplicateInFile(first.SourceRow, "diputuskan admin kabupaten")
                : MatchNotices.ListedElsewhere(PersonId.Parse(member.PersonId)));
        }

        return true;
    }
}
