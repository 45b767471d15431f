using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Billing;
using Pipeline.Storage.Cohort;

namespace Pipeline.Storage.Reporting;

/// <summary>
/// Makes the weekly summary from stored results: the workbook and the HTML page in the <c>reports</c>
/// container under <c>{yyyy}-W{ww}/</c>, and the week's row in <c>Summaries</c>. The timer function, the CLI
/// and the admin API call it; making a week again replaces all three.
/// </summary>
/// <remarks>
/// The lists' figures stand at the end of the week; the funded cohort's money ("Anggaran Pemda": people funded, this
/// month's contributions, the projection, the pagu, the last bill, the unpaid months) stands as the cohort is when the
/// summary is made, because the cohort keeps its current state only.
/// </remarks>
public sealed class WeeklySummaryService(
    PipelineStorage storage,
    ReportSource source,
    SummaryStore summaries,
    WeeklyReportBuilder builder,
    Gazetteer gazetteer,
    CohortCountStore cohort,
    ReconciliationStore reconciliations,
    CohortBudgetReportBuilder cohortBuilder,
    IOptions<WeeklySummaryOptions> options,
    TimeProvider time,
    ILogger<WeeklySummaryService> logger)
{
    /// <summary>
    /// The summary of the week in progress, with the figures as they stand now: what the admin endpoint
    /// "make this week's summary now" and <c>run</c> call. The timer makes it again, complete, after Sunday.
    /// </summary>
    public Task<WeeklySummaryOutcome> MakeCurrentWeekAsync(CancellationToken cancellationToken) =>
        MakeAsync(ReportWeek.Containing(time.GetUtcNow()), observer: null, cancellationToken);

    /// <summary>
    /// The summary of the week in progress, while <paramref name="observer"/> reads the same pass over the records
    /// (the CLI's records.csv at the end of a run: the stored rows are read once for both).
    /// </summary>
    public Task<WeeklySummaryOutcome> MakeCurrentWeekAsync(IRecordObserver observer, CancellationToken cancellationToken) =>
        MakeAsync(ReportWeek.Containing(time.GetUtcNow()), observer, cancellationToken);

    /// <summary>
    /// Makes (or makes again) the summary of <paramref name="week"/>: figures at the end of the week, or now
    /// when the week is still in progress. A week with no data is made and says so.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The week has not begun.</exception>
    public Task<WeeklySummaryOutcome> MakeAsync(ReportWeek week, CancellationToken cancellationToken) =>
        MakeAsync(week, observer: null, cancellationToken);

    private async Task<WeeklySummaryOutcome> MakeAsync(ReportWeek week, IRecordObserver? observer, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = time.GetUtcNow();
        if (week.Start > now)
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"Week {week} has not begun yet (it starts {IndonesianFormat.DateTime(week.Start)}).");
        }

        var asOf = week.End < now ? week.End : now;
        var workbookPath = ReportFiles.WorkbookPath(week);
        var pagePath = ReportFiles.PagePath(week);
        await using var workbookFile = TemporaryFile.Create("report");
        WeeklyReport report;
        long readMs, buildMs;
        int workers;
        using (var workbook = new ReportWorkbookWriter(workbookFile))
        {
            // One pass over the records: the figures count each row and the per-worker sheet writes it, then both drop it.
            ReportData data;
            using (var sheet = workbook.BeginNewWorkers(gazetteer, week, asOf))
            {
                data = await source.LoadAsync(asOf, [sheet], observer, cancellationToken);
                workers = sheet.Count;
            }

            readMs = stopwatch.ElapsedMilliseconds;
            var stored = await summaries.CompleteSnapshotsAsync(week.AddWeeks(-Math.Max(1, options.Value.TrendWeeks)), week.Previous, cancellationToken);
            report = builder.Build(data, week, asOf, now, stored);
            report = report with
            {
                Cohort = cohortBuilder.Build(await cohort.CountByDesaAsync(cancellationToken), await reconciliations.ListAsync(cancellationToken), JakartaTime.DateOf(now)),
            };
            workbook.Complete(report);
            buildMs = stopwatch.ElapsedMilliseconds - readMs;
        }

        await storage.Reports.GetBlobClient(workbookPath).UploadWholeAsync(workbookFile, ContentTypes.Xlsx, cancellationToken);
        await using (var pageFile = TemporaryFile.Create("report"))
        {
            ReportHtmlWriter.Write(report, pageFile);
            await storage.Reports.GetBlobClient(pagePath).UploadWholeAsync(pageFile, ContentTypes.Html, cancellationToken);
        }

        await summaries.ReplaceAsync(report, workbookPath, pagePath, cancellationToken);

        var figures = report.Regency.Current;
        logger.LogInformation(
            "Weekly summary {Week} made (complete: {Complete}): {Lists} lists, {Rows} rows, {Candidates} people to be paid for ({Workers} on the sheet), " +
            "{DesaWithoutData} villages without data, in {DurationMs} ms (records read and per-worker sheet {ReadMs} ms, figures and their sheets {BuildMs} ms)",
            week.ToString(), report.Complete, figures.Lists, figures.Rows, figures.Candidates, workers, figures.DesaWithoutData, stopwatch.ElapsedMilliseconds, readMs, buildMs);
        return new WeeklySummaryOutcome(week, asOf, report.Complete, report.HasData, workbookPath, pagePath, figures, report.Regency.Budget) { Cohort = report.Cohort };
    }

    /// <summary>
    /// The report of <paramref name="week"/> with its figures at the end of the week, or now while it is in progress,
    /// built but neither written nor stored: what <see cref="MakeAsync(ReportWeek, CancellationToken)"/> writes, and what a camat's view of their own
    /// kecamatan is cut from (<see cref="KecamatanSummary"/>), so both read the same figures.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The week has not begun.</exception>
    public async Task<WeeklyReport> BuildAsync(ReportWeek week, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (week.Start > now)
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"Week {week} has not begun yet (it starts {IndonesianFormat.DateTime(week.Start)}).");
        }

        var asOf = week.End < now ? week.End : now;
        var data = await source.LoadAsync(asOf, [], observer: null, cancellationToken);
        var stored = await summaries.CompleteSnapshotsAsync(week.AddWeeks(-Math.Max(1, options.Value.TrendWeeks)), week.Previous, cancellationToken);
        return builder.Build(data, week, asOf, now, stored);
    }

    /// <summary>
    /// One kecamatan's part of <paramref name="week"/> (<see cref="KecamatanSummary"/>), as <see cref="BuildAsync"/> would
    /// cut it from the regency's report, reading only the rows that can count for that kecamatan
    /// (<see cref="ReportSource.LoadForKecamatanAsync"/>): a camat's call costs their kecamatan's rows, not the regency's.
    /// </summary>
    /// <returns>Null when the regency has no such kecamatan.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The week has not begun.</exception>
    public async Task<KecamatanSummary?> BuildKecamatanAsync(ReportWeek week, string kecamatanCode, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (week.Start > now)
        {
            throw new ArgumentOutOfRangeException(nameof(week), $"Week {week} has not begun yet (it starts {IndonesianFormat.DateTime(week.Start)}).");
        }

        var asOf = week.End < now ? week.End : now;
        var data = await source.LoadForKecamatanAsync(asOf, kecamatanCode, cancellationToken);
        var stored = await summaries.CompleteSnapshotsAsync(week.AddWeeks(-Math.Max(1, options.Value.TrendWeeks)), week.Previous, cancellationToken);
        return KecamatanSummary.Of(builder.Build(data, week, asOf, now, stored), kecamatanCode);
    }

    /// <summary>
    /// The timer's work: every week that has ended since the last complete summary stored, oldest first
    /// (normally just last week; after an outage the weeks missed, at most <see cref="WeeklySummaryOptions.MaxCatchUpWeeks"/>).
    /// A week stored while still in progress is made again complete. With nothing stored, last week only.
    /// </summary>
    public async Task<IReadOnlyList<WeeklySummaryOutcome>> CatchUpAsync(CancellationToken cancellationToken)
    {
        var lastEnded = ReportWeek.Containing(time.GetUtcNow()).Previous;
        var first = await summaries.LastCompleteWeekAsync(cancellationToken) is { } lastComplete ? lastComplete.Next : lastEnded;
        var weeks = new List<ReportWeek>();
        for (var week = lastEnded; week >= first && weeks.Count < Math.Max(1, options.Value.MaxCatchUpWeeks); week = week.Previous)
        {
            weeks.Insert(0, week);
        }

        if (weeks.Count > 0 && weeks[0] > first)
        {
            logger.LogWarning("Weekly summaries {First} to {Last} are beyond the catch-up limit and were not made", first.ToString(), weeks[0].Previous.ToString());
        }

        var outcomes = new List<WeeklySummaryOutcome>();
        foreach (var week in weeks)
        {
            outcomes.Add(await MakeAsync(week, cancellationToken));
        }

        return outcomes;
    }
}
