using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>What <see cref="PersonResolver"/> decided for one record (also written onto the record itself).</summary>
/// <param name="Matched">The known record (Duplicate) or register participant (Enrolled) it matched, if any.</param>
/// <param name="Explanation">Why, in Indonesian, for the match or best review candidate.</param>
public sealed record Resolution(
    RecordStatus Status,
    string? PersonId,
    string? Kpj,
    CandidateRef? Matched,
    string? Explanation,
    IReadOnlyList<ReviewCandidate> ReviewCandidates);
