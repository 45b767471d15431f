using Pipeline.Core.Model;

namespace Pipeline.Core.Reporting;

/// <summary>The figures of one area (the regency, a kecamatan or a desa) as of a moment.</summary>
public sealed record AreaCounts
{
    public static readonly AreaCounts Empty = new();

    /// <summary>Lists (uploaded files) received in the report's week.</summary>
    public int ListsThisWeek { get; init; }

    /// <summary>Lists received up to the moment, this week's included.</summary>
    public int Lists { get; init; }

    /// <summary>Lists that could not be read at all (FILE_* codes).</summary>
    public int FailedLists { get; init; }

    /// <summary>Data rows stored (every row of every list, once per sheet row).</summary>
    public int Rows => Statuses.Total;

    /// <summary>Rows per status.</summary>
    public StatusCounts Statuses { get; init; } = new();

    /// <summary>People to be paid for: a person's one listing that is new or to be reactivated.</summary>
    public int Candidates => Statuses.Candidates;

    public int Rejected => Statuses[RecordStatus.Rejected];

    /// <summary>Villages of the area in the gazetteer (1 for a desa).</summary>
    public int Desa { get; init; }

    /// <summary>Villages that sent a list or are named by stored rows.</summary>
    public int DesaWithData { get; init; }

    public int DesaWithoutData => Desa - DesaWithData;

    public double RejectionRate => Rows == 0 ? 0 : (double)Rejected / Rows;

    /// <summary>Share of the area's villages with data: the coverage the HTML page charts.</summary>
    public double Coverage => Desa == 0 ? 0 : (double)DesaWithData / Desa;
}
