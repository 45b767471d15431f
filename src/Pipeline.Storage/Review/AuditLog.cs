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
    public sealed record Actor(string Id, string? Name);

    /// <param name="idempotencyKey">The same key at the same time writes one entry: a retried step is not audited twice.</param>
    public async Task AppendAsync(Actor actor, DateTimeOffset at, string action, string target, object? before, object? after, string? why, string idempotencyKey, CancellationToken cancellationToken)
    {
        var entity = new AuditEntity
        {
            PartitionKey = at.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            RowKey = (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Tables.TableKey.Encode(idempotencyKey, 480),
            Actor = actor.Id,
            ActorName = actor.Name,
            At = at,
            Action = action,
            Target = target,
            Before = before is null ? null : JsonSerializer.Serialize(before),
            After = after is null ? null : JsonSerializer.Serialize(after),
            Why = why,
        };
        try
        {
            await Audit.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already written by an earlier attempt of the same step.
        }
    }

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
