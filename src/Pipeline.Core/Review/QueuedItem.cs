using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// One open review item as the queue index keeps it: where it stands in the queue (<see cref="Key"/>), which records
/// wait for it and which members it has (to find it again from any of them), and the upload paths of its records under
/// review (what the kecamatan filter reads). Not the item itself: its pairs are read from where they are kept, so a
/// stale entry can be recognised and skipped.
/// </summary>
/// <param name="Key">Its place in the queue (<see cref="QueueOrder.KeyOf"/>).</param>
public sealed record QueuedItem(string Key, RecordId Id, IReadOnlyList<RecordId> UnderReview, IReadOnlyList<CandidateRef> Members, IReadOnlyList<string> Paths)
{
    public static QueuedItem Of(ReviewItem item) => new(
        QueueOrder.KeyOf(item), item.Id, item.UnderReview, item.Members,
        [.. item.Pairs.Select(p => p.UploadPath).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);

    /// <summary>Same place, same records and members: writing it again would change nothing.</summary>
    public bool SameAs(QueuedItem other) =>
        Key == other.Key && Id == other.Id && UnderReview.SequenceEqual(other.UnderReview) && Members.SequenceEqual(other.Members) && Paths.SequenceEqual(other.Paths, StringComparer.Ordinal);

    /// <summary>
    /// Of the items that the open <paramref name="pairs"/> make, the one named by <paramref name="id"/>, or null when
    /// the pairs no longer make an item of that name (decided, superseded, or now part of an item named otherwise).
    /// </summary>
    public static ReviewItem? Named(RecordId id, IEnumerable<ReviewPair> pairs) =>
        ReviewItem.Group(pairs).FirstOrDefault(i => i.Id == id);
}

/// <summary>One write of the queue index with what it changes in the counts, so a part written alone keeps them true.</summary>
/// <param name="Deletes">Delete the entry (its item is no longer open), else write it.</param>
public sealed record QueueIndexStep(QueuedItem Entry, bool Deletes, int Items, int Records);

/// <summary>
/// What the queue index must write when the open items of a neighbourhood change: the entries to write (new, or
/// changed) and to delete, each with its change of the counts, and each member's pointer to its item.
/// </summary>
/// <param name="Pointers">Each member of an open item → its item's key, where the pointer read was not that already.</param>
/// <param name="Dropped">Members that were in a kept entry and are in no open item now.</param>
public sealed record QueueIndexChange(IReadOnlyList<QueueIndexStep> Steps, IReadOnlyDictionary<CandidateRef, string> Pointers, IReadOnlyList<CandidateRef> Dropped)
{
    /// <summary>The change in the number of open items.</summary>
    public int Items => Steps.Sum(s => s.Items);

    /// <summary>The change in the number of records under review.</summary>
    public int Records => Steps.Sum(s => s.Records);

    /// <summary>
    /// From what the index keeps of a neighbourhood (<paramref name="kept"/>: every entry that shares a member with it,
    /// and any entry kept at a key an open item takes) to the open items the neighbourhood's open pairs make now
    /// (<paramref name="open"/>); <paramref name="pointed"/> holds the members' pointers as read (a member not in it
    /// gets its pointer written). Pure: applied, and asked again against its own result, it gives no steps.
    /// </summary>
    public static QueueIndexChange Between(IReadOnlyCollection<QueuedItem> kept, IReadOnlyList<ReviewItem> open, IReadOnlyDictionary<CandidateRef, string>? pointed = null)
    {
        var now = open.Select(QueuedItem.Of).GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var before = kept.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var steps = new List<QueueIndexStep>();
        foreach (var entry in now.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var old = before.GetValueOrDefault(entry.Key);
            if (old is null || !old.SameAs(entry))
            {
                steps.Add(new QueueIndexStep(entry, false, old is null ? 1 : 0, entry.UnderReview.Count - (old?.UnderReview.Count ?? 0)));
            }
        }

        steps.AddRange(before.Values.Where(e => !now.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new QueueIndexStep(e, true, -1, -e.UnderReview.Count)));
        var pointers = new Dictionary<CandidateRef, string>();
        foreach (var entry in now.Values)
        {
            foreach (var member in entry.Members)
            {
                pointers[member] = entry.Key;
            }
        }

        var dropped = before.Values.SelectMany(e => e.Members).Where(m => !pointers.ContainsKey(m)).Distinct().Order().ToList();
        foreach (var (member, key) in pointed ?? new Dictionary<CandidateRef, string>())
        {
            if (pointers.GetValueOrDefault(member) == key)
            {
                pointers.Remove(member);
            }
        }

        return new QueueIndexChange(steps, pointers, dropped);
    }
}
