namespace Pipeline.Core.Results;

/// <summary>What the summary sheet says about the upload itself.</summary>
public sealed record UploadReport(string UploadPath, DateTimeOffset ProcessedAt, decimal MonthlyContribution);
