using Azure;
using Azure.Data.Tables;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>The <c>RoleAssignments</c> table: a viewer's kecamatan.</summary>
public sealed class RoleAssignmentStore(PipelineStorage storage)
{
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
}
