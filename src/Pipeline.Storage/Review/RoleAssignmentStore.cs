using Azure;
using Azure.Data.Tables;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>
/// The <c>RoleAssignments</c> table: a viewer's kecamatan (partition <c>user</c>), and who has signed in (partition
/// <c>seen</c>), so an admin picks a camat from people who have used the page instead of typing an object id.
/// </summary>
public sealed class RoleAssignmentStore(PipelineStorage storage)
{
    private const string SeenPartition = "seen";

    private TableClient Assignments => storage.Table(StorageNames.RoleAssignmentsTable);

    public async Task<RoleAssignmentEntity?> FindAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await Assignments.GetEntityIfExistsAsync<RoleAssignmentEntity>(RoleAssignmentEntity.UserPartition, TableKey.Encode(userId), cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    public async Task<IReadOnlyList<RoleAssignmentEntity>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<RoleAssignmentEntity>();
        await foreach (var entity in Assignments.QueryAsync<RoleAssignmentEntity>(e => e.PartitionKey == RoleAssignmentEntity.UserPartition, cancellationToken: cancellationToken))
        {
            list.Add(entity);
        }

        return list;
    }

    public async Task<RoleAssignmentEntity> SaveAsync(string userId, string kecamatanCode, string? displayName, string assignedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var entity = new RoleAssignmentEntity
        {
            RowKey = TableKey.Encode(userId),
            KecamatanCode = kecamatanCode,
            DisplayName = displayName,
            AssignedBy = assignedBy,
            AssignedAt = at,
        };
        await Assignments.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return entity;
    }

    /// <returns>False when there was nothing to remove.</returns>
    public async Task<bool> RemoveAsync(string userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, cancellationToken) is null)
        {
            return false;
        }

        await Assignments.DeleteEntityAsync(RoleAssignmentEntity.UserPartition, TableKey.Encode(userId), ETag.All, cancellationToken);
        return true;
    }

    /// <summary>Remembers that a user signed in, with the name and roles their token carried (upserted, at most one row per user).</summary>
    public Task RecordSignInAsync(string userId, string? name, IEnumerable<string> roles, DateTimeOffset at, CancellationToken cancellationToken) =>
        Assignments.UpsertEntityAsync(
            new TableEntity(SeenPartition, TableKey.Encode(userId))
            {
                ["UserId"] = userId, ["DisplayName"] = name, ["Roles"] = string.Join(' ', roles.Order(StringComparer.Ordinal)), ["LastSeen"] = at,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>Everyone who has signed in, most recent first.</summary>
    public async Task<IReadOnlyList<SignedInUser>> ListSignedInAsync(CancellationToken cancellationToken)
    {
        var list = new List<SignedInUser>();
        await foreach (var row in Assignments.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {SeenPartition}"), cancellationToken: cancellationToken))
        {
            list.Add(new SignedInUser(
                row.GetString("UserId") ?? "", row.GetString("DisplayName"),
                (row.GetString("Roles") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries), row.GetDateTimeOffset("LastSeen") ?? default));
        }

        return list.OrderByDescending(u => u.LastSeen).ToList();
    }
}

/// <summary>A user who has used the page: who they are and the roles their last token carried.</summary>
public sealed record SignedInUser(string UserId, string? DisplayName, IReadOnlyList<string> Roles, DateTimeOffset LastSeen);
