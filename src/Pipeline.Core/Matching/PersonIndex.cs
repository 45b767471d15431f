using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Matching;

/// <summary>
/// Every accepted record the regency knows, blocked with the worker model's keys, and every upload it came from:
/// what a new row is matched against. Grown row by row by <see cref="PersonResolver"/>, changed as a whole by
/// <see cref="Apply"/>. Not thread-safe: one upload at a time (the matching lease and gate see to it).
/// </summary>
/// <remarks>
/// Columns, not objects (<see cref="MatchColumns"/>): person id as a 64-bit number, status as a byte, the upload
/// as an index into a table of uploads, the sheet row as an int; about 200 bytes per record with the blocking
/// keys, so a million records fit in a few hundred megabytes. Removed records leave holes that are reclaimed
/// when they outnumber the live ones.
/// </remarks>
public sealed class PersonIndex
{
    private const byte Removed = 0;
    private readonly MatchOptions _options;
    private readonly Dictionary<string, int> _uploadIndex = new(StringComparer.Ordinal);
    private readonly List<Upload> _uploads = [];
    private readonly Dictionary<long, int> _slotOf = new();
    private MatchColumns _columns;
    private ulong[] _person = new ulong[64];
    private byte[] _status = new byte[64];
    private int[] _upload = new int[64];
    private int[] _row = new int[64];
    private readonly Func<int, bool> _isLive;

    public PersonIndex(MatchOptions? options = null)
    {
        _options = options ?? new MatchOptions();
        _columns = new MatchColumns(_options.MaxBlockSize);
        _isLive = slot => _status[slot] != Removed;
    }

    /// <summary>Records currently known.</summary>
    public int Count => _slotOf.Count;

    /// <summary>Uploads currently known (with or without accepted records).</summary>
    public int UploadCount => _uploads.Count(u => u.Known);

    /// <summary>Distinct blocks skipped because they exceeded the block-size cap.</summary>
    public int OversizedBlocks => _columns.OversizedBlocks;

    public bool Contains(RecordId recordId) => Slot(recordId) >= 0;

    public bool KnowsUpload(string uploadKey) => _uploadIndex.TryGetValue(uploadKey, out var u) && _uploads[u].Known;

    public string? PathOf(string uploadKey) => _uploadIndex.TryGetValue(uploadKey, out var u) && _uploads[u].Known ? _uploads[u].Path : null;

    /// <summary>Every known upload: key and path.</summary>
    public IEnumerable<(string Key, string Path)> Uploads => _uploads.Where(u => u.Known).Select(u => (u.Key, u.Path));

    /// <summary>Adds a record; a record with the same id is replaced. Its upload becomes known.</summary>
    public void Add(KnownRecord record)
    {
        Remove(record.RecordId);
        var upload = UploadOf(record.RecordId.UploadKey, record.SourceLabel);
        var slot = _columns.Add(record.Fields);
        EnsureCapacity(slot);
        _person[slot] = PackPersonId(record.PersonId);
        _status[slot] = (byte)(record.Status + 1);
        _upload[slot] = upload;
        _row[slot] = record.RecordId.SourceRow;
        _slotOf[Locator(upload, record.RecordId.SourceRow)] = slot;
        _uploads[upload].Slots.Add(slot);
    }

    /// <summary>Forgets a record. Unknown ids are ignored.</summary>
    public bool Remove(RecordId recordId)
    {
        var slot = Slot(recordId);
        if (slot < 0)
        {
            return false;
        }

        Release(slot);
        _uploads[_upload[slot]].Slots.Remove(slot);
        return true;
    }

    /// <summary>The records of one upload, in sheet order.</summary>
    public IReadOnlyList<KnownRecord> RecordsOf(string uploadKey) =>
        _uploadIndex.TryGetValue(uploadKey, out var u)
            ? _uploads[u].Slots.Select(Get).OrderBy(r => r.RecordId.SourceRow).ToList()
            : [];

