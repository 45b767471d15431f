using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Tables;

/// <summary>One kept entry of the queue index with its storage version (a reader deletes a stale one only if unchanged).</summary>
public sealed record KeptEntry(QueuedItem Entry, ETag ETag);

/// <summary>
/// The one owner of the <c>ReviewQueue</c> table, the review queue's index: one entry per open item in queue order
/// (<see cref="QueueOrder"/>), a pointer from every member to its item, and the counts. A page of the queue is a range
/// read of entries and the pairs of those items, not a scan of every open pair.
/// </summary>
/// <remarks>
/// <para>Partition <c>open</c>: one row per open item, row key <see cref="QueueOrder.KeyOf"/>, with the item's first
/// record, its records under review, its members and their upload paths; and the counts row (<see cref="CountsKey"/>:
/// items and records under review), changed in the same transaction as the rows it counts, so the counts stay true
/// whichever part of a change is written. Partition <c>member</c>: one pointer per member (its text form, encoded) to
/// its item's row key. Without the counts row the index is not built: readers fall back to the scan, and the next
/// writer builds it from the open pairs (<see cref="RebuildAsync"/>).</para>
/// <para>Kept in step under the matching gate, as the pairs are: ingest after it wrote an upload's pairs
/// (<see cref="FollowUploadAsync"/>), a decision after it closed its item's (<see cref="FollowDecisionAsync"/>). Each
/// works out the neighbourhood's items again from the open pairs and writes the difference
/// (<see cref="QueueIndexChange"/>), so a repeat writes nothing. An entry is never trusted alone: readers check its
/// pairs in <c>Reviews</c>, skip an entry whose item is no longer open, and delete it with the count.</para>
/// </remarks>
public sealed class ReviewQueueIndex(PipelineStorage storage, ReviewStore reviews)
{
    public const string OpenPartition = "open";
    public const string MemberPartition = "member";

    /// <summary>The counts row's key: it cannot be an item's (those end in a space and seven digits).</summary>
    public const string CountsKey = "!counts";

    private const string ItemColumn = "Item";
    private const string MemberColumn = "Member";
    private const string UnderReviewColumn = "UnderReview";
    private const string MembersColumn = "Members";
    private const string PathsColumn = "Paths";
    private const string RecordsColumn = "Records";
    private const string ItemsColumn = "Items";

    /// <summary>Point reads in flight at once.</summary>
    private const int ReadsInFlight = 8;

    /// <summary>Entry writes per transaction: the service's 100, less the counts row.</summary>
    private const int StepsPerTransaction = BatchWriter.MaxBatch - 1;

    /// <summary>A change is worked out again when a reader deleted a stale entry meanwhile (the counts row moved).</summary>
    private const int Attempts = 3;

    private TableClient Table => storage.Table(StorageNames.ReviewQueueTable);

    /// <summary>How many items are open and how many records wait for them; null when the index is not built.</summary>
    public async Task<(int Items, int Records, ETag ETag)?> CountsAsync(CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(OpenPartition, CountsKey, cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.GetInt32(ItemsColumn) ?? 0, row.Value.GetInt32(RecordsColumn) ?? 0, row.Value.ETag) : null;
    }

