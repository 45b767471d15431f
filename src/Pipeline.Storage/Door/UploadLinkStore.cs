using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Door;

namespace Pipeline.Storage.Door;

/// <summary>The one owner of the <c>UploadLinks</c> table: links made, opened, listed and revoked.</summary>
public sealed class UploadLinkStore(PipelineStorage storage)
{
    private const int BatchSize = 100;

    private TableClient Links => storage.Table(StorageNames.UploadLinksTable);

    /// <summary>Stores new links, 100 to a transaction (all 90 desa of the regency in one).</summary>
    public async Task CreateAsync(IReadOnlyList<UploadLink> links, string? createdByName, CancellationToken cancellationToken)
    {
        foreach (var chunk in links.Chunk(BatchSize))
        {
            var actions = chunk.Select(link => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(link, createdByName))).ToList();
            await Links.SubmitTransactionAsync(actions, cancellationToken);
        }
    }

    /// <summary>The link whose id (the token's hash) this is; null when there is none.</summary>
    public async Task<UploadLink?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        var found = await Links.GetEntityIfExistsAsync<UploadLinkEntity>(UploadLinkEntity.LinkPartition, id, cancellationToken: cancellationToken);
        return found.HasValue ? ToLink(found.Value!) : null;
    }

    /// <summary>
    /// The link a token opens, or null. One point read by the token's hash; the stored hash is then compared with the
    /// token's in constant time, so the answer's timing never depends on how much of a guess was right.
    /// </summary>
    public async Task<UploadLink?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        if (!UploadLinkToken.HasShape(token))
        {
            return null;
        }

        var link = await FindAsync(UploadLinkToken.Hash(token), cancellationToken);
        return link is not null && UploadLinkToken.Matches(token, link.Id) ? link : null;
    }

    /// <summary>Every link, with who made and revoked it (for the admin page), newest first.</summary>
    public async Task<IReadOnlyList<(UploadLink Link, string? CreatedByName, string? RevokedByName)>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<(UploadLink, string?, string?)>();
        await foreach (var entity in Links.QueryAsync<UploadLinkEntity>(e => e.PartitionKey == UploadLinkEntity.LinkPartition, cancellationToken: cancellationToken))
        {
            list.Add((ToLink(entity), entity.CreatedByName, entity.RevokedByName));
        }

        return list.OrderByDescending(l => l.Item1.CreatedAt).ToList();
    }

    /// <summary>
    /// Revokes the link (if not already): returns it as it was before, or null when there is no such link. Writes only if
    /// the row did not change since it was read, so two admins revoking at once record one revocation.
    /// </summary>
    public async Task<UploadLink?> RevokeAsync(string id, DateTimeOffset at, string by, string? byName, CancellationToken cancellationToken)
    {
        if (!IsId(id))
        {
            return null;
        }

        var found = await Links.GetEntityIfExistsAsync<UploadLinkEntity>(UploadLinkEntity.LinkPartition, id, cancellationToken: cancellationToken);
        if (!found.HasValue)
        {
            return null;
        }

        var entity = found.Value!;
        var before = ToLink(entity);
        if (entity.RevokedAt is null)
        {
            var change = new TableEntity(entity.PartitionKey, entity.RowKey) { ["RevokedAt"] = at, ["RevokedBy"] = by, ["RevokedByName"] = byName };
            try
            {
                await Links.UpdateEntityAsync(change, entity.ETag, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Revoked by someone else meanwhile: the link is revoked either way.
            }
        }

        return before;
    }

    /// <summary>An id is 64 lower-case hex digits; anything else is not looked up (and cannot be a table key).</summary>
    private static bool IsId(string id) => id.Length == 64 && id.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static UploadLinkEntity ToEntity(UploadLink link, string? createdByName) => new()
    {
        RowKey = link.Id,
        KecamatanCode = link.KecamatanCode,
        DesaCode = link.DesaCode,
        ExpiresAt = link.ExpiresAt,
        CreatedAt = link.CreatedAt,
        CreatedBy = link.CreatedBy,
        CreatedByName = createdByName,
    };

    private static UploadLink ToLink(UploadLinkEntity e) =>
        new(e.RowKey, e.KecamatanCode, e.DesaCode, e.ExpiresAt, e.CreatedAt, e.CreatedBy, e.RevokedAt, e.RevokedBy);
}
