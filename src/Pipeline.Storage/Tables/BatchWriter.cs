using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Writes entities of one partition in transactions of at most 100 (the Table service limit), so a file's
/// rows land in a few round trips and each chunk lands whole or not at all.
/// </summary>
public static class BatchWriter
{
    public const int MaxBatch = 100;

    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<ITableEntity> entities,
        TableTransactionActionType action,
        CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>(MaxBatch);
        string? partition = null;
        foreach (var entity in entities)
        {
            if (batch.Count == MaxBatch || (partition is not null && entity.PartitionKey != partition))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
                batch.Clear();
            }

            partition = entity.PartitionKey;
            batch.Add(new TableTransactionAction(action, entity));
        }

        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }
    }

    /// <summary>Deletes every entity of a partition whose row key is not in <paramref name="keep"/>.</summary>
    public static async Task DeleteOthersAsync(
        TableClient table,
        string partitionKey,
        IReadOnlySet<string> keep,
        CancellationToken cancellationToken)
    {
        var stale = new List<ITableEntity>();
        await foreach (var entity in table.QueryAsync<TableEntity>(
                           e => e.PartitionKey == partitionKey, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            if (!keep.Contains(entity.RowKey))
            {
                entity.ETag = Azure.ETag.All;
                stale.Add(entity);
            }
        }

        await SubmitAsync(table, stale, TableTransactionActionType.Delete, cancellationToken);
    }
}
