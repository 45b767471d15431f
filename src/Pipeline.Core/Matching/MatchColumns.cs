using Pipeline.Core.Model;

namespace Pipeline.Core.Matching;

/// <summary>
/// The match fields of many people stored as columns (struct of arrays) with their blocking keys: the shared
/// core of <see cref="PersonIndex"/> and <see cref="ParticipantIndex"/>.
/// </summary>
/// <remarks>
/// Per person: NIK and phone as packed numbers, birth date as a day number, sex as a byte, desa as an index
/// into a table of the few desa codes, and one string, the name key, because name comparison needs its text.
/// Name words and the other derived values are computed when a person is a candidate, not stored: candidates
/// per row are few, people are many. About 60 bytes per person plus the blocking keys.
/// </remarks>
internal sealed class MatchColumns
{
    private readonly BlockIndex _blocks;
    private readonly string?[] _keyBuffer = new string?[WorkerMatchModel.BlockingKeys.Count];
    private readonly PackedText _nik = new();
    private readonly PackedText _phone = new();
    private readonly Dictionary<string, int> _desaIndex = new(StringComparer.Ordinal);
    private readonly List<string> _desaCodes = [""];
    private int[] _birth = new int[64];
    private byte[] _sex = new byte[64];
    private int[] _desa = new int[64];
    private string?[] _name = new string?[64];

    public MatchColumns(int maxBlockSize) => _blocks = new BlockIndex(maxBlockSize);

    /// <summary>Slots handed out so far (live or not).</summary>
    public int Slots { get; private set; }

    public int OversizedBlocks => _blocks.OversizedBlocks;

    public int Add(MatchFields fields)
    {
        var slot = Slots++;
        if (slot == _birth.Length)
        {
            var size = slot * 2;
            Array.Resize(ref _birth, size);
            Array.Resize(ref _sex, size);
            Array.Resize(ref _desa, size);
            Array.Resize(ref _name, size);
        }

        _nik.Set(slot, fields.Nik);
        _phone.Set(slot, fields.Phone);
        _birth[slot] = fields.BirthDate is { } date ? date.DayNumber + 1 : 0;
        _sex[slot] = fields.Sex is { } sex ? (byte)(sex + 1) : (byte)0;
        _desa[slot] = DesaIndex(fields.DesaCode);
        _name[slot] = fields.NameKey ?? fields.Name;
        _blocks.Add(slot, KeysOf(new PreparedFields(fields)));
        return slot;
    }

    /// <summary>Frees what a removed slot holds; its blocking entries stay until the owner rebuilds.</summary>
    public void Clear(int slot)
    {
        _nik.Clear(slot);
        _phone.Clear(slot);
        _name[slot] = null;
    }

    /// <summary>The fields as stored: the name key stands for both name and key, as matching uses the key.</summary>
    public MatchFields Fields(int slot) => new(
        _nik.Get(slot),
        null,
        _name[slot],
        _birth[slot] == 0 ? null : DateOnly.FromDayNumber(_birth[slot] - 1),
        _sex[slot] == 0 ? null : (Sex)(_sex[slot] - 1),
        _desa[slot] == 0 ? null : _desaCodes[_desa[slot]],
        _phone.Get(slot));

    /// <summary>The form <see cref="Fields"/> gives back for these fields (equal when nothing matching uses differs).</summary>
    public static MatchFields AsStored(MatchFields fields) => fields with { Name = null, NameKey = fields.NameKey ?? fields.Name };

    public PreparedFields Prepare(int slot) => new(Fields(slot));

    public void FindCandidates(PreparedFields query, Func<int, bool> isLive, List<int> candidates) =>
        _blocks.FindCandidates(KeysOf(query), Slots, isLive, candidates);

    private string?[] KeysOf(PreparedFields fields)
    {
        var keys = WorkerMatchModel.BlockingKeys;
        for (var k = 0; k < keys.Count; k++)
        {
            _keyBuffer[k] = keys[k].Key(fields);
        }

        return _keyBuffer;
    }

    private int DesaIndex(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return 0;
        }

        if (_desaIndex.TryGetValue(code, out var index))
        {
            return index;
        }

        _desaCodes.Add(code);
        return _desaIndex[code] = _desaCodes.Count - 1;
    }
}
