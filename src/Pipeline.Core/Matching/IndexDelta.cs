using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>
/// A change to the <see cref="PersonIndex"/>, as data: what one ingest did to the known people. The matcher
/// returns it, storage journals it, and every process replays it to catch up; applying a delta returns the
/// delta that undoes it.
/// </summary>
/// <param name="Uploads">Uploads whose records are replaced as a whole (in order).</param>
/// <param name="StatusChanges">Records of other uploads whose status changed (a promotion to <c>new</c>).</param>
public sealed record IndexDelta(IReadOnlyList<UploadReplacement> Uploads, IReadOnlyList<StatusChange> StatusChanges)
{
    public static IndexDelta Empty { get; } = new([], []);

    public bool IsEmpty => Uploads.Count == 0 && StatusChanges.Count == 0;
}

/// <summary>
/// An upload's accepted records after an ingest. <paramref name="Records"/> null forgets the upload altogether
/// (the undo of its first ingest); an empty list keeps it known, with no accepted rows.
/// </summary>
public sealed record UploadReplacement(string UploadKey, string UploadPath, IReadOnlyList<KnownRecord>? Records);

/// <summary>A stored record's new status.</summary>
public sealed record StatusChange(RecordId RecordId, RecordStatus Status);
