using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Door;

/// <summary>
/// One village upload link in the <c>UploadLinks</c> table. Only <see cref="UploadLinkStore"/> reads and writes it.
/// </summary>
/// <remarks>
/// PartitionKey = <c>link</c> (a regency has a few hundred links at most: one partition, listed in one scan, created
/// in batches of 100); RowKey = the SHA-256 of the token, so opening a link is one point read. The token itself is
/// never stored.
/// </remarks>
public sealed class UploadLinkEntity : ITableEntity
{
    public const string LinkPartition = "link";

    public string PartitionKey { get; set; } = LinkPartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string KecamatanCode { get; set; } = "";
    public string DesaCode { get; set; } = "";

    /// <summary>The first instant the link no longer works (midnight WIB after its last day).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The admin's object id and display name.</summary>
    public string CreatedBy { get; set; } = "";
    public string? CreatedByName { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedBy { get; set; }
    public string? RevokedByName { get; set; }
}
