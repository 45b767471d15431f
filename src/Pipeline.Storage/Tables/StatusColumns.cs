using Azure.Data.Tables;
using Pipeline.Core.Model;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Per-status counts as table columns, one per row of <see cref="RecordStatuses"/> (named by
/// <see cref="RecordStatusInfo.Column"/>): a new status becomes a new column without a new property anywhere.
/// </summary>
public static class StatusColumns
{
    /// <summary>Every status column, for projections.</summary>
    public static IReadOnlyList<string> Names { get; } = RecordStatuses.All.Select(s => s.Column).ToList();

    /// <summary>Sets the columns of the statuses <paramref name="which"/> selects (all by default) on an entity to write.</summary>
    public static void Write(TableEntity entity, StatusCounts counts, Func<RecordStatusInfo, bool>? which = null)
    {
        foreach (var status in RecordStatuses.All.Where(which ?? (_ => true)))
        {
            entity[status.Column] = counts[status.Status];
        }
    }

    /// <summary>The counts an entity carries; a missing column (a row written before its status existed) is zero.</summary>
    public static StatusCounts Read(TableEntity entity)
    {
        var counts = new StatusCounts();
        foreach (var status in RecordStatuses.All)
        {
            if (entity.GetInt32(status.Column) is { } count)
            {
                counts.Set(status.Status, count);
            }
        }

        return counts;
    }
}
