using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// One list prepared for BPJS in the <c>Exports</c> table (a registration list, or a stop list): a frozen snapshot
/// whose workbook is written once, that an approver other than its preparer releases.
/// </summary>
/// <remarks>
/// PartitionKey = <c>export</c> (a handful of rows a month); RowKey = the export id. Status: <c>draft</c>, then
/// <c>releasing</c> (claimed by an approver: the cohort change that moves its people is being written), then
/// <c>released</c>. A release that a crash interrupted is finished by the next call on the lists
/// (<see cref="ListReleaser.CompleteInterruptedAsync"/>).
/// </remarks>
public sealed class ExportEntity : ITableEntity
{
    public const string Partition = "export";
    public const string Draft = "draft";
    public const string Releasing = "releasing";
    public const string Released = "released";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary><c>registration</c> or <c>stop</c> (<see cref="Core.Review.ListKind"/>).</summary>
    public string Kind { get; set; } = "registration";

    public string Status { get; set; } = Draft;
    public string PreparedBy { get; set; } = "";
    public string? PreparedByName { get; set; }
    public DateTimeOffset PreparedAt { get; set; }

    /// <summary>The PERIODE column's date (yyyy-MM-dd, the preparation day in WIB).</summary>
    public string Period { get; set; } = "";
    public int People { get; set; }

    /// <summary>Of <see cref="People"/>, the lapsed participants on the reactivation sheet.</summary>
    public int Reactivations { get; set; }

    /// <summary>Records still under review when the list was made (records, as every page counts them); they are not in it.</summary>
    public int PendingReviewRecords { get; set; }

    /// <summary>Who decided about the people on this list, ';'-separated ids: they may not release it.</summary>
    public string Deciders { get; set; } = "";

    public string? ReleasedBy { get; set; }
    public string? ReleasedByName { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Why the last attempt to release it was refused because the list went stale (Indonesian), if it was.</summary>
    public string? ReleaseRefusal { get; set; }

    /// <summary>Blob names in the reports container: the workbook, and the people with their listing fingerprints.</summary>
    public string XlsxPath { get; set; } = "";
    public string PersonsPath { get; set; } = "";
    public string FileName { get; set; } = "";

    [IgnoreDataMember]
    public IReadOnlyList<string> DeciderIds => Deciders.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
