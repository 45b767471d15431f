namespace Pipeline.Core.Matching;

/// <summary>
/// An incremental blocking index over objects: add records one by one and ask, for any record, which stored
/// records share at least one blocking key with it. Never compares all pairs; blocks grown beyond
/// <see cref="MaxBlockSize"/> are skipped (and counted) because a key that common carries no information.
/// </summary>
/// <remarks>The worker indexes keep their records as columns and use <see cref="BlockIndex"/> directly.</remarks>
public sealed class CandidateIndex<T>
{
    private readonly IReadOnlyList<BlockingKey<T>> _keys;
    private readonly List<T> _items = new();
    private readonly List<bool> _removed = new();
    private readonly BlockIndex _blocks;
    private readonly string?[] _keyBuffer;

    public CandidateIndex(IReadOnlyList<BlockingKey<T>> keys, int maxBlockSize)
    {
        _keys = keys;
        _blocks = new BlockIndex(maxBlockSize);
        _keyBuffer = new string?[keys.Count];
    }

    public int MaxBlockSize => _blocks.MaxBlockSize;

    /// <summary>Records currently stored (added minus removed).</summary>
    public int Count { get; private set; }

    /// <summary>Distinct blocks that were skipped at least once because they were larger than <see cref="MaxBlockSize"/>.</summary>
    public int OversizedBlocks => _blocks.OversizedBlocks;

    public T this[int slot] => _items[slot];

    public int Add(T item)
    {
        var slot = _items.Count;
        _items.Add(item);
        _removed.Add(false);
        _blocks.Add(slot, KeysOf(item));
        Count++;
        return slot;
    }

    /// <summary>Stops returning the slot as a candidate.</summary>
    public void Remove(int slot)
    {
        if (_removed[slot])
        {
            return;
        }

        _removed[slot] = true;
        Count--;
    }

    /// <summary>Clears <paramref name="candidates"/> and fills it with the distinct live slots sharing a key with <paramref name="item"/>.</summary>
    public void FindCandidates(T item, List<int> candidates) =>
        _blocks.FindCandidates(KeysOf(item), _items.Count, slot => !_removed[slot], candidates);

    private string?[] KeysOf(T item)
    {
        for (var k = 0; k < _keys.Count; k++)
        {
            _keyBuffer[k] = _keys[k].Key(item);
        }

        return _keyBuffer;
    }
}