    /// <summary>Every record, upload by upload (for snapshots).</summary>
    public IEnumerable<KnownRecord> Records => _uploads.Where(u => u.Known).SelectMany(u => u.Slots).Select(Get);

    /// <summary>
    /// Applies a change and returns the change that undoes it. Uploads are replaced whole; status changes of
    /// records the index does not hold are ignored (they were replaced meanwhile).
    /// </summary>
    public IndexDelta Apply(IndexDelta delta)
    {
        var undoUploads = new List<UploadReplacement>();
        foreach (var replacement in delta.Uploads)
        {
            var known = KnowsUpload(replacement.UploadKey);
            undoUploads.Add(new UploadReplacement(replacement.UploadKey, PathOf(replacement.UploadKey) ?? replacement.UploadPath, known ? RecordsOf(replacement.UploadKey) : null));
            if (replacement.Records is null)
            {
                Forget(replacement.UploadKey);
            }
            else
            {
                Replace(replacement.UploadKey, replacement.UploadPath, replacement.Records);
            }
        }

        var undoStatuses = new List<StatusChange>();
        foreach (var change in delta.StatusChanges)
        {
            var slot = Slot(change.RecordId);
            if (slot < 0)
            {
                continue;
            }

            undoStatuses.Add(new StatusChange(change.RecordId, (RecordStatus)(_status[slot] - 1)));
            _status[slot] = (byte)(change.Status + 1);
        }

        CompactIfSparse();
        undoUploads.Reverse();
        undoStatuses.Reverse();
        return new IndexDelta(undoUploads, undoStatuses);
    }

    /// <summary>Every listing, in any upload but <paramref name="excludeUploadKey"/>, of these people.</summary>
    public IReadOnlyList<PrimaryListings.Listing> ListingsOf(IReadOnlySet<string> personIds, string? excludeUploadKey = null)
    {
        var wanted = personIds.Select(PackPersonId).ToHashSet();
        var excluded = excludeUploadKey is not null && _uploadIndex.TryGetValue(excludeUploadKey, out var e) ? e : -1;
        var listings = new List<PrimaryListings.Listing>();
        for (var slot = 0; slot < _columns.Slots; slot++)
        {
            if (_status[slot] != Removed && _upload[slot] != excluded && wanted.Contains(_person[slot]))
            {
                listings.Add(new PrimaryListings.Listing(IdOf(slot), UnpackPersonId(_person[slot]), (RecordStatus)(_status[slot] - 1)));
            }
        }

        return listings;
    }

    /// <summary>An upload's records per status (the index holds the <see cref="RecordStatusInfo.Matched"/> ones only).</summary>
    public StatusCounts CountStatuses(string uploadKey)
    {
        var counts = new StatusCounts();
        if (_uploadIndex.TryGetValue(uploadKey, out var u))
        {
            foreach (var slot in _uploads[u].Slots)
            {
                counts.Add((RecordStatus)(_status[slot] - 1));
            }
        }

        return counts;
    }

    internal void FindCandidates(PreparedFields fields, List<int> slots) => _columns.FindCandidates(fields, _isLive, slots);

    internal PreparedFields Prepare(int slot) => _columns.Prepare(slot);

    internal (KnownRecord Record, PreparedFields Fields) GetCandidate(int slot)
    {
        var record = Get(slot);
        return (record, new PreparedFields(record.Fields));
    }

    /// <summary>A person id as the number the index keeps (<see cref="PersonId.Value"/>).</summary>
    /// <exception cref="FormatException">Not a person id.</exception>
    internal static ulong PackPersonId(string personId) => PersonId.Parse(personId).Value;

    internal static string UnpackPersonId(ulong value) => PersonId.FromValue(value).ToString();

    private KnownRecord Get(int slot)
    {
        var upload = _uploads[_upload[slot]];
        return new KnownRecord(new RecordId(upload.Key, _row[slot]), UnpackPersonId(_person[slot]), upload.Path, _columns.Fields(slot), (RecordStatus)(_status[slot] - 1));
    }

