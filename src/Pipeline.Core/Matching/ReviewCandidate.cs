using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>A pair an administrator must decide on.</summary>
/// <param name="Candidate">The other side: a stored record or a register participant.</param>
public sealed record ReviewCandidate(RecordId RecordId, CandidateRef Candidate, string? CandidatePersonId, double Score, string Explanation);
