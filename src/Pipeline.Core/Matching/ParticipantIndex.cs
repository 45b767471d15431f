namespace Pipeline.Core.Matching;

/// <summary>
/// In-memory index of the BPJS participant register, blocked like <see cref="PersonIndex"/> and stored as
/// columns the same way (<see cref="MatchColumns"/>). Loaded once per register snapshot; read-only afterwards,
/// so any number of uploads may search it, one at a time per resolver.
/// </summary>
public sealed class ParticipantIndex
{
    private readonly MatchColumns _columns;
    private readonly List<string> _kpj = [];
    private readonly List<string?> _membership = [];
    private readonly Dictionary<string, string> _statuses = new(StringComparer.Ordinal);
    private readonly HashSet<int> _removed = [];
    private readonly Func<int, bool> _isLive;

    public ParticipantIndex(MatchOptions? options = null)
    {
        _columns = new MatchColumns((options ?? new MatchOptions()).MaxBlockSize);
        _isLive = slot => !_removed.Contains(slot);
    }

    /// <summary>Participants that can be matched (added and not removed).</summary>
    public int Count => _kpj.Count - _removed.Count;

    public int OversizedBlocks => _columns.OversizedBlocks;

    /// <returns>The participant's slot, for <see cref="Remove"/>.</returns>
    public int Add(Participant participant)
    {
        var slot = _columns.Add(participant.Fields);
        _kpj.Add(participant.Kpj);

        // A handful of membership statuses (AKTIF, NON AKTIF ...) shared by everyone.
        _membership.Add(participant.MembershipStatus is { } status ? _statuses.TryGetValue(status, out var shared) ? shared : _statuses[status] = status : null);
        return slot;
    }

    /// <summary>
    /// Takes a participant out of matching: a register row that lost to a more recent row of the same NIK while
    /// the export streamed in. Its blocking entries stay (the index is loaded once per export).
    /// </summary>
    public void Remove(int slot)
    {
        if (_removed.Add(slot))
        {
            _columns.Clear(slot);
        }
    }

    internal void FindCandidates(PreparedFields fields, List<int> slots) => _columns.FindCandidates(fields, _isLive, slots);

    internal PreparedFields Prepare(int slot) => _columns.Prepare(slot);

    /// <summary>
    /// A slot's KPJ: equal matches are settled by it (the smaller wins), because a register read back from its table
    /// comes in KPJ order, not in the export's row order, and a match must not depend on which process read it.
    /// </summary>
    public string KpjOf(int slot) => _kpj[slot];

    internal (Participant Participant, PreparedFields Fields) Get(int slot)
    {
        var fields = _columns.Fields(slot);
        return (new Participant(_kpj[slot], _membership[slot], fields), new PreparedFields(fields));
    }
}
