using Pipeline.Core.Budget;

namespace Pipeline.Core.Results;

/// <summary>What the summary sheet says about the upload itself, and the schedule its budget figure comes from.</summary>
public sealed record UploadReport(string UploadPath, DateTimeOffset ProcessedAt, ContributionSchedule Contributions);
