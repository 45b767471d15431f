using System.Globalization;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Storage.Participants;

/// <summary>
/// The decisions over one register export as its rows stream in: which rows' KPJ is unusable, and, for a NIK on
/// several rows, which row is in force. Holds per NIK only its current row (a slot, a row number and a day number:
/// about 40 bytes in the dictionary), never the rows themselves.
/// </summary>
/// <remarks>
/// "Most recent" is the row with the latest <see cref="Field.RegisterDate"/> (TGL_KEPESERTAAN, tanggal update ...)
/// when the export has such a column; rows without a date there count as older than rows with one; on equal dates,
/// or without the column, the later row in the export wins, as an export lists the newer entry after the older.
/// Only rows with a valid KPJ take part: a <c>#N/A</c> row never outranks a real one. The membership status column
/// is kept as read; what a status means is not decided here.
/// </remarks>
internal sealed class RegisterRows(IReadOnlyCollection<int> kpjLengths, ParticipantIndex index, DateOnly referenceDate)
{
    private const int MaxProblemsKept = 50;
    private readonly Dictionary<long, (int Slot, int Row, int Day)> _byNik = [];
    private readonly Dictionary<long, List<int>> _duplicateRows = [];
    private readonly List<string> _problems = [];

    public int RowsRead { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Register rows (sheet row numbers) that lost to a more recent row of their NIK: delete them.</summary>
    public List<int> Superseded { get; } = [];

    public int DuplicateNiks => _duplicateRows.Count;

    public IReadOnlyList<string> Problems => _problems;

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

    /// <summary>Indexes a usable row and settles its NIK against the rows before it.</summary>
    public void Add(SourceRow row, SheetLayout layout, Participant participant)
    {
        var slot = index.Add(participant);
        if (participant.Fields.Nik is not { Length: 16 } nik || !long.TryParse(nik, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return;
        }

        var day = BirthDateParser.TryParse(row.Get(layout, Field.RegisterDate), referenceDate, out var date) ? date.Date.DayNumber + 1 : 0;
        if (!_byNik.TryGetValue(key, out var current))
        {
            _byNik[key] = (slot, row.RowNumber, day);
            return;
        }

        if (!_duplicateRows.TryGetValue(key, out var rows))
        {
            _duplicateRows[key] = rows = [current.Row];
        }

        rows.Add(row.RowNumber);
        if (day >= current.Day)
        {
            index.Remove(current.Slot);
            Superseded.Add(current.Row);
            _byNik[key] = (slot, row.RowNumber, day);
        }
        else
        {
            index.Remove(slot);
            Superseded.Add(row.RowNumber);
        }
    }

    /// <summary>Adds the duplicate NIKs to the problems, once every row is in.</summary>
    public void ReportDuplicates()
    {
        foreach (var (nik, rows) in _duplicateRows)
        {
            Report(IssueCatalog.RegisterNikDuplicate.Create(rows.Count, string.Join(", ", rows), _byNik[nik].Row));
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
}
