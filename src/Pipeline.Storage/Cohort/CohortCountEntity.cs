using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// One kept count of the funded cohort in the <c>CohortCounts</c> table: how many people stand in one state, in one
/// desa, with the same funded months (<see cref="Core.Cohort.CohortCountKey"/>).
/// </summary>
/// <remarks>
/// PartitionKey = the scope, RowKey = the key's parts joined by <c>|</c> (each escaped), so the whole cohort's figures are
/// one small partition. The parts are kept as columns too: nothing is parsed back out of the row key. Months are
/// <c>yyyy-MM</c>. Written by <see cref="CohortLedger"/> in the same journalled change as the rows it counts.
/// </remarks>
public sealed class CohortCountEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The state's code (<c>candidate</c> …); null on the row that says the counts are built.</summary>
    public string? State { get; set; }
    public string? KecamatanCode { get; set; }
    public string? DesaCode { get; set; }
    public string? FundedFrom { get; set; }
    public string? EndedFrom { get; set; }
    public int People { get; set; }
}
