using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// One list prepared for BPJS in the <c>Exports</c> table: a frozen snapshot (its files are written once) that
/// an approver releases.
/// </summary>
/// <remarks>PartitionKey = <c>export</c> (a handful of rows a month); RowKey = the export id.</remarks>
public sealed class ExportEntity : ITableEntity
{
    public const string Partition = "export";
    public const string Draft = "draft";
    public const string Released = "released";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Status { get; set; } = Draft;
    public string PreparedBy { get; set; } = "";
    public string? PreparedByName { get; set; }
    public DateTimeOffset PreparedAt { get; set; }

    /// <summary>The PERIODE column's date (yyyy-MM-dd, the preparation day in WIB).</summary>
    public string Period { get; set; } = "";
    public int People { get; set; }

    /// <summary>Records still under review when the list was made (records, as every page counts them); they are not in it.</summary>
    public int PendingReviewRecords { get; set; }

    /// <summary>People left out because an earlier released list already carried them.</summary>
    public int AlreadyReleased { get; set; }

    /// <summary>Who decided review items of the records in this list, ';'-separated ids: they may not release it.</summary>
    public string Deciders { get; set; } = "";

    public string? ReleasedBy { get; set; }
    public string? ReleasedByName { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }

    /// <summary>Blob names in the reports container.</summary>
    public string XlsxPath { get; set; } = "";
    public string CsvPath { get; set; } = "";
    public string PersonsPath { get; set; } = "";
    public string FileName { get; set; } = "";

    [IgnoreDataMember]
    public IReadOnlyList<string> DeciderIds => Deciders.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
