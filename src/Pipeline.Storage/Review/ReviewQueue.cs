using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>One review item with what its members are now, for the administrators' page.</summary>
/// <param name="Records">Each record member as stored, or null when it is gone.</param>
/// <param name="Participants">Each participant member by KPJ, or null when it left the register.</param>
/// <param name="Differences">The fields the live members disagree on, with their values: what a "same" decision chooses between.</param>
public sealed record QueueEntry(
    ReviewItem Item,
    IReadOnlyDictionary<RecordId, RecordEntity?> Records,
    IReadOnlyDictionary<string, ParticipantEntity?> Participants,
    IReadOnlyList<FieldChoice> Differences);

/// <summary>One page of the queue: its items in queue order, the counts of the whole queue (or of the filter), and where the next page starts.</summary>
/// <param name="Total">Open items (people) in the queue, or passing the filter.</param>
/// <param name="Records">Records under review in those items.</param>
/// <param name="Next">Where the next page starts (an index key, opaque to callers), null on the last page.</param>
public sealed record QueuePage(IReadOnlyList<ReviewItem> Items, int Total, int Records, string? Next);

/// <summary>
/// The review queue as administrators read it: the open pairs grouped into items, one per person
/// (<see cref="ReviewItem.Group"/>), in queue order (<see cref="QueueOrder"/>), and an item's members read from Records
/// and the register.
/// </summary>
/// <remarks>
/// A page is read through the queue index (<see cref="ReviewQueueIndex"/>): a range read of its entries from where the
/// page starts, the open pairs of those items (a range read per record under review) and their members, so it costs
/// what the page holds, not what waits. Each entry is checked against the pairs: one whose item was decided meanwhile
/// is skipped and deleted, and the page reads on. The counts come from the index's counts row. A kecamatan filter
/// reads every entry (small rows: not the pairs) and counts what passes. Until the index is built, the open pairs are
/// scanned as before.
/// </remarks>
public sealed class ReviewQueue(ReviewStore reviews, ReviewQueueIndex index, RecordStore records, ParticipantStore participants)
{
    /// <summary>Entries checked side by side while a page is filled (a range read each; a page is at most 100).</summary>
    private const int ChecksInFlight = 20;

    /// <summary>
    /// One page: the <paramref name="page"/>-th of <paramref name="pageSize"/> items, or the items after
    /// <paramref name="after"/> (a <see cref="QueuePage.Next"/>) when given; <paramref name="keepPath"/> keeps the items
    /// with a record under review from an upload path it accepts (null: every item).
    /// </summary>
    public async Task<QueuePage> PageAsync(int page, int pageSize, string? after, Func<string, bool>? keepPath, CancellationToken cancellationToken)
    {
        // The counts and the page's start read side by side: one round trip, not two.
        var skip = keepPath is null && after is null && page > 1 ? (page - 1) * pageSize : 0;
        var starting = skip > 0 ? index.KeyAfterSkippingAsync(skip, cancellationToken) : Task.FromResult(after);
        if (await index.CountsAsync(cancellationToken) is not { } counts)
        {
            return await ScanPageAsync(page, pageSize, after, keepPath, cancellationToken);
        }

        if (keepPath is null)
        {
            var start = await starting;
            if (skip > 0 && start is null)
            {
                return new QueuePage([], counts.Items, counts.Records, null);
            }

            var (items, next) = await FillAsync(index.EntriesAsync(start, pageSize + 1, cancellationToken), pageSize, cancellationToken);
            return new QueuePage(items, counts.Items, counts.Records, next);
        }

        var passing = new List<KeptEntry>();
        await foreach (var kept in index.EntriesAsync(null, 1000, cancellationToken))
        {
            if (kept.Entry.Paths.Any(keepPath))
            {
                passing.Add(kept);
            }
        }

        var from = after is null ? passing.Skip((page - 1) * pageSize) : passing.Where(k => string.CompareOrdinal(k.Entry.Key, after) > 0);
        var (shown, more) = await FillAsync(from.ToAsyncEnumerable(), pageSize, cancellationToken);
        return new QueuePage(shown, passing.Count, passing.Sum(k => k.Entry.UnderReview.Count), more);
    }

    /// <summary>
    /// How many records wait for review: the index's counts row (one point read), or, before the index is built, the
    /// distinct records under review of every open pair, as before.
    /// </summary>
    public async Task<int> RecordsUnderReviewAsync(CancellationToken cancellationToken) =>
        await index.CountsAsync(cancellationToken) is { } counts
            ? counts.Records
            : (await reviews.PendingAsync(cancellationToken)).Select(p => p.Subject).Distinct().Count();

