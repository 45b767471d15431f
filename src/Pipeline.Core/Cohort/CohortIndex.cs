using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Pipeline.Core.Budget;
using Pipeline.Core.Matching;

namespace Pipeline.Core.Cohort;

/// <summary>
/// The funded cohort in memory, as a bill is reconciled against it: one small fixed-size entry per person, names
/// packed as UTF-8, and two sorted key tables to find a person by KPJ or by NIK. Built once from a stream of
/// <see cref="FundedPeriod"/>s (see <see cref="Build"/>) and read-only afterwards, so it may be shared.
/// </summary>
/// <remarks>
/// <para>Memory follows the cohort, never the bill: about 60 bytes per person plus the name's UTF-8 bytes, measured
/// by the <c>reconcile</c> benchmark. NIK and KPJ are kept as 64-bit numbers (<see cref="PackedText"/>'s encoding),
/// person ids of the usual "P" + 12 hex form as 64-bit numbers, months as 16-bit offsets, and kecamatan, desa and end
/// reasons as 16-bit references to one shared copy of each text. Lookups are binary searches over sorted arrays
/// (12 bytes per person per key) rather than dictionaries (about 28).</para>
/// <para>One record per person: two records with the same NIK or the same KPJ are a fault of the stored cohort, and
/// paying against it would be wrong, so <see cref="Build"/> refuses them (naming the person ids, never the NIK).</para>
/// </remarks>
public sealed class CohortIndex
{
    /// <summary>Months are stored as offsets from January 1900 (a 16-bit offset reaches past the year 7000).</summary>
    private static readonly int BaseMonth = YearMonth.Of(1900, 1).Ordinal;

    private readonly Entry[] _entries;
    private readonly byte[] _names;
    private readonly int[] _nameStarts;
    private readonly string[] _texts;
    private readonly Dictionary<int, string> _otherPersonIds;
    private readonly SortedKeys _byKpj;
    private readonly SortedKeys _byNik;

    private CohortIndex(Entry[] entries, byte[] names, int[] nameStarts, string[] texts, Dictionary<int, string> otherPersonIds)
    {
        _entries = entries;
        _names = names;
        _nameStarts = nameStarts;
        _texts = texts;
        _otherPersonIds = otherPersonIds;
        _byKpj = SortedKeys.Of(entries, e => e.Kpj, "KPJ", this);
        _byNik = SortedKeys.Of(entries, e => e.Nik, "NIK", this);
    }

    /// <summary>People in the cohort; slots run from 0 to <c>Count - 1</c> in the order they were given.</summary>
    public int Count => _entries.Length;

    /// <summary>Indexes the funded people streamed in; nothing but the compact entries is kept.</summary>
    /// <exception cref="CohortIndexException">A NIK or KPJ is not digits, or two records share one.</exception>
    public static CohortIndex Build(IEnumerable<FundedPeriod> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var entries = new List<Entry>(people.TryGetNonEnumeratedCount(out var known) ? known : 1024);
        var names = new ArrayBufferWriter<byte>();
        var nameStarts = new List<int>(entries.Capacity + 1) { 0 };
        var texts = new List<string> { string.Empty };
        var textIndex = new Dictionary<string, ushort>(StringComparer.Ordinal);
        var otherPersonIds = new Dictionary<int, string>();
        foreach (var person in people)
        {
            var slot = entries.Count;
            var personId = PackPersonId(person.PersonId);
            if (personId == 0)
            {
                otherPersonIds[slot] = person.PersonId;
            }

            entries.Add(new Entry
            {
                Nik = PackDigits(person.Nik, "NIK", person.PersonId) is var nik && nik != 0 ? nik : throw new CohortIndexException("NIK", [person.PersonId]),
                Kpj = PackDigits(person.Kpj, "KPJ", person.PersonId),
                PersonId = personId,
                FundedFrom = MonthOffset(person.FundedFrom),
                EndedFrom = person.EndedFrom is { } ended ? (ushort)(MonthOffset(ended) + 1) : (ushort)0,
                Kecamatan = Intern(person.KecamatanCode, texts, textIndex),
                Desa = Intern(person.DesaCode, texts, textIndex),
                EndReason = Intern(person.EndReason, texts, textIndex),
            });
            var length = Encoding.UTF8.GetByteCount(person.Name);
            Encoding.UTF8.GetBytes(person.Name, names.GetSpan(length));
            names.Advance(length);
            nameStarts.Add(names.WrittenCount);
        }

        return new CohortIndex([.. entries], names.WrittenSpan.ToArray(), [.. nameStarts], [.. texts], otherPersonIds);
    }

    /// <summary>The slot of the person with this KPJ (digits), or -1.</summary>
    public int FindByKpj(string? kpj) => _byKpj.Find(PackedText.Pack(kpj, out _));

    /// <summary>The slot of the person with this NIK (16 digits), or -1.</summary>
    public int FindByNik(string? nik) => _byNik.Find(PackedText.Pack(nik, out _));

    /// <summary>The person in <paramref name="slot"/>, as given to <see cref="Build"/>.</summary>
    public FundedPeriod this[int slot] => new(
        PersonId(slot),
        Unpack(_entries[slot].Nik)!,
        Unpack(_entries[slot].Kpj),
        Name(slot),
        Text(_entries[slot].Kecamatan),
        Text(_entries[slot].Desa),
        FundedFrom(slot),
        EndedFrom(slot),
        Text(_entries[slot].EndReason));

