namespace Pipeline.Core.Matching;

/// <summary>An accepted record from an earlier upload or an earlier row of this upload.</summary>
/// <param name="SourceLabel">The file it came from, as officials know it (compared to tell "this file" from "another file").</param>
/// <param name="SourceRow">Its 1-based sheet row, named in duplicate messages.</param>
public sealed record KnownRecord(string RecordId, string PersonId, string SourceLabel, MatchFields Fields, int? SourceRow = null);
