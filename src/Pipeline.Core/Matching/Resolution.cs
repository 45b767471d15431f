using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>What <see cref="PersonResolver"/> decided for one record (also written onto the record itself).</summary>
/// <param name="MatchedRecordId">The known record (Duplicate) or "KPJ:..." (Enrolled) it matched, if any.</param>
/// <param name="Explanation">Why, in Indonesian, for the match or best review candidate.</param>
public sealed record Resolution(
    RecordStatus Status,
    string? PersonId,
    string? Kpj,
    string? MatchedRecordId,
    string? Explanation,
    IReadOnlyList<ReviewCandidate> ReviewCandidates);
