namespace Pipeline.Core.Matching;

/// <summary>A pair an administrator must decide on.</summary>
/// <param name="CandidateRecordId">The other record's id, or "KPJ:" + participant number for register candidates.</param>
public sealed record ReviewCandidate(string RecordId, string CandidateRecordId, string? CandidatePersonId, double Score, string Explanation);
