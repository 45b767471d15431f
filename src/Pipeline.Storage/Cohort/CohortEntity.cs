using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// One person of the funded cohort in the <c>Cohort</c> table: where they stand, who they are (for the list), and
/// every fact their states gathered (list, confirmation, refusal, end).
/// </summary>
/// <remarks>
/// PartitionKey = the state (<c>candidate</c>, <c>submitted</c>, <c>funded</c>, <c>refused</c>, <c>ended</c>,
/// <c>withdrawn</c>), RowKey = the person id. Preparing a list reads the <c>candidate</c> partition and nothing else;
/// a confirmation reads <c>submitted</c>; the bill and the budget read <c>funded</c> and <c>ended</c>. A change of state
/// moves the row: it is inserted in the new partition, then deleted from the old, under the matching lease and
/// behind a write-ahead journal entry (<see cref="CohortLedger"/>), so a crash between the two is redone, not left.
/// Months are <c>yyyy-MM</c>, dates <c>yyyy-MM-dd</c>: no time zone can shift them.
/// </remarks>
public sealed class CohortEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "new";
    public string? Kpj { get; set; }
    public string? RegisterStatus { get; set; }
    public string? ListingId { get; set; }
    public string? ListingKey { get; set; }

    public string? Nik { get; set; }
    public string? Name { get; set; }
    public string? NameKey { get; set; }
    public string? BirthPlace { get; set; }
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? Address { get; set; }
    public string? DesaCode { get; set; }
    public string? KecamatanCode { get; set; }
    public string? Phone { get; set; }
    public string? Occupation { get; set; }
    public string? NoKk { get; set; }

    public string? ExportId { get; set; }
    public string? SubmittedOn { get; set; }
    public string? FundedFrom { get; set; }
    public string? ConfirmedBy { get; set; }
    public string? Refusal { get; set; }
    public string? EndedFrom { get; set; }
    public string? EndReason { get; set; }
    public string? EndNote { get; set; }
    public string? EndedBy { get; set; }
    public string? StopExportId { get; set; }
    public string? Flag { get; set; }
    public string? FlagNote { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";
    public string? ChangedByName { get; set; }

    /// <summary>What the compact view reads: everything but who the person is, except the NIK and birth date they are known by.</summary>
    public static readonly IReadOnlyList<string> ViewColumns =
    [
        "Nik", "BirthDate",
        "PartitionKey", "RowKey", "Kind", "Kpj", "RegisterStatus", "ListingId", "ListingKey", "ExportId", "SubmittedOn", "FundedFrom", "ConfirmedBy",
        "Refusal", "EndedFrom", "EndReason", "EndNote", "EndedBy", "StopExportId", "Flag", "FlagNote", "ChangedAt", "ChangedBy", "ChangedByName",
    ];
}
