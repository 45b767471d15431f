namespace Pipeline.Storage.Ingest;

/// <summary>Policy of ingest beyond reading and matching, bound from configuration section "Ingest".</summary>
public sealed class IngestOptions
{
    public const string SectionName = "Ingest";

    /// <summary>
    /// The matching scope: the uploads whose people are matched against each other, under one lease and one
    /// person index (one regency). Lower-case letters, digits and '-'. Deployments of several regencies on one
    /// account give each its own scope, so their uploads never wait for each other.
    /// </summary>
    public string Scope { get; set; } = "labuhanbatu-utara";

    /// <summary>How long an upload waits for the scope's matching lease before it gives up (and is retried).</summary>
    public TimeSpan LeaseWait { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Journal entries after which the holder writes a new snapshot of the person index.</summary>
    public int SnapshotEvery { get; set; } = 64;

    /// <summary>Files the CLI reads side by side; 0 means one per processor.</summary>
    public int Parallelism { get; set; }

    /// <summary>
    /// Attempts the platform makes at one blob before it moves the blob's message to the poison queue: keep equal to
    /// <c>extensions.blobs.poisonBlobThreshold</c> in host.json (a test checks). The attempt that reaches it records
    /// a failure as <c>failed</c> (<c>FILE_RETRIES_EXHAUSTED</c>) before the error goes on to the platform; an attempt
    /// beyond it (the same content delivered again) is refused at once with the same code.
    /// </summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// The longest one attempt can live: host.json's <c>functionTimeout</c> (a test checks). An <c>Uploads</c> row still
    /// at <c>processing</c> after this was left by an attempt that died (its process was killed, or storage was down
    /// when it tried to record the failure): <see cref="Tables.UploadEntity.IsStalled"/>.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromMinutes(30);

    public void Validate()
    {
        if (string.IsNullOrEmpty(Scope) || Scope.Length > 63 || Scope.Any(c => c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
        {
            throw new InvalidOperationException($"{SectionName}__Scope must be 1-63 lower-case letters, digits or '-'.");
        }

        if (MaxAttempts < 1)
        {
            throw new InvalidOperationException($"{SectionName}__MaxAttempts must be at least 1.");
        }
    }
}
