using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// One line of the append-only <c>Audit</c> table: who did what, when, the state before and after, and why.
/// </summary>
/// <remarks>
/// PartitionKey = the month (yyyy-MM, UTC), so a month's trail is one partition scan and old months can be
/// archived whole; RowKey = inverted ticks + a suffix, so the newest entry comes first. Entries are inserted,
/// never updated: the app has no code path that modifies or deletes them. Before/After hold statuses and ids,
/// never a NIK, name or phone number.
/// </remarks>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The caller's stable id from the token (object id), or the development user.</summary>
    public string Actor { get; set; } = "";
    public string? ActorName { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>e.g. review.same, review.different, review.reject, export.prepare, export.release, role.assign.</summary>
    public string Action { get; set; } = "";

    /// <summary>What it was done to: a review item, an export id, a user id.</summary>
    public string Target { get; set; } = "";

    /// <summary>JSON: the state before.</summary>
    public string? Before { get; set; }

    /// <summary>JSON: the state after.</summary>
    public string? After { get; set; }

    /// <summary>The reason code and note given.</summary>
    public string? Why { get; set; }
}
