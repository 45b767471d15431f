using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>A pair an administrator must decide on.</summary>
/// <param name="CandidateRecordId">The other record's id (<see cref="Model.RecordId"/> text), or "KPJ:" + participant number for register candidates.</param>
public sealed record ReviewCandidate(RecordId RecordId, string CandidateRecordId, string? CandidatePersonId, double Score, string Explanation);
