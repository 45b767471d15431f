using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// What a decision changes in the person index, as the same <see cref="IndexDelta"/> an ingest journals: every
/// upload it touched, replaced whole by its records after the decision (changed person ids and statuses; a
/// rejected record gone). Replacing uploads, not patching records, keeps the delta in the one form the journal,
/// the replay, the undo and the crash repair (which re-reads the named uploads from Records) already know.
/// </summary>
public static class DecisionIndexChange
{
    /// <param name="index">The index as it is before the decision (caught up, under the matching lease).</param>
    /// <param name="changed">The records the decision changed, as they are now: accepted ones stay in the index with
    /// their new person id and status, rejected ones (or ones without a person) leave it.</param>
    public static IndexDelta For(PersonIndex index, IReadOnlyList<KnownRecord> changed)
    {
        var uploads = new List<UploadReplacement>();
        foreach (var upload in changed.GroupBy(r => r.RecordId.UploadKey, StringComparer.Ordinal))
        {
            var byRow = upload.ToDictionary(r => r.RecordId.SourceRow);
            var records = index.RecordsOf(upload.Key).Where(r => !byRow.ContainsKey(r.SourceRow)).ToList();
            records.AddRange(upload.Where(r => r.Status.IsMatched() && r.PersonId.Length > 0));
            records.Sort((a, b) => a.RecordId.CompareTo(b.RecordId));
            uploads.Add(new UploadReplacement(upload.Key, index.PathOf(upload.Key) ?? upload.First().SourceLabel, records));
        }

        return new IndexDelta(uploads, []);
    }
}
