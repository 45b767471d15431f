using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Writes entities in transactions of at most 100 of one partition (the Table service limit), a few transactions
/// in flight at once, so a file's rows land in a few round trips and each chunk lands whole or not at all.
/// </summary>
/// <remarks>
/// The transactions of one call are independent (different rows); running some side by side keeps the service
/// busy while the next chunk is serialised. A failure surfaces after the others finish; a retry converges
/// because every caller writes with upserts or deletes keyed by row.
/// </remarks>
public static class BatchWriter
{
    public const int MaxBatch = 100;
    private const int InFlight = 4;

    public static async Task SubmitAsync(
        TableClient table,
        IEnumerable<ITableEntity> entities,
        TableTransactionActionType action,
        CancellationToken cancellationToken)
    {
        var batches = new List<List<TableTransactionAction>>();
        List<TableTransactionAction>? batch = null;
        string? partition = null;
        foreach (var entity in entities)
        {
            if (batch is null || batch.Count == MaxBatch || entity.PartitionKey != partition)
            {
                batch = new List<TableTransactionAction>(MaxBatch);
                batches.Add(batch);
            }

            partition = entity.PartitionKey;
            batch.Add(new TableTransactionAction(action, entity));
        }

        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = cancellationToken },
            async (actions, token) => await table.SubmitTransactionAsync(actions, token));
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