    public string PersonId(int slot) =>
        _entries[slot].PersonId != 0 ? "P" + _entries[slot].PersonId.ToString("x12", CultureInfo.InvariantCulture) : _otherPersonIds[slot];

    public string Name(int slot) => Encoding.UTF8.GetString(_names, _nameStarts[slot], _nameStarts[slot + 1] - _nameStarts[slot]);

    public YearMonth FundedFrom(int slot) => YearMonth.FromOrdinal(BaseMonth + _entries[slot].FundedFrom);

    public YearMonth? EndedFrom(int slot) =>
        _entries[slot].EndedFrom == 0 ? null : YearMonth.FromOrdinal(BaseMonth + _entries[slot].EndedFrom - 1);

    public bool IsFundedIn(int slot, YearMonth month)
    {
        var offset = month.Ordinal - BaseMonth;
        var entry = _entries[slot];
        return offset >= entry.FundedFrom && (entry.EndedFrom == 0 || offset < entry.EndedFrom - 1);
    }

    /// <summary>How many people the regency pays for in <paramref name="month"/>.</summary>
    public int CountFundedIn(YearMonth month)
    {
        var count = 0;
        for (var slot = 0; slot < _entries.Length; slot++)
        {
            if (IsFundedIn(slot, month))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The months of <paramref name="period"/> the person is funded in (<paramref name="funded"/>) and those after
    /// funding ended (<paramref name="ended"/>), one bit per month, bit 0 for the period's first month.
    /// </summary>
    internal void Months(int slot, MonthRange period, out uint funded, out uint ended)
    {
        var entry = _entries[slot];
        var first = period.First.Ordinal - BaseMonth;
        var count = period.Count;
        var from = Math.Clamp(entry.FundedFrom - first, 0, count);
        var end = entry.EndedFrom == 0 ? count : Math.Clamp(entry.EndedFrom - 1 - first, 0, count);
        funded = end > from ? Bits(from, end) : 0;
        ended = Bits(end, count);
    }

    /// <summary>The kecamatan and desa codes, for sorting and showing a person's area.</summary>
    internal (string? Kecamatan, string? Desa) Area(int slot) => (Text(_entries[slot].Kecamatan), Text(_entries[slot].Desa));

    /// <summary>Bits <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive) set.</summary>
    internal static uint Bits(int from, int to) =>
        to <= from ? 0u : (to - from >= 32 ? uint.MaxValue : ((1u << (to - from)) - 1)) << from;

    private string? Text(ushort reference) => reference == 0 ? null : _texts[reference];

    private static ushort MonthOffset(YearMonth month)
    {
        var offset = month.Ordinal - BaseMonth;
        return offset is >= 0 and < ushort.MaxValue ? (ushort)offset : throw new ArgumentOutOfRangeException(nameof(month), "A funded month before 1900.");
    }

    private static ushort Intern(string? text, List<string> texts, Dictionary<string, ushort> index)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (!index.TryGetValue(text, out var reference))
        {
            reference = texts.Count < ushort.MaxValue ? (ushort)texts.Count : throw new ArgumentException("More than 65,534 distinct area codes or end reasons.");
            texts.Add(text);
            index[text] = reference;
        }

        return reference;
    }

    private static long PackDigits(string? digits, string what, string personId)
    {
        var packed = PackedText.Pack(digits, out var fits);
        return fits && packed >= 0 ? packed : throw new CohortIndexException(what, [personId]);
    }

    private static string? Unpack(long packed) => packed == 0 ? null : packed.ToString(CultureInfo.InvariantCulture)[1..];

    private static ulong PackPersonId(string personId) =>
        personId is { Length: 13 } && personId[0] == 'P' && personId.AsSpan(1).IndexOfAnyExcept("0123456789abcdef") < 0
            && ulong.TryParse(personId.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value != 0
            ? value
            : 0;

    /// <summary>One person, 40 bytes: packed identifiers, months as offsets, texts as references.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private struct Entry
    {
        public long Nik;
        public long Kpj;
        public ulong PersonId;
        public ushort FundedFrom;
        /// <summary>Offset + 1; 0 while funding goes on.</summary>
        public ushort EndedFrom;
        public ushort Kecamatan;
        public ushort Desa;
        public ushort EndReason;
    }

    /// <summary>Packed keys in ascending order beside the slot holding each: a binary search finds a person.</summary>
    private sealed class SortedKeys(long[] keys, int[] slots)
    {
        public static SortedKeys Of(Entry[] entries, Func<Entry, long> key, string what, CohortIndex index)
        {
            var present = entries.Count(e => key(e) != 0);
            var keys = new long[present];
            var slots = new int[present];
            for (int slot = 0, next = 0; slot < entries.Length; slot++)
            {
                if (key(entries[slot]) is var value && value != 0)
                {
                    keys[next] = value;
                    slots[next++] = slot;
                }
            }

            Array.Sort(keys, slots);
            for (var i = 1; i < keys.Length; i++)
            {
                if (keys[i] == keys[i - 1])
                {
                    throw new CohortIndexException(what, [index.PersonId(Math.Min(slots[i - 1], slots[i])), index.PersonId(Math.Max(slots[i - 1], slots[i]))]);
                }
            }

            return new SortedKeys(keys, slots);
        }

        public int Find(long key)
        {
            if (key == 0)
            {
                return -1;
            }

            var at = Array.BinarySearch(keys, key);
            return at >= 0 ? slots[at] : -1;
        }
    }
}
