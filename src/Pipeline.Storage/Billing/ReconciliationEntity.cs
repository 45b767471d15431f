using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Billing;

/// <summary>
/// One reconciled bill in the <c>Reconciliations</c> table: its period, the bill's hash, the count of each code, the
/// money (billed, to pay, disputed, follow-ups), where its files are, and the payment once an approver records it.
/// </summary>
/// <remarks>
/// PartitionKey = the scope (a handful of rows a month); RowKey = <c>{period}_{hash prefix}</c>, so the same bill for
/// the same period is one row however often it arrives (a replay changes nothing), and a corrected bill for the same
/// period is a row of its own beside the first. Money is kept as invariant decimal text: tables have no decimal type
/// and a rupiah figure must not pass through a double.
/// </remarks>
public sealed class ReconciliationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary><c>2027-01</c> or <c>2027-01..2027-03</c>.</summary>
    public string Period { get; set; } = "";

    /// <summary>The bill as the official knows it: its path in reference/, or <c>unggah/{name}</c>, or the CLI's file name.</summary>
    public string SourcePath { get; set; } = "";

    /// <summary>SHA-256 of the bill's bytes.</summary>
    public string Hash { get; set; } = "";

    public DateTimeOffset ReconciledAt { get; set; }
    public string ReconciledBy { get; set; } = "";
    public string? ReconciledByName { get; set; }

    public int BilledRows { get; set; }
    public int FundedPeople { get; set; }

    /// <summary>JSON object: code text (<c>COCOK</c> ...) → outcomes.</summary>
    public string Counts { get; set; } = "{}";

    public string Billed { get; set; } = "0";

    /// <summary>Billed on rows that match (<c>COCOK</c>).</summary>
    public string Matched { get; set; } = "0";
    public string Expected { get; set; } = "0";
    public string ToPay { get; set; } = "0";
    public string Disputed { get; set; } = "0";
    public string Underbilled { get; set; } = "0";
    public string NotBilledValue { get; set; } = "0";

    /// <summary>Blob names in the reports container.</summary>
    public string WorkbookPath { get; set; } = "";
    public string CsvPath { get; set; } = "";

    /// <summary>yyyy-MM-dd, set once an approver records the payment.</summary>
    public string? PaidOn { get; set; }
    public string? PaidAmount { get; set; }
    public string? PaidBy { get; set; }
    public string? PaidByName { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
    public string? PaymentNote { get; set; }
}
