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
            RowKey = (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Tables.TableKeys.Clean(idempotencyKey),
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

    /// <summary>The newest entries first, across months; <paramref name="action"/> filters by prefix (e.g. "review.").</summary>
    public async Task<IReadOnlyList<AuditEntity>> ReadAsync(int take, string? action, string? target, CancellationToken cancellationToken)
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

        // Months are partitions; scan newest partition first. A query without a partition range returns
        // partitions in key order, so collect and sort: the trail an administrator pages through is small.
        await foreach (var entity in Audit.QueryAsync<AuditEntity>(filters.Count == 0 ? null : string.Join(" and ", filters), cancellationToken: cancellationToken))
        {
            result.Add(entity);
        }

        return result.OrderByDescending(e => e.At).ThenBy(e => e.RowKey, StringComparer.Ordinal).Take(take).ToList();
    }
}
