using System.Globalization;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Storage.Participants;

/// <summary>
/// The decisions over one register export as its rows stream in: which rows' KPJ is unusable, and, for a NIK or a
/// KPJ on several rows, which row is in force. Holds per NIK and per KPJ only its current row (a slot, a row number and
/// a day number: about 40 bytes in each dictionary), never the rows themselves.
/// </summary>
/// <remarks>
/// <para>"Most recent" is the row with the latest <see cref="Field.RegisterDate"/> (TGL_KEPESERTAAN, tanggal update ...)
/// when the export has such a column; rows without a date there count as older than rows with one; on equal dates,
/// or without the column, the later row in the export wins, as an export lists the newer entry after the older.
/// Only rows with a valid KPJ take part: a <c>#N/A</c> row never outranks a real one. The membership status column
/// is kept as read; what a status means is not decided here.</para>
/// <para>A row is in force when it is the most recent of its NIK and the most recent of its KPJ: both contests are
/// decided among all the rows, so the outcome does not depend on the order they came in. The snapshot is keyed by
/// KPJ, so a row is written only while it holds its KPJ (<see cref="Add"/>: the rows of a KPJ are written in export
/// order, so the one written last is the most recent); a KPJ whose most recent row lost to its NIK is deleted at the
/// end (<see cref="KpjsToDelete"/>).</para>
/// </remarks>
internal sealed class RegisterRows(IReadOnlyCollection<int> kpjLengths, ParticipantIndex index, DateOnly referenceDate)
{
    private const int MaxProblemsKept = 50;
    private readonly MostRecentRow<long> _byNik = new();
    private readonly MostRecentRow<string> _byKpj = new(StringComparer.Ordinal);
    private readonly List<(int Row, string Kpj)> _lostToNik = [];
    private readonly List<string> _problems = [];

    public int RowsRead { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Register rows (sheet row numbers) that lost to a more recent row of their NIK or their KPJ: what they said does not count.</summary>
    public List<int> Superseded { get; } = [];

    public int DuplicateNiks => _byNik.Repeated;

    public int DuplicateKpjs => _byKpj.Repeated;

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>
    /// The KPJs (row keys) to delete once every row is in: those whose most recent row lost to a more recent row of its
    /// NIK. A KPJ whose earlier row lost to its NIK but whose later row holds it keeps that later row.
    /// </summary>
    public IEnumerable<string> KpjsToDelete => _lostToNik.Where(l => _byKpj.Holds(l.Kpj, l.Row)).Select(l => l.Kpj).Distinct(StringComparer.Ordinal);

    /// <summary>The row's canonical KPJ, or null (counted and reported) when it is unusable.</summary>
    public string? ReadKpj(SourceRow row, SheetLayout layout)
    {
        RowsRead++;
        var cell = row.Get(layout, Field.Kpj);
        var kpj = KpjRule.Read(cell, kpjLengths, out var problem);
        if (kpj is null)
        {
            Skipped++;
            Report(IssueCatalog.RegisterKpjInvalid.Create(row.RowNumber, Shown(cell), Describe(problem)));
        }

        return kpj;
    }

    /// <summary>Indexes a usable row and settles its KPJ and its NIK against the rows before it.</summary>
    /// <returns>Whether the row holds its KPJ now, so it is written (over an older row of the KPJ, if any).</returns>
    public bool Add(SourceRow row, SheetLayout layout, Participant participant)
    {
        var slot = index.Add(participant);
        var day = BirthDateParser.TryParse(row.Get(layout, Field.RegisterDate), referenceDate, out var date) ? date.Date.DayNumber + 1 : 0;
        var holder = new Holder(slot, row.RowNumber, day);
        var kpjLoser = _byKpj.Offer(participant.Kpj, holder);
        Out(kpjLoser);
        if (participant.Fields.Nik is { Length: 16 } nik && long.TryParse(nik, NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            && _byNik.Offer(key, holder) is { } nikLoser)
        {
            Out(nikLoser);
            _lostToNik.Add((nikLoser.Row, nikLoser == holder ? participant.Kpj : index.KpjOf(nikLoser.Slot)));
        }

        return kpjLoser != holder;
    }

    /// <summary>Adds the duplicate NIKs and KPJs to the problems, once every row is in.</summary>
    public void ReportDuplicates()
    {
        foreach (var (rows, rowNumbers, used) in _byNik.Repeats)
        {
            Report(IssueCatalog.RegisterNikDuplicate.Create(rows, rowNumbers, used));
        }

        foreach (var (rows, rowNumbers, used) in _byKpj.Repeats)
        {
            Report(IssueCatalog.RegisterKpjDuplicate.Create(rows, rowNumbers, used));
        }
    }

    private void Out(Holder? loser)
    {
        if (loser is { } lost)
        {
            index.Remove(lost.Slot);
            Superseded.Add(lost.Row);
        }
    }

    private void Report(Issue issue)
    {
        if (_problems.Count < MaxProblemsKept)
        {
            _problems.Add(issue.Message);
        }
    }

    private static string Shown(object? cell)
    {
        var text = cell is double number ? number.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";
        return text.Length > 30 ? text[..30] + "…" : text;
    }

    private static string Describe(KpjRule.Problem problem) => problem switch
    {
        KpjRule.Problem.Missing => "kosong",
        KpjRule.Problem.FormulaError => "kesalahan rumus atau rumus tanpa nilai",
        KpjRule.Problem.NotDigits => "bukan angka",
        _ => "jumlah digit tidak sesuai",
    };

    /// <summary>A row as a contest remembers it: its slot in the index, its sheet row, its register day (0: none).</summary>
    private readonly record struct Holder(int Slot, int Row, int Day);

    /// <summary>The most recent row of each key (a NIK, a KPJ) as the rows come, and the rows of the keys seen more than once.</summary>
    private sealed class MostRecentRow<TKey>(IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        private readonly Dictionary<TKey, Holder> _holders = new(comparer);
        private readonly Dictionary<TKey, List<int>> _rows = new(comparer);

        public int Repeated => _rows.Count;

        /// <summary>Each repeated key: how many rows, those rows, the row in force.</summary>
        public IEnumerable<(int Rows, string RowNumbers, int Used)> Repeats =>
            _rows.Select(r => (r.Value.Count, string.Join(", ", r.Value.Select(SheetRows.Label)), _holders[r.Key].Row));

        /// <summary>Settles a row against the key's current row (the later one wins on an equal day).</summary>
        /// <returns>The row that lost: the previous holder or the challenger; null when the key is new.</returns>
        public Holder? Offer(TKey key, Holder challenger)
        {
            if (!_holders.TryGetValue(key, out var holder))
            {
                _holders[key] = challenger;
                return null;
            }

            if (!_rows.TryGetValue(key, out var rows))
            {
                _rows[key] = rows = [holder.Row];
            }

            rows.Add(challenger.Row);
            if (challenger.Day >= holder.Day)
            {
                _holders[key] = challenger;
                return holder;
            }

            return challenger;
        }

        public bool Holds(TKey key, int row) => _holders.TryGetValue(key, out var holder) && holder.Row == row;
    }
}
