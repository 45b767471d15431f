using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// Which kecamatan a viewer (a camat) may see: a row per user in the <c>RoleAssignments</c> table, kept by an admin.
/// </summary>
/// <remarks>
/// PartitionKey = <c>user</c>; RowKey = the user's object id from Entra ID (the <c>oid</c> claim), which does
/// not change when the user is renamed. The roles themselves come from the token (app roles); only the
/// kecamatan lives here, because Entra app roles cannot carry it.
/// </remarks>
public sealed class RoleAssignmentEntity : ITableEntity
{
    public const string UserPartition = "user";

    public string PartitionKey { get; set; } = UserPartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>Kemendagri kecamatan code, six digits (e.g. 122301 Kualuh Hulu).</summary>
    public string KecamatanCode { get; set; } = "";

    /// <summary>Who the user is, for the admin's list (their sign-in name, not personal data of workers).</summary>
    public string? DisplayName { get; set; }
    public string AssignedBy { get; set; } = "";
    public DateTimeOffset AssignedAt { get; set; }
}
