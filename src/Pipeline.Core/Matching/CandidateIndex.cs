namespace Pipeline.Core.Matching;

/// <summary>
/// An incremental blocking index: add records one by one and ask, for any record, which stored records
/// share at least one blocking key with it. Never compares all pairs; blocks grown beyond
/// <see cref="MaxBlockSize"/> are skipped (and counted) because a key that common carries no information.
/// </summary>
/// <remarks>
/// Keys are stored as 64-bit hashes with linked entries in flat arrays, so a million records cost
/// tens of bytes per key rather than one list object per block. A hash collision only adds a candidate,
/// which the scorer then rejects.
/// </remarks>
public sealed class CandidateIndex<T>
{
    private readonly IReadOnlyList<BlockingKey<T>> _keys;
    private readonly List<T> _items = new();
    private readonly List<bool> _removed = new();
    private readonly Dictionary<ulong, (int Head, int Count)> _blocks = new();
    private readonly List<(int Item, int Next)> _entries = new();
    private readonly HashSet<ulong> _oversizedSeen = new();
    private int[] _stamp = new int[16];
    private int _query;

    public CandidateIndex(IReadOnlyList<BlockingKey<T>> keys, int maxBlockSize)
    {
        _keys = keys;
        MaxBlockSize = maxBlockSize;
    }

    public int MaxBlockSize { get; }

    /// <summary>Records currently stored (added minus removed).</summary>
    public int Count { get; private set; }

    /// <summary>Distinct blocks that were skipped at least once because they were larger than <see cref="MaxBlockSize"/>.</summary>
    public int OversizedBlocks => _oversizedSeen.Count;

    public T this[int slot] => _items[slot];

    public int Add(T item)
    {
        var slot = _items.Count;
        _items.Add(item);
        _removed.Add(false);
        for (var k = 0; k < _keys.Count; k++)
        {
            var value = _keys[k].Key(item);
            if (string.IsNullOrEmpty(value)) continue;
            var hash = Hash(k, value);
            _blocks.TryGetValue(hash, out var block);
            var head = block.Count == 0 ? -1 : block.Head;
            _entries.Add((slot, head));
            _blocks[hash] = (_entries.Count - 1, block.Count + 1);
        }
        Count++;
        return slot;
    }

    /// <summary>Stops returning the slot as a candidate.</summary>
    public void Remove(int slot)
    {
        if (_removed[slot]) return;
        _removed[slot] = true;
        Count--;
    }

    /// <summary>Clears <paramref name="candidates"/> and fills it with the distinct live slots sharing a key with <paramref name="item"/>.</summary>
    public void FindCandidates(T item, List<int> candidates)
    {
        candidates.Clear();
        if (_stamp.Length < _items.Count) Array.Resize(ref _stamp, Math.Max(_items.Count, _stamp.Length * 2));
        if (++_query == int.MaxValue) { Array.Clear(_stamp); _query = 1; }
        for (var k = 0; k < _keys.Count; k++)
        {
            var value = _keys[k].Key(item);
            if (string.IsNullOrEmpty(value)) continue;
            var hash = Hash(k, value);
            if (!_blocks.TryGetValue(hash, out var block)) continue;
            if (block.Count > MaxBlockSize)
            {
                _oversizedSeen.Add(hash);
                continue;
            }
            for (var e = block.Head; e >= 0; e = _entries[e].Next)
            {
                var slot = _entries[e].Item;
                if (_removed[slot] || _stamp[slot] == _query) continue;
                _stamp[slot] = _query;
                candidates.Add(slot);
            }
        }
    }

    private static ulong Hash(int keyIndex, string value)
    {
        var hash = 14695981039346656037UL ^ (ulong)(keyIndex + 1) * 1099511628211UL;
        foreach (var c in value)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }
}
