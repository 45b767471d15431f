using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Participants;

/// <summary>
/// One BPJS participant of one register snapshot in the <c>Participants</c> table.
/// </summary>
/// <remarks>
/// PartitionKey = the snapshot id (a hash of the export's content): a new export is written beside the old
/// one, the pointer in <c>PipelineState</c> is switched in one write, and only then is the old partition
/// deleted, so ingest never sees half a register. The whole current snapshot is read with one partition scan.
/// RowKey = the KPJ (digits only), so review finds a participant with one point read; the export row stays in
/// <see cref="SourceRow"/> for the register's report. Snapshots whose id starts with <c>s</c> were keyed by export row.
/// </remarks>
public sealed class ParticipantEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kpj { get; set; } = "";
    public string? Nik { get; set; }
    public string? Name { get; set; }
    public string? NameKey { get; set; }
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? MembershipStatus { get; set; }
    public int SourceRow { get; set; }
}
