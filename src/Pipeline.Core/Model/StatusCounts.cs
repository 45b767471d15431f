using System.Globalization;
using System.Text;

namespace Pipeline.Core.Model;

/// <summary>
/// Rows per status, of one upload, an area or any set of records: the one carrier of per-status numbers in
/// entities, reports and the API, so a new status in <see cref="RecordStatuses"/> needs no new property anywhere.
/// </summary>
public sealed class StatusCounts : IEquatable<StatusCounts>
{
    private readonly int[] _counts = new int[Enum.GetValues<RecordStatus>().Length];

    public int this[RecordStatus status] => _counts[(int)status];

    public int Total => _counts.Sum();

    /// <summary>Rows that are a person's listing to be paid for (<see cref="RecordStatusInfo.Candidate"/>).</summary>
    public int Candidates => Sum(s => s.Candidate);

    /// <summary>Every status in display order with its count (zeros included).</summary>
    public IEnumerable<(RecordStatusInfo Status, int Count)> InDisplayOrder =>
        RecordStatuses.All.Select(s => (s, _counts[(int)s.Status]));

    public void Add(RecordStatus status, int count = 1) => _counts[(int)status] += count;

    public void Set(RecordStatus status, int count) => _counts[(int)status] = count;

    /// <summary>Adds every count of <paramref name="other"/> to these.</summary>
    public void Add(StatusCounts other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
    }

    public int Sum(Func<RecordStatusInfo, bool> which) => RecordStatuses.All.Where(which).Sum(s => _counts[(int)s.Status]);

    public StatusCounts Copy()
    {
        var copy = new StatusCounts();
        copy.Add(this);
        return copy;
    }

    public static StatusCounts Of(IEnumerable<WorkerRecord> records)
    {
        var result = new StatusCounts();
        foreach (var record in records)
        {
            result.Add(record.Status);
        }

        return result;
    }

    /// <summary>Counts by status code (every status, zeros included): the API's and JSON's form.</summary>
    public IReadOnlyDictionary<string, int> ToDictionary() =>
        RecordStatuses.All.ToDictionary(s => s.Code, s => _counts[(int)s.Status], StringComparer.Ordinal);

    /// <summary>Counts from a dictionary by status code; unknown codes are ignored, missing ones are zero.</summary>
    public static StatusCounts FromDictionary(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var result = new StatusCounts();
        foreach (var (code, count) in counts)
        {
            if (RecordStatuses.TryParse(code, out var status))
            {
                result.Add(status, count);
            }
        }

        return result;
    }

    /// <summary>"new=3;duplicate=1": the non-zero counts, for logs and compact storage.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (status, count) in InDisplayOrder.Where(c => c.Count != 0))
        {
            text.Append(text.Length == 0 ? "" : ";").Append(status.Code).Append('=').Append(count.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    public bool Equals(StatusCounts? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts);

    public override bool Equals(object? obj) => Equals(obj as StatusCounts);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var count in _counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }
}
