using System.Text.Json;
using Pipeline.Storage.Review;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// One change of the funded cohort as written ahead (<c>reference/cohort/{scope}/journal/{version}.json</c>): the rows
/// to write, the rows to delete (the partitions people left) and the audit entries, complete, so that whoever finds
/// it pending redoes exactly it, and another process catching up replays it into its view.
/// </summary>
public sealed class CohortJournalEntry
{
    public List<CohortEntity> Upserts { get; set; } = [];

    /// <summary>Partition and row of each row to delete.</summary>
    public List<string[]> Deletes { get; set; } = [];

    public List<AuditLog.Entry> Audit { get; set; } = [];

    /// <summary>
    /// The kept counts the change touches, as they are once it is made (values, not steps); null in an entry written
    /// before the counts were kept, which makes whoever reads it recount.
    /// </summary>
    public List<CohortCountEntity>? Counts { get; set; }

    /// <summary>Whether the entry changes the cohort's rows (an entry of audit entries only does not).</summary>
    public bool MovesPeople => Upserts.Count > 0 || Deletes.Count > 0;

    private static readonly JsonSerializerOptions Json = new() { IgnoreReadOnlyProperties = true };

    public BinaryData ToBytes() => BinaryData.FromObjectAsJson(this, Json);

    public static CohortJournalEntry FromBytes(BinaryData data) =>
        data.ToObjectFromJson<CohortJournalEntry>(Json) ?? throw new InvalidDataException("An empty cohort journal entry.");
}
