using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One row per data row in the <c>Records</c> table.
/// </summary>
/// <remarks>
/// PartitionKey = the upload key (a hash of the upload path), RowKey = the sheet row, zero-padded. All rows of
/// one file share a partition, so they are written in 100-entity transactions, read back in sheet order with
/// one partition scan, and a new version of the file replaces exactly its own rows (upsert the new rows,
/// delete row keys the new version no longer has). The matching index reads the accepted rows of all
/// partitions with a projection of the match fields only.
/// </remarks>
public sealed class RecordEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string UploadPath { get; set; } = "";
    public int SourceRow { get; set; }
    public string Status { get; set; } = "";
    public string? PersonId { get; set; }
    public string? Kpj { get; set; }

    public string? Nik { get; set; }
    public string? NoKk { get; set; }
    public string? Name { get; set; }
    public string? NameTitles { get; set; }
    public string? NameKey { get; set; }
    public string? BirthPlace { get; set; }

    /// <summary>yyyy-MM-dd: a date without time zone, which a DateTimeOffset column would shift.</summary>
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? KecamatanCode { get; set; }
    public string? DesaCode { get; set; }
    public string? Phone { get; set; }
    public string? Occupation { get; set; }
    public int? Age { get; set; }

    /// <summary>Issue codes, ';'-separated, as in records.csv.</summary>
    public string Issues { get; set; } = "";

    /// <summary>The Indonesian messages, one per line (the Keterangan column).</summary>
    public string? Messages { get; set; }

    /// <summary>The row's values as typed, by field, as JSON.</summary>
    public string? Raw { get; set; }

    /// <summary>The columns the matching index needs: read with a projection, not whole entities.</summary>
    public static readonly IReadOnlyList<string> MatchColumns =
        ["PartitionKey", "RowKey", "UploadPath", "SourceRow", "Status", "PersonId", "Nik", "Name", "NameKey", "BirthDate", "Sex", "DesaCode", "Phone"];
}
