using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>An accepted record from an earlier upload or an earlier row of this upload.</summary>
/// <param name="SourceLabel">The file it came from, as officials know it (compared to tell "this file" from "another file").</param>
/// <param name="Status">Its status as stored: the listings that keep one <c>new</c> per person read it.</param>
public sealed record KnownRecord(RecordId RecordId, string PersonId, string SourceLabel, MatchFields Fields, RecordStatus Status = RecordStatus.New)
{
    /// <summary>Its 1-based sheet row, named in duplicate messages.</summary>
    public int SourceRow => RecordId.SourceRow;
}
