namespace Pipeline.Core.Matching;

/// <summary>An accepted record from an earlier upload or an earlier row of this upload.</summary>
/// <param name="SourceLabel">The file it came from, as officials know it (compared to tell "this file" from "another file").</param>
/// <param name="SourceRow">Its 1-based sheet row, named in duplicate messages.</param>
public sealed record KnownRecord(string RecordId, string PersonId, string SourceLabel, MatchFields Fields, int? SourceRow = null);

/// <summary>A participant of the BPJS Ketenagakerjaan register.</summary>
public sealed record Participant(string Kpj, string? MembershipStatus, MatchFields Fields);

/// <summary>A pair an administrator must decide on.</summary>
/// <param name="CandidateRecordId">The other record's id, or "KPJ:" + participant number for register candidates.</param>
public sealed record ReviewCandidate(string RecordId, string CandidateRecordId, string? CandidatePersonId, double Score, string Explanation);
