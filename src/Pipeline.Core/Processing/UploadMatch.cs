using Pipeline.Core.Matching;

namespace Pipeline.Core.Processing;

/// <summary>
/// Everything <see cref="UploadMatcher"/> decided for one upload, as data for storage to write: nothing here is
/// decided again by the storage layer.
/// </summary>
public sealed class UploadMatch
{
    /// <summary>The upload's rows with their final statuses and person ids, and its review items.</summary>
    public required ProcessedList List { get; init; }

    /// <summary>Listings of other uploads that become their person's primary listing, and what they become.</summary>
    public required IReadOnlyList<Promoted> Promotions { get; init; }

    /// <summary>Every person this upload touched, as the funded cohort needs to know them afterwards.</summary>
    public IReadOnlyList<Cohort.ListedPerson> People { get; init; } = [];

    /// <summary>The counts of the uploads those promotions touched.</summary>
    public required IReadOnlyList<UploadRecount> Recounts { get; init; }

    /// <summary>True when an earlier version of this upload was stored: its rows that the new one lacks must go.</summary>
    public required bool ReplacesEarlierVersion { get; init; }

    /// <summary>What this ingest changes in the person index (already applied to the index that was passed in).</summary>
    public required IndexDelta Delta { get; init; }

    /// <summary>Applied to the same index, puts it back as it was before matching (when the writes fail).</summary>
    public required IndexDelta Undo { get; init; }
}
