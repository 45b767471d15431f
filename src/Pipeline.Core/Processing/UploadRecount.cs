using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>
/// New counts of another upload whose listings were promoted (its <c>duplicate</c> rows that became a person's only
/// listing), computed from the person index so that no table has to be re-read.
/// </summary>
/// <param name="Counts">The upload's rows per status among those the person index holds (<see cref="RecordStatusInfo.Matched"/>):
/// the rejected and ineligible rows are not in the index and are not recounted.</param>
public sealed record UploadRecount(string UploadKey, string UploadPath, StatusCounts Counts);
