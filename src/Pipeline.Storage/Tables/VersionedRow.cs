using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// The write every versioned state row takes (the person index's, the cohort's): a row read with its ETag is replaced
/// only if nobody changed it since; a row never read is added only if none exists. Whoever loses gets 412 or 409 and
/// knows another holder moved the state, so it has lost its lease.
/// </summary>
internal static class VersionedRow
{
    /// <returns>The row with its new ETag.</returns>
    /// <exception cref="Azure.RequestFailedException">412/409: someone else changed (or made) the row first.</exception>
    public static async Task<T> SaveAsync<T>(this TableClient table, T row, CancellationToken cancellationToken)
        where T : ITableEntity
    {
        var response = row.ETag == default
            ? await table.AddEntityAsync(row, cancellationToken)
            : await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
        row.ETag = response.Headers.ETag ?? default;
        return row;
    }
}
