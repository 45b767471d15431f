using System.Threading.Channels;
using Azure.Data.Tables;

namespace Pipeline.Storage.Tables;

/// <summary>
/// Reads the <c>Records</c> partitions of many uploads in a fixed order and hands their rows out in that order
/// (upload by upload, each in sheet order), while the next few partitions are already being read: one pass for
/// the exports and the weekly summary, whatever is stored.
/// </summary>
/// <remarks>
/// Memory is bounded by pages, not by what is stored: each partition read ahead holds at most
/// <see cref="PagesAhead"/> pages of 1,000 projected rows, and the caller keeps nothing of a row it has handled.
/// A partition scan is one request per 1,000 rows; no point query per record.
/// </remarks>
public sealed class RecordPages(PipelineStorage storage)
{
    /// <summary>Partitions read side by side with the one being handed out.</summary>
    private const int ReadAhead = 4;

    /// <summary>Pages a partition read ahead may hold before it waits for the caller.</summary>
    private const int PagesAhead = 2;

    /// <summary>The table service's largest page.</summary>
    private const int PageSize = 1000;

    private TableClient Records => storage.Table(StorageNames.RecordsTable);

    /// <summary>
    /// Hands every row of each upload's partition to <paramref name="onRow"/>, uploads in the order given. Rows are
    /// handed out one at a time on one caller at a time, so <paramref name="onRow"/> needs no lock.
    /// </summary>
    /// <param name="columns">The projection: only these columns travel.</param>
    public async Task ForEachAsync<T>(
        IReadOnlyList<T> uploads, Func<T, string> uploadKey, IReadOnlyList<string> columns, Action<T, RecordEntity> onRow, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = new Queue<(T Upload, Channel<IReadOnlyList<RecordEntity>> Pages, Task Reader)>();
        var next = 0;
        void ReadNext()
        {
            if (next < uploads.Count)
            {
                var upload = uploads[next++];
                var pages = Channel.CreateBounded<IReadOnlyList<RecordEntity>>(new BoundedChannelOptions(PagesAhead) { SingleReader = true, SingleWriter = true });
                reading.Enqueue((upload, pages, ReadPartitionAsync(uploadKey(upload), columns, pages.Writer, stop.Token)));
            }
        }

        for (var i = 0; i < ReadAhead; i++)
        {
            ReadNext();
        }

        try
        {
            while (reading.TryDequeue(out var current))
            {
                ReadNext();
                await foreach (var page in current.Pages.Reader.ReadAllAsync(cancellationToken))
                {
                    foreach (var row in page)
                    {
                        onRow(current.Upload, row);
                    }
                }

                await current.Reader;
            }
        }
        finally
        {
            // On a failure (ours or a reader's), stop the partitions still being read and let them end.
            await stop.CancelAsync();
            foreach (var (_, _, reader) in reading)
            {
                await reader;
            }
        }
    }

    private async Task ReadPartitionAsync(string uploadKey, IReadOnlyList<string> columns, ChannelWriter<IReadOnlyList<RecordEntity>> pages, CancellationToken cancellationToken)
    {
        try
        {
            var query = Records.QueryAsync<RecordEntity>(e => e.PartitionKey == uploadKey, maxPerPage: PageSize, select: columns, cancellationToken: cancellationToken);
            await foreach (var page in query.AsPages())
            {
                await pages.WriteAsync(page.Values, cancellationToken);
            }

            pages.TryComplete();
        }
        catch (Exception e)
        {
            // The caller meets the failure where it reads this partition's pages (never thrown here: nobody awaits it first).
            pages.TryComplete(e);
        }
    }
}
