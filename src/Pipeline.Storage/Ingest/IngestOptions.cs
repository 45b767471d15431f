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

    public void Validate()
    {
        if (string.IsNullOrEmpty(Scope) || Scope.Length > 63 || Scope.Any(c => c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '-')))
        {
            throw new InvalidOperationException($"{SectionName}__Scope must be 1-63 lower-case letters, digits or '-'.");
        }
    }
}
