namespace Pipeline.Core.Matching;

/// <summary>In-memory index of the BPJS participant register, blocked like <see cref="PersonIndex"/>. Not thread-safe.</summary>
public sealed class ParticipantIndex
{
    private readonly CandidateIndex<PreparedFields> _index;
    private readonly List<Participant> _participants = new();

    public ParticipantIndex(MatchOptions? options = null) =>
        _index = new CandidateIndex<PreparedFields>(WorkerMatchModel.BlockingKeys, (options ?? new MatchOptions()).MaxBlockSize);

    public int Count => _index.Count;

    public int OversizedBlocks => _index.OversizedBlocks;

    public void Add(Participant participant)
    {
        _index.Add(new PreparedFields(participant.Fields));
        _participants.Add(participant);
    }

    internal void FindCandidates(PreparedFields fields, List<int> slots) => _index.FindCandidates(fields, slots);

    internal (Participant Participant, PreparedFields Fields) Get(int slot) => (_participants[slot], _index[slot]);
}
