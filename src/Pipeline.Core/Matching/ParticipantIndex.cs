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
    private static readonly Func<int, bool> AlwaysLive = _ => true;

    public ParticipantIndex(MatchOptions? options = null) =>
        _columns = new MatchColumns((options ?? new MatchOptions()).MaxBlockSize);

    public int Count => _kpj.Count;

    public int OversizedBlocks => _columns.OversizedBlocks;

    public void Add(Participant participant)
    {
        _columns.Add(participant.Fields);
        _kpj.Add(participant.Kpj);

        // A handful of membership statuses (AKTIF, NON AKTIF ...) shared by everyone.
        _membership.Add(participant.MembershipStatus is { } status ? _statuses.TryGetValue(status, out var shared) ? shared : _statuses[status] = status : null);
    }

    internal void FindCandidates(PreparedFields fields, List<int> slots) => _columns.FindCandidates(fields, AlwaysLive, slots);

    internal PreparedFields Prepare(int slot) => _columns.Prepare(slot);

    internal (Participant Participant, PreparedFields Fields) Get(int slot)
    {
        var fields = _columns.Fields(slot);
        return (new Participant(_kpj[slot], _membership[slot], fields), new PreparedFields(fields));
    }
}