    /// <summary>The entries in queue order, after <paramref name="after"/> (a row key) when given.</summary>
    /// <param name="perRequest">Rows asked of the service at once: a page's worth for a page, more for a filter.</param>
    public async IAsyncEnumerable<KeptEntry> EntriesAsync(string? after, int perRequest, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = after is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {OpenPartition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {OpenPartition} and RowKey gt {after}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Clamp(perRequest, 1, 1000), cancellationToken: cancellationToken))
        {
            if (row.RowKey != CountsKey && ToEntry(row) is { } entry)
            {
                yield return new KeptEntry(entry, row.ETag);
            }
        }
    }

    /// <summary>The key of the <paramref name="count"/>-th entry (keys only are read), or null when there are fewer.</summary>
    public async Task<string?> KeyAfterSkippingAsync(int count, CancellationToken cancellationToken)
    {
        var seen = 0;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {OpenPartition}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            if (row.RowKey != CountsKey && ++seen == count)
            {
                return row.RowKey;
            }
        }

        return null;
    }

    /// <summary>The entry of the item a member belongs to, through its pointer; null when it has none or the pointer is stale.</summary>
    public async Task<KeptEntry?> EntryOfAsync(CandidateRef member, CancellationToken cancellationToken)
    {
        var pointer = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, PointerKey(member), [ItemColumn], cancellationToken);
        if (!pointer.HasValue || pointer.Value!.GetString(ItemColumn) is not { } key)
        {
            return null;
        }

        return await EntryAsync(key, cancellationToken) is { } kept && kept.Entry.Members.Contains(member) ? kept : null;
    }

    /// <summary>
    /// Deletes an entry a reader found stale (its item is decided or gone) with its count, if nobody changed either
    /// meanwhile; otherwise leaves it to the next reader or writer.
    /// </summary>
    public async Task ForgetAsync(KeptEntry stale, CancellationToken cancellationToken)
    {
        if (await CountsAsync(cancellationToken) is not { } counts)
        {
            return;
        }

        try
        {
            await Table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(OpenPartition, stale.Entry.Key), stale.ETag),
                new TableTransactionAction(TableTransactionActionType.UpdateMerge, CountsRow(counts.Items - 1, counts.Records - stale.Entry.UnderReview.Count), counts.ETag),
            ], cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // Changed meanwhile: whoever changed it left it as it should be, or the next reader tries again.
        }
    }

    /// <summary>
    /// After ingest wrote an upload's pairs (all open, <paramref name="written"/>), under the matching gate: the items of
    /// the upload's records and of the pairs' candidates are worked out again, the upload's pairs as written, the
    /// others' as stored. Safe to repeat.
    /// </summary>
    public Task FollowUploadAsync(UploadIdentity upload, IReadOnlyList<ReviewCandidate> written, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var opened = written.Select(r => new ReviewPair(r.RecordId, upload.Path, r.Candidate, r.CandidatePersonId, r.Score, r.Explanation, createdAt)).ToList();
        return FollowAsync(async token =>
        {
            var pointed = await PointersOfUploadAsync(upload.Key, token);
            foreach (var (member, key) in await PointersAsync(opened.Select(p => p.Candidate).Distinct(), token))
            {
                pointed[member] = key;
            }

            var kept = await EntriesAsync(pointed.Values.ToHashSet(StringComparer.Ordinal), token);
            var others = kept.SelectMany(e => e.UnderReview).Where(r => r.UploadKey != upload.Key);
            return (kept, ReviewItem.Group([.. opened, .. await reviews.PendingOfAsync(others, token)]), pointed);
        }, cancellationToken);
    }

    /// <summary>After a decision closed pairs of <paramref name="item"/>, under the matching gate: its members' items worked out again from the pairs as stored.</summary>
    public Task FollowDecisionAsync(ReviewItem item, CancellationToken cancellationToken) =>
        FollowAsync(async token =>
        {
            var pointed = await PointersAsync(item.Members, token);
            var kept = await EntriesAsync(pointed.Values.ToHashSet(StringComparer.Ordinal), token);
            return (kept, ReviewItem.Group(await reviews.PendingOfAsync(kept.SelectMany(e => e.UnderReview).Concat(item.UnderReview), token)), pointed);
        }, cancellationToken);

    /// <summary>Builds the index from every open pair (one scan of <c>Reviews</c>): the first writer of a store without it.</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        var items = ReviewItem.Group(await reviews.PendingAsync(cancellationToken));
        await BatchWriter.DeleteOthersAsync(Table, OpenPartition, new HashSet<string>(), cancellationToken);
        await BatchWriter.DeleteOthersAsync(Table, MemberPartition, new HashSet<string>(), cancellationToken);
        await SeedAsync(items, cancellationToken);
    }

    /// <summary>
    /// Writes the index of these open items into an empty index, the counts row last (until then it is not built);
    /// public for the benchmark that seeds review pairs as ingest would have left them.
    /// </summary>
    public async Task SeedAsync(IReadOnlyList<ReviewItem> items, CancellationToken cancellationToken)
    {
        var change = QueueIndexChange.Between([], items);
        await BatchWriter.SubmitAsync(Table, change.Steps.Select(s => ToRow(s.Entry)), TableTransactionActionType.UpsertReplace, cancellationToken);
        await BatchWriter.SubmitAsync(Table, PointerRows(change.Pointers), TableTransactionActionType.UpsertReplace, cancellationToken);
        await Table.UpsertEntityAsync(CountsRow(change.Items, change.Records), TableUpdateMode.Replace, cancellationToken);
    }

    /// <param name="neighbourhood">The entries kept for the neighbourhood, its open items now, and its members' pointers as read.</param>
    private async Task FollowAsync(
        Func<CancellationToken, Task<(IReadOnlyList<QueuedItem> Kept, IReadOnlyList<ReviewItem> Open, Dictionary<CandidateRef, string> Pointed)>> neighbourhood,
        CancellationToken cancellationToken)
    {
        if (await CountsAsync(cancellationToken) is null)
        {
            // Not built (a store from before the index, or a build cut short): a rebuild reads every open pair, this change's among them.
            await RebuildAsync(cancellationToken);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var (kept, open, pointed) = await neighbourhood(cancellationToken);
            // An entry already kept at a key an open item takes (a stale one) is counted: it is overwritten, not added.
            var known = kept.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
            var atKeys = await EntriesAsync(open.Select(QueueOrder.KeyOf).Where(k => !known.Contains(k)).ToHashSet(StringComparer.Ordinal), cancellationToken);
            try
            {
                await ApplyAsync(QueueIndexChange.Between([.. kept, .. atKeys], open, pointed), cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 404 or 409 or 412 && attempt < Attempts)
            {
                // A reader deleted a stale entry meanwhile: work the change out again.
            }
        }
    }

    private async Task ApplyAsync(QueueIndexChange change, CancellationToken cancellationToken)
    {
        foreach (var chunk in change.Steps.Chunk(StepsPerTransaction))
        {
            var counts = await CountsAsync(cancellationToken) ?? throw new RequestFailedException(404, "The queue index's counts row is gone.");
            var actions = chunk.Select(s => s.Deletes
                    ? new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(OpenPartition, s.Entry.Key), ETag.All)
                    : new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToRow(s.Entry)))
                .Append(new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                    CountsRow(counts.Items + chunk.Sum(s => s.Items), counts.Records + chunk.Sum(s => s.Records)), counts.ETag));
            await Table.SubmitTransactionAsync(actions, cancellationToken);
        }

        await BatchWriter.SubmitAsync(Table, PointerRows(change.Pointers), TableTransactionActionType.UpsertReplace, cancellationToken);
        await Parallel.ForEachAsync(change.Dropped, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken },
            async (member, token) => await Table.DeleteEntityAsync(MemberPartition, PointerKey(member), ETag.All, token));
    }

    /// <summary>The pointers of an upload's records (one range read: a pointer's key starts with the record id).</summary>
    private async Task<Dictionary<CandidateRef, string>> PointersOfUploadAsync(string uploadKey, CancellationToken cancellationToken)
    {
        var prefix = TableKey.Encode(uploadKey + ":", TableKey.MaxLength);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {MemberPartition} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}");
        var pointers = new Dictionary<CandidateRef, string>();
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, select: [MemberColumn, ItemColumn], cancellationToken: cancellationToken))
        {
            if (CandidateRef.TryParse(row.GetString(MemberColumn), out var member) && row.GetString(ItemColumn) is { } key)
            {
                pointers[member] = key;
            }
        }

        return pointers;
    }

    private async Task<Dictionary<CandidateRef, string>> PointersAsync(IEnumerable<CandidateRef> members, CancellationToken cancellationToken)
    {
        var list = members.ToList();
        var keys = new string?[list.Count];
        await Parallel.ForAsync(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var pointer = await Table.GetEntityIfExistsAsync<TableEntity>(MemberPartition, PointerKey(list[i]), [ItemColumn], token);
            keys[i] = pointer.HasValue ? pointer.Value!.GetString(ItemColumn) : null;
        });
        return Enumerable.Range(0, list.Count).Where(i => keys[i] is not null).ToDictionary(i => list[i], i => keys[i]!);
    }

    private async Task<IReadOnlyList<QueuedItem>> EntriesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var list = keys.ToList();
        var found = new KeptEntry?[list.Count];
        await Parallel.ForAsync(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = ReadsInFlight, CancellationToken = cancellationToken },
            async (i, token) => found[i] = await EntryAsync(list[i], token));
        return [.. found.OfType<KeptEntry>().Select(k => k.Entry)];
    }

    private async Task<KeptEntry?> EntryAsync(string key, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(OpenPartition, key, cancellationToken: cancellationToken);
        return row.HasValue && ToEntry(row.Value!) is { } entry ? new KeptEntry(entry, row.Value!.ETag) : null;
    }

    private static string PointerKey(CandidateRef member) => TableKey.Encode(member.ToString(), TableKey.MaxLength);

    private static IEnumerable<TableEntity> PointerRows(IReadOnlyDictionary<CandidateRef, string> pointers) =>
        pointers.OrderBy(p => p.Key).Select(p => new TableEntity(MemberPartition, PointerKey(p.Key)) { [MemberColumn] = p.Key.ToString(), [ItemColumn] = p.Value });

    private static TableEntity CountsRow(int items, int records) =>
        new(OpenPartition, CountsKey) { [ItemsColumn] = Math.Max(0, items), [RecordsColumn] = Math.Max(0, records) };

    private static TableEntity ToRow(QueuedItem entry) => new(OpenPartition, entry.Key)
    {
        [ItemColumn] = entry.Id.ToString(),
        [UnderReviewColumn] = string.Join('\n', entry.UnderReview),
        [MembersColumn] = string.Join('\n', entry.Members),
        [PathsColumn] = string.Join('\n', entry.Paths),
        [RecordsColumn] = entry.UnderReview.Count,
    };

    /// <summary>A stored entry; a row that does not read as one (written by hand) is not an entry.</summary>
    private static QueuedItem? ToEntry(TableEntity row)
    {
        if (!RecordId.TryParse(row.GetString(ItemColumn), out var id))
        {
            return null;
        }

        var underReview = Lines(row.GetString(UnderReviewColumn)).Select(t => RecordId.TryParse(t, out var r) ? (RecordId?)r : null).OfType<RecordId>().ToList();
        var members = Lines(row.GetString(MembersColumn)).Select(t => CandidateRef.TryParse(t, out var m) ? (CandidateRef?)m : null).OfType<CandidateRef>().ToList();
        return underReview.Contains(id) ? new QueuedItem(row.RowKey, id, underReview, members, Lines(row.GetString(PathsColumn))) : null;
    }

    private static string[] Lines(string? text) => string.IsNullOrEmpty(text) ? [] : text.Split('\n');
}
