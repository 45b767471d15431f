using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>
/// A new version of a village file keeps the person ids of the people its earlier version listed.
/// </summary>
/// <remarks>
/// The earlier version's rows are left out of matching (the new version replaces them), so a person listed
/// only in this file would otherwise get a fresh id whenever rows shift, or the register's id once the register
/// shows them (a person the regency funds keeps the id the funded cohort knows them by). Carried over by NIK, the identity
/// a village list states outright; rows without a valid NIK keep their fresh id.
/// </remarks>
public static class PreviousVersion
{
    /// <summary>A row of the version being replaced, as stored.</summary>
    public sealed record Row(string PersonId, RecordStatus Status, string? Nik);

    /// <returns>How many people kept their earlier id.</returns>
    public static int CarryPersonIds(IReadOnlyList<WorkerRecord> rows, IReadOnlyList<Row> previous)
    {
        var earlierIdByNik = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in previous)
        {
            if (row.Nik is not null)
            {
                earlierIdByNik.TryAdd(row.Nik, row.PersonId);
            }
        }

        // Fresh ids were handed out during matching and may already be inherited by later duplicate rows of
        // this file: replace an id everywhere, not only on the row that introduced it.
        var replace = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row is { Status: RecordStatus.New or RecordStatus.Reactivate or RecordStatus.Enrolled or RecordStatus.Review, Nik: { } nik, PersonId: { } fresh }
                && earlierIdByNik.TryGetValue(nik, out var earlier) && earlier != fresh)
            {
                replace.TryAdd(fresh, earlier);
            }
        }

        foreach (var row in rows)
        {
            if (row.PersonId is { } id && replace.TryGetValue(id, out var earlier))
            {
                row.PersonId = earlier;
            }
        }

        return replace.Count;
    }
}
