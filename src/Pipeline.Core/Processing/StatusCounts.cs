using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>Rows per status of one upload (or of any set of records).</summary>
public sealed class StatusCounts
{
    private readonly int[] _counts = new int[Enum.GetValues<RecordStatus>().Length];

    public int this[RecordStatus status] => _counts[(int)status];

    public int Total => _counts.Sum();

    public void Add(RecordStatus status) => _counts[(int)status]++;

    public static StatusCounts Of(IEnumerable<WorkerRecord> records)
    {
        var result = new StatusCounts();
        foreach (var record in records)
        {
            result.Add(record.Status);
        }

        return result;
    }
}