    /// <summary>The open item a record belongs to, or null: through the record's pointer in the index, checked against the pairs.</summary>
    public async Task<ReviewItem?> ItemOfAsync(RecordId record, CancellationToken cancellationToken)
    {
        var member = CandidateRef.ForRecord(record);
        if (await index.CountsAsync(cancellationToken) is null)
        {
            return ReviewItem.Of(await reviews.PendingAsync(cancellationToken), record);
        }

        return await index.EntryOfAsync(member, cancellationToken) is { } kept
            ? ReviewItem.Group(await reviews.PendingOfAsync(kept.Entry.UnderReview, cancellationToken)).FirstOrDefault(i => i.Contains(member))
            : null;
    }

    /// <summary>
    /// Takes entries in order, checks them a page's worth at a time, until the page is full; the next page starts after
    /// the last entry looked at, and there is one when another entry follows.
    /// </summary>
    private async Task<(IReadOnlyList<ReviewItem> Items, string? Next)> FillAsync(IAsyncEnumerable<KeptEntry> entries, int pageSize, CancellationToken cancellationToken)
    {
        var items = new List<ReviewItem>();
        var batch = new List<KeptEntry>();
        string? last = null;
        await using var cursor = entries.GetAsyncEnumerator(cancellationToken);
        var more = await cursor.MoveNextAsync();
        while (more && items.Count < pageSize)
        {
            batch.Add(cursor.Current);
            more = await cursor.MoveNextAsync();
            if (batch.Count == pageSize - items.Count || !more)
            {
                items.AddRange(await CheckAsync(batch, cancellationToken));
                last = batch[^1].Entry.Key;
                batch.Clear();
            }
        }

        return (items, more ? last : null);
    }

    /// <summary>The entries' items as their pairs make them now; an entry whose first record has no open pair is stale: skipped and deleted.</summary>
    private async Task<IEnumerable<ReviewItem>> CheckAsync(IReadOnlyList<KeptEntry> batch, CancellationToken cancellationToken)
    {
        var found = new ReviewItem?[batch.Count];
        await Parallel.ForAsync(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = ChecksInFlight, CancellationToken = cancellationToken }, async (i, token) =>
        {
            var entry = batch[i].Entry;
            var pairs = await reviews.PendingOfAsync(entry.UnderReview, token);
            found[i] = QueuedItem.Named(entry.Id, pairs);
            if (found[i] is null && !pairs.Any(p => p.Subject == entry.Id))
            {
                await index.ForgetAsync(batch[i], token);
            }
        });
        return found.OfType<ReviewItem>();
    }

    /// <summary>Before the index is built: every open pair, grouped, in queue order, then the page.</summary>
    private async Task<QueuePage> ScanPageAsync(int page, int pageSize, string? after, Func<string, bool>? keepPath, CancellationToken cancellationToken)
    {
        var items = QueueOrder.Sort(ReviewItem.Group(await reviews.PendingAsync(cancellationToken)))
            .Where(i => keepPath is null || i.Pairs.Any(p => keepPath(p.UploadPath)))
            .ToList();
        var from = after is null ? items.Skip((page - 1) * pageSize) : items.Where(i => string.CompareOrdinal(QueueOrder.KeyOf(i), after) > 0);
        var shown = from.Take(pageSize + 1).ToList();
        var next = shown.Count > pageSize ? QueueOrder.KeyOf(shown[pageSize - 1]) : null;
        return new QueuePage([.. shown.Take(pageSize)], items.Count, items.Sum(i => i.UnderReview.Count), next);
    }

    /// <summary>An item's members as they are now (a point read each, side by side).</summary>
    public async Task<QueueEntry> DetailsAsync(ReviewItem item, CancellationToken cancellationToken)
    {
        var recordIds = item.Members.Select(m => m.Record).OfType<RecordId>().ToList();
        var kpjs = item.Members.Select(m => m.Kpj).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var recordReads = recordIds.Select(id => records.GetAsync(id, cancellationToken)).ToList();
        var participantReads = kpjs.Select(kpj => participants.FindAsync(kpj, cancellationToken)).ToList();
        var found = await Task.WhenAll(recordReads);
        var registered = await Task.WhenAll(participantReads);

        var recordsOf = new Dictionary<RecordId, RecordEntity?>();
        var participantsOf = new Dictionary<string, ParticipantEntity?>(StringComparer.Ordinal);
        for (var i = 0; i < recordIds.Count; i++)
        {
            recordsOf[recordIds[i]] = found[i];
        }

        for (var i = 0; i < kpjs.Count; i++)
        {
            participantsOf[kpjs[i]] = registered[i];
        }

        var live = new List<PersonDetails>();
        foreach (var member in item.Members)
        {
            if (member.Kpj is { } kpj)
            {
                if (participantsOf[kpj] is { } participant)
                {
                    live.Add(ParticipantStore.DetailsOf(participant));
                }
            }
            else if (recordsOf[member.Record!.Value] is { } record && RecordMapper.ToListing(record).IsMatched)
            {
                live.Add(RecordMapper.DetailsOf(record));
            }
        }

        return new QueueEntry(item, recordsOf, participantsOf, PersonDetails.Differences(live));
    }
}
