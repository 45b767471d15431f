namespace Pipeline.Core.Matching;

/// <summary>
/// In-memory, incremental index of accepted records, blocked with the worker model's keys. Loaded with
/// earlier uploads, then grown row by row by <see cref="PersonResolver"/>. Not thread-safe: one upload at a time.
/// </summary>
public sealed class PersonIndex
{
    private readonly CandidateIndex<PreparedFields> _index;
    private readonly List<KnownRecord?> _records = new();
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    public PersonIndex(MatchOptions? options = null) =>
        _index = new CandidateIndex<PreparedFields>(WorkerMatchModel.BlockingKeys, (options ?? new MatchOptions()).MaxBlockSize);

    public int Count => _index.Count;

    /// <summary>Distinct blocks skipped because they exceeded the block-size cap.</summary>
    public int OversizedBlocks => _index.OversizedBlocks;

    public bool Contains(string recordId) => _slots.ContainsKey(recordId);

    /// <summary>Adds a record; a record with the same id is replaced.</summary>
    public void Add(KnownRecord record)
    {
        Remove(record.RecordId);
        var slot = _index.Add(new PreparedFields(record.Fields));
        _records.Add(record);
        _slots[record.RecordId] = slot;
    }

    /// <summary>Forgets a record (e.g. the upload it came from was withdrawn). Unknown ids are ignored.</summary>
    public void Remove(string recordId)
    {
        if (!_slots.Remove(recordId, out var slot)) return;
        _index.Remove(slot);
        _records[slot] = null;
    }

    internal void FindCandidates(PreparedFields fields, List<int> slots) => _index.FindCandidates(fields, slots);

    internal (KnownRecord Record, PreparedFields Fields) Get(int slot) => (_records[slot]!, _index[slot]);
}
