using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Review;

/// <summary>Appends to and pages through the <c>Audit</c> table. There is deliberately no update or delete.</summary>
public sealed class AuditLog(PipelineStorage storage)
{
    private TableClient Audit => storage.Table(StorageNames.AuditTable);

    /// <summary>Who is acting, as the token says.</summary>
    public sealed record Actor(string Id, string? Name)
    {
        /// <summary>
        /// Whoever dropped a file into a folder of the reference container (a blob trigger has no token: anyone who may
        /// write there), named by the folder: <c>system:tagihan</c>, "Berkas di reference/tagihan".
        /// </summary>
        /// <param name="prefix">The folder's prefix inside the container (<see cref="StorageNames.BillsPrefix"/>).</param>
        public static Actor DroppedIn(string prefix)
        {
            var folder = prefix.TrimEnd('/');
            return new Actor("system:" + folder, $"Berkas di {StorageNames.ReferenceContainer}/{folder}");
        }
    }

    /// <summary>
    /// One entry to append, complete: what <see cref="AppendAsync(Entry, CancellationToken)"/> writes, as data, so an entry can be written ahead
    /// (in a journal) and appended later or again with the same key.
    /// </summary>
    /// <param name="Before">The state before, as JSON.</param>
    /// <param name="After">The state after, as JSON.</param>
    public sealed record Entry(string ActorId, string? ActorName, DateTimeOffset At, string Action, string Target, string? Before, string? After, string? Why, string IdempotencyKey)
    {
        public static Entry Of(Actor actor, DateTimeOffset at, string action, string target, object? before, object? after, string? why, string idempotencyKey) =>
            new(actor.Id, actor.Name, at, action, target, before is null ? null : JsonSerializer.Serialize(before), after is null ? null : JsonSerializer.Serialize(after), why, idempotencyKey);
    }

    /// <param name="idempotencyKey">The same key at the same time writes one entry: a retried step is not audited twice.</param>
    public Task AppendAsync(Actor actor, DateTimeOffset at, string action, string target, object? before, object? after, string? why, string idempotencyKey, CancellationToken cancellationToken) =>
        AppendAsync(Entry.Of(actor, at, action, target, before, after, why, idempotencyKey), cancellationToken);

    public async Task AppendAsync(Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            await Audit.AddEntityAsync(ToEntity(entry), cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already written by an earlier attempt of the same step.
        }
    }

    /// <summary>
    /// Appends many entries, a hundred of one month per transaction; a transaction that meets an entry written
    /// before (a step redone) is appended entry by entry instead, so each is written exactly once.
    /// </summary>
    public async Task AppendAsync(IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        foreach (var month in entries.Select(ToEntity).GroupBy(e => e.PartitionKey))
        {
            foreach (var chunk in month.DistinctBy(e => e.RowKey).Chunk(Tables.BatchWriter.MaxBatch))
            {
                try
                {
                    await Audit.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status == 409)
                {
                    foreach (var entity in chunk)
                    {
                        try
                        {
                            await Audit.AddEntityAsync(entity, cancellationToken);
                        }
                        catch (RequestFailedException again) when (again.Status == 409)
                        {
                        }
                    }
                }
            }
        }
    }

    private static AuditEntity ToEntity(Entry entry) => new()
    {
        PartitionKey = entry.At.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        RowKey = (DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Tables.TableKey.Encode(entry.IdempotencyKey, 480),
        Actor = entry.ActorId,
        ActorName = entry.ActorName,
        At = entry.At,
        Action = entry.Action,
        Target = entry.Target,
        Before = entry.Before,
        After = entry.After,
        Why = entry.Why,
    };

    /// <summary>
    /// The newest entries first: month partitions are read from the current month backwards (each in RowKey
    /// order, which is newest first) until <paramref name="take"/> entries are found, so the cost follows what is
    /// shown, not the size of the whole trail. <paramref name="action"/> filters by prefix (e.g. "review.").
    /// </summary>
    public async Task<IReadOnlyList<AuditEntity>> ReadAsync(int take, string? action, string? target, CancellationToken cancellationToken, int months = 36)
    {
        var result = new List<AuditEntity>();
        var filters = new List<string>();
        if (!string.IsNullOrEmpty(action))
        {
            filters.Add(TableClient.CreateQueryFilter($"Action ge {action} and Action lt {action + "\uffff"}"));
        }

        if (!string.IsNullOrEmpty(target))
        {
            filters.Add(TableClient.CreateQueryFilter($"Target eq {target}"));
        }

        var month = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        for (var i = 0; i <= months && result.Count < take; i++, month = month.AddMonths(-1))
        {
            var partition = TableClient.CreateQueryFilter($"PartitionKey eq {month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}");
            await foreach (var entity in Audit.QueryAsync<AuditEntity>(string.Join(" and ", filters.Prepend(partition)), cancellationToken: cancellationToken))
            {
                result.Add(entity);
                if (result.Count == take)
                {
                    break;
                }
            }
        }

        return result;
    }
}
