namespace Pipeline.Core.Matching;

/// <summary>
/// The blocking part of an index, without the records: for each 64-bit key hash, a chain of slots. The owner
/// keeps the records (as objects or as columns) and says which slots are still live.
/// </summary>
/// <remarks>
/// Entries are two flat int arrays (slot, next) and one dictionary entry per distinct key, so a million records
/// cost tens of bytes per key rather than one list object per block. A hash collision only adds a candidate,
/// which the scorer then rejects. Removed slots stay chained until the owner rebuilds the index.
/// </remarks>
internal sealed class BlockIndex(int maxBlockSize)
{
    private readonly Dictionary<ulong, (int Head, int Count)> _blocks = new();
    private readonly HashSet<ulong> _oversizedSeen = new();
    private int[] _entrySlot = new int[64];
    private int[] _entryNext = new int[64];
    private int _entries;
    private int[] _stamp = new int[64];
    private int _query;

    public int MaxBlockSize { get; } = maxBlockSize;

    /// <summary>Distinct blocks that were skipped at least once because they were larger than <see cref="MaxBlockSize"/>.</summary>
    public int OversizedBlocks => _oversizedSeen.Count;

    public void Add(int slot, IReadOnlyList<string?> keys)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            var value = keys[k];
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var hash = Hash(k, value);
            _blocks.TryGetValue(hash, out var block);
            if (_entries == _entrySlot.Length)
            {
                Array.Resize(ref _entrySlot, _entries * 2);
                Array.Resize(ref _entryNext, _entries * 2);
            }

            _entrySlot[_entries] = slot;
            _entryNext[_entries] = block.Count == 0 ? -1 : block.Head;
            _blocks[hash] = (_entries, block.Count + 1);
            _entries++;
        }
    }

    /// <summary>Clears <paramref name="candidates"/> and fills it with the distinct live slots sharing a key.</summary>
    public void FindCandidates(IReadOnlyList<string?> keys, int slotCount, Func<int, bool> isLive, List<int> candidates)
    {
        candidates.Clear();
        if (_stamp.Length < slotCount)
        {
            Array.Resize(ref _stamp, Math.Max(slotCount, _stamp.Length * 2));
        }

        if (++_query == int.MaxValue) { Array.Clear(_stamp); _query = 1; }
        for (var k = 0; k < keys.Count; k++)
        {
            var value = keys[k];
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var hash = Hash(k, value);
            if (!_blocks.TryGetValue(hash, out var block))
            {
                continue;
            }

            if (block.Count > MaxBlockSize)
            {
                _oversizedSeen.Add(hash);
                continue;
            }

            for (var e = block.Head; e >= 0; e = _entryNext[e])
            {
                var slot = _entrySlot[e];
                if (_stamp[slot] == _query || !isLive(slot))
                {
                    continue;
                }

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
