using Pipeline.Core.Budget;

namespace Pipeline.Core.Reporting;

/// <summary>
/// One week's summary for the regency, complete and computed: the workbook and the HTML page are renderings of
/// it, and its <see cref="Snapshot"/> is what the Summaries table keeps.
/// </summary>
public sealed record WeeklyReport
{
    public const string RegencyName = "Kabupaten Labuhanbatu Utara";

    public required ReportWeek Week { get; init; }

    /// <summary>The moment the figures stand at: the end of the week, or "now" for the week in progress.</summary>
    public required DateTimeOffset AsOf { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>True when the week had ended when the report was made (a partial week is made again later).</summary>
    public bool Complete => AsOf >= Week.End;

    /// <summary>False when no list had arrived by <see cref="AsOf"/>: the outputs say so instead of showing zeros silently.</summary>
    public bool HasData => Regency.Current.Lists > 0;

    public required AreaReport Regency { get; init; }

    public required IReadOnlyList<KecamatanReport> Kecamatan { get; init; }

    /// <summary>Lists and rows that name no kecamatan of the regency; null when there are none.</summary>
    public AreaReport? UnknownKecamatan { get; init; }

    /// <summary>True when the previous week's figures are the ones reported then (a stored summary), not recomputed.</summary>
    public required bool PreviousFromStoredSummary { get; init; }

    public required IReadOnlyList<IssueCount> TopIssues { get; init; }

    public required IReadOnlyList<RejectionEntry> HighestRejection { get; init; }

    public required IReadOnlyList<ContactEntry> Contacts { get; init; }

    /// <summary>Oldest first, this week last.</summary>
    public required IReadOnlyList<TrendPoint> Trend { get; init; }

    /// <summary>The rate in force on the report date.</summary>
    public required ContributionRate Rate { get; init; }

    /// <summary>The funded cohort's money (Anggaran Pemda); null where the cohort is not read (older callers, tests of lists alone).</summary>
    public CohortBudgetReport? Cohort { get; init; }

    /// <summary>The counts of every area, as the Summaries row stores them.</summary>
    public required FiguresSnapshot Snapshot { get; init; }

    /// <summary>The date the budget is reckoned from and the page is dated (the Monday after a complete week).</summary>
    public DateOnly ReportDate => JakartaTime.DateOf(AsOf);
}

/// <summary>One area's figures now and a week earlier, its budget and why its rows were rejected.</summary>
public sealed record AreaReport(
    string Code,
    string Name,
    AreaCounts Current,
    AreaCounts Previous,
    BudgetEstimate Budget,
    IReadOnlyList<IssueCount> RejectReasons);

/// <summary>A kecamatan with its villages (and "Desa tidak diketahui" when rows name none), by name.</summary>
public sealed record KecamatanReport(AreaReport Area, IReadOnlyList<AreaReport> Desa);

/// <param name="Severity">"Kesalahan" or "Peringatan".</param>
public sealed record IssueCount(string Code, string Severity, string Description, int Rows);

public sealed record RejectionEntry(string Kecamatan, string Desa, int Rows, int Rejected, double Rate, string? TopReason);

/// <summary>A village Disnaker should call, and why (several reasons are joined).</summary>
public sealed record ContactEntry(string Kecamatan, string Desa, string Reason);

/// <param name="Stored">True when the point is a stored summary; false when recomputed from today's records.</param>
public sealed record TrendPoint(ReportWeek Week, AreaCounts Counts, bool Stored);

/// <summary>A line of the sheet of people to be paid for (<see cref="NewWorkersSheet"/>).</summary>
public sealed record NewWorkerLine(
    string Kecamatan,
    string Desa,
    string Name,
    string Nik,
    string Sex,
    DateOnly? BirthDate,
    int? Age,
    string Occupation,
    DateOnly? Received,
    string File,
    int Row)
{
    /// <summary>The line of a stored row: places by name, the occupation readable, the day its list arrived.</summary>
    public static NewWorkerLine Of(ReportUpload upload, ReportRow row, Validation.Gazetteer gazetteer) => new(
        NewWorkersSheet.PlaceName(row.KecamatanCode, gazetteer.KecamatanName),
        NewWorkersSheet.PlaceName(row.DesaCode, gazetteer.DesaName),
        row.Name ?? "",
        row.Nik ?? "",
        row.Sex ?? "",
        row.BirthDate,
        row.Age,
        (row.Occupation ?? "").Replace('_', ' '),
        upload.ReceivedAt is { } at ? JakartaTime.DateOf(at) : null,
        upload.Path,
        row.SourceRow);
}