    private RecordId IdOf(int slot) => new(_uploads[_upload[slot]].Key, _row[slot]);

    private int Slot(RecordId recordId) =>
        _uploadIndex.TryGetValue(recordId.UploadKey, out var u) && _slotOf.TryGetValue(Locator(u, recordId.SourceRow), out var slot) ? slot : -1;

    /// <summary>
    /// Makes the upload hold exactly these records. A record whose match fields did not change keeps its slot and
    /// only takes the new person id and status: the usual case when matching settles an upload's rows.
    /// </summary>
    private void Replace(string uploadKey, string uploadPath, IReadOnlyList<KnownRecord> records)
    {
        var u = UploadOf(uploadKey, uploadPath);
        var incoming = new Dictionary<int, KnownRecord>(records.Count);
        foreach (var record in records)
        {
            incoming[record.RecordId.SourceRow] = record;
        }

        var kept = new List<int>(records.Count);
        foreach (var slot in _uploads[u].Slots)
        {
            if (incoming.Remove(_row[slot], out var record) && _columns.Fields(slot) == MatchColumns.AsStored(record.Fields))
            {
                _person[slot] = PackPersonId(record.PersonId);
                _status[slot] = (byte)(record.Status + 1);
                kept.Add(slot);
            }
            else
            {
                Release(slot);
                if (record is not null)
                {
                    incoming[record.RecordId.SourceRow] = record;
                }
            }
        }

        _uploads[u].Slots.Clear();
        _uploads[u].Slots.AddRange(kept);
        foreach (var record in incoming.Values)
        {
            Add(record);
        }
    }

    private void Forget(string uploadKey)
    {
        if (!_uploadIndex.TryGetValue(uploadKey, out var u))
        {
            return;
        }

        foreach (var slot in _uploads[u].Slots)
        {
            Release(slot);
        }

        _uploads[u].Slots.Clear();
        _uploads[u].Known = false;
    }

    private void Release(int slot)
    {
        _slotOf.Remove(Locator(_upload[slot], _row[slot]));
        _status[slot] = Removed;
        _columns.Clear(slot);
    }

    private int UploadOf(string key, string path)
    {
        if (!_uploadIndex.TryGetValue(key, out var index))
        {
            index = _uploads.Count;
            _uploads.Add(new Upload(key));
            _uploadIndex[key] = index;
        }

        _uploads[index].Path = path;
        _uploads[index].Known = true;
        return index;
    }

    private static long Locator(int upload, int row) => ((long)upload << 32) | (uint)row;

    private void EnsureCapacity(int slot)
    {
        if (slot < _person.Length)
        {
            return;
        }

        var size = Math.Max(slot + 1, _person.Length * 2);
        Array.Resize(ref _person, size);
        Array.Resize(ref _status, size);
        Array.Resize(ref _upload, size);
        Array.Resize(ref _row, size);
    }

    /// <summary>Rebuilds the columns and blocks without the removed slots once they outnumber the live ones.</summary>
    private void CompactIfSparse()
    {
        var dead = _columns.Slots - Count;
        if (dead < 4096 || dead < Count)
        {
            return;
        }

        var live = Records.ToList();
        _columns = new MatchColumns(_options.MaxBlockSize);
        _slotOf.Clear();
        foreach (var upload in _uploads)
        {
            upload.Slots.Clear();
        }

        _person = new ulong[Math.Max(64, live.Count)];
        _status = new byte[_person.Length];
        _upload = new int[_person.Length];
        _row = new int[_person.Length];
        foreach (var record in live)
        {
            Add(record);
        }
    }

    private sealed class Upload(string key)
    {
        public string Key { get; } = key;
        public string Path { get; set; } = key;
        public bool Known { get; set; }
        public List<int> Slots { get; } = [];
    }
}
