namespace Pipeline.Storage.Ingest;

/// <summary>What happened to one upload; the CLI's uploads.csv and the function's log line are made of it.</summary>
public sealed record IngestOutcome(
    string UploadPath,
    string UploadKey,
    string Status,
    int Rows,
    string? IssueCode,
    string? Message,
    string ResultPath,
    bool Skipped)
{
    public const string Processed = "processed";
    public const string Failed = "failed";
    public const string Processing = "processing";
}
