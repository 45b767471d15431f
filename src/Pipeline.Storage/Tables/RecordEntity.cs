using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// One row per data row in the <c>Records</c> table, the source of truth of what ingest concluded.
/// </summary>
/// <remarks>
/// PartitionKey = the upload key (the exact upload path, encoded), RowKey = the sheet row, zero-padded
/// (<see cref="Pipeline.Core.Model.RecordId"/>). All rows of one file share a partition, so they are written in
/// 100-entity transactions, read back in sheet order with one partition scan, and a new version of the file
/// replaces exactly its own rows. The person index is derived from these rows and can always be rebuilt from
/// them (<see cref="RecordStore.ReadPersonIndexAsync"/>).
/// </remarks>
public sealed class RecordEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The matching scope (regency) the row belongs to: a scope's index is rebuilt from its rows only.</summary>
    public string Scope { get; set; } = "";

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

    /// <summary>Issue codes, ';'-separated, as in records.csv: for people and filters, never parsed back.</summary>
    public string Issues { get; set; } = "";

    /// <summary>The issues as JSON (code, severity, field, message): what a record is mapped back from.</summary>
    public string? IssueList { get; set; }

    /// <summary>The row's values as typed, by field, as JSON.</summary>
    public string? Raw { get; set; }

    /// <summary>Everything the exports show: all columns but the typed values (<see cref="Raw"/>).</summary>
    public static readonly IReadOnlyList<string> ExportColumns =
    [
        "PartitionKey", "RowKey", "UploadPath", "SourceRow", "Status", "PersonId", "Kpj", "Nik", "NoKk", "Name", "NameTitles", "NameKey", "BirthPlace",
        "BirthDate", "Sex", "KecamatanCode", "DesaCode", "Phone", "Occupation", "Age", "Issues", "IssueList",
    ];

    /// <summary>The columns the person index is built from: read with a projection, not whole entities.</summary>
    public static readonly IReadOnlyList<string> IndexColumns =
        ["PartitionKey", "RowKey", "UploadPath", "SourceRow", "Status", "PersonId", "Nik", "Name", "NameKey", "BirthDate", "Sex", "DesaCode", "Phone"];
}
