using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// One administrator's decision in the <c>Decisions</c> table, remembered for every later upload.
/// </summary>
/// <remarks>
/// PartitionKey = <c>pair</c> (same / different) or <c>reject</c>; RowKey = the identity pair's key or the
/// rejected identity's key, so a decision is found by who the records say they are, never by upload row, and
/// deciding the same pair again overwrites one row. A process reads the whole table once, into the decision book it
/// keeps (<see cref="DecisionBookCache"/>), and then only the rows the decision log names.
/// </remarks>
public sealed class DecisionEntity : ITableEntity
{
    public const string PairPartition = "pair";
    public const string RejectPartition = "reject";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>same, different or reject.</summary>
    public string Kind { get; set; } = "";
    public string? SubjectNik { get; set; }
    public string? SubjectNameKey { get; set; }
    public string? SubjectBirthDate { get; set; }
    public string? OtherNik { get; set; }
    public string? OtherNameKey { get; set; }
    public string? OtherBirthDate { get; set; }
    public string? OtherKpj { get; set; }
    public string ReasonCode { get; set; } = "";
    public string? Note { get; set; }
    public string DecidedBy { get; set; } = "";
    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The review item it was decided on (its first record under review), for the audit trail.</summary>
    public string? ReviewItem { get; set; }

    /// <summary>
    /// For <c>same</c>: the merged person's identity as the reviewer chose it field by field (dates yyyy-MM-dd, sex L/P);
    /// the list for BPJS carries these values for the person, whichever listing is its primary one.
    /// </summary>
    public string? ChosenNik { get; set; }
    public string? ChosenName { get; set; }
    public string? ChosenBirthDate { get; set; }
    public string? ChosenSex { get; set; }
    public string? ChosenBirthPlace { get; set; }
}
