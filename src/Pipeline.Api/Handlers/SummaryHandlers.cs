using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Billing;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage;
using Pipeline.Storage.Reporting;

namespace Pipeline.Api.Handlers;

/// <summary>
/// "Make this week's summary now" (the weekly summary service the timer also runs, with the figures as they stand)
/// and the download of a week's workbook or page (regency-wide, with the new workers' names: not for viewers), and
/// one kecamatan's part of the week's figures, which a camat may read for their own kecamatan.
/// </summary>
public static class SummaryHandlers
{
    public static async Task<IResult> MakeCurrentWeek(ApiRequest request)
    {
        var outcome = await request.Service<WeeklySummaryService>().MakeCurrentWeekAsync(request.Aborted);
        var week = outcome.Week.ToString();
        var now = request.Service<TimeProvider>().GetUtcNow();
        await request.Service<Storage.Review.AuditLog>().AppendAsync(
            request.Actor, now, "summary.make", week, before: null,
            after: new { week, complete = outcome.Complete, lists = outcome.Regency.Lists, rows = outcome.Regency.Rows, candidates = outcome.Regency.Candidates, statuses = outcome.Regency.Statuses.ToDictionary() },
            why: null, idempotencyKey: $"summary-{week}-{now.UtcTicks}", request.Aborted);
        return Results.Json(View(outcome), statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> Download(ApiRequest request)
    {
        if (!ReportWeek.TryParse(request.Route("week"), out var week))
        {
            return ApiResults.BadRequest("Minggu harus berbentuk 2026-W48.");
        }

        var (path, name, contentType) = request.Route("file") switch
        {
            "workbook" => (ReportFiles.WorkbookPath(week), ReportFiles.WorkbookName(week), ContentTypes.Xlsx),
            "page" => (ReportFiles.PagePath(week), ReportFiles.PageName(week), ContentTypes.Html),
            _ => default,
        };
        if (path is null)
        {
            return ApiResults.BadRequest("Berkas harus workbook atau page.");
        }

        var blob = request.Service<PipelineStorage>().Reports.GetBlobClient(path);
        return await DownloadAudit.StreamAsync(request, blob, "summary", name, contentType, name, $"Ringkasan minggu {week} belum dibuat.");
    }

    /// <summary>
    /// One kecamatan's part of the week's summary (<see cref="KecamatanSummary"/>), counts only: a camat's own
    /// kecamatan (asking for another is refused), or the one named by <c>?kecamatan=</c> for the regency's staff.
    /// The week in progress unless <c>?week=2026-W48</c> names an earlier one.
    /// </summary>
    public static async Task<IResult> Kecamatan(ApiRequest request)
    {
        var gazetteer = request.Service<Gazetteer>();
        var (kecamatan, refusal) = Access.Scope(request, gazetteer);
        if (refusal is not null)
        {
            return refusal;
        }

        if (kecamatan is null || gazetteer.KecamatanName(kecamatan) is null)
        {
            return ApiResults.BadRequest("Pilih kecamatan Kabupaten Labuhanbatu Utara.");
        }

        var now = request.Service<TimeProvider>().GetUtcNow();
        var week = ReportWeek.Containing(now);
        if (request.Query("week") is { } text && (!ReportWeek.TryParse(text, out week) || week.Start > now))
        {
            return ApiResults.BadRequest("Minggu harus berbentuk 2026-W48 dan sudah dimulai.");
        }

        return await request.Service<WeeklySummaryService>().BuildKecamatanAsync(week, kecamatan, request.Aborted) is { } summary
            ? ApiResults.Ok(KecamatanView(summary))
            : ApiResults.NotFound("Kecamatan tidak ditemukan.");
    }

    private static object KecamatanView(KecamatanSummary summary)
    {
        static object Figures(AreaReport area) => new
        {
            code = area.Code,
            name = area.Name,
            listsThisWeek = area.Current.ListsThisWeek,
            lists = area.Current.Lists,
            failedLists = area.Current.FailedLists,
            rows = area.Current.Rows,
            candidates = area.Current.Candidates,
            rejected = area.Current.Rejected,
            statuses = area.Current.Statuses.ToDictionary(),
            previousRows = area.Previous.Rows,
            previousCandidates = area.Previous.Candidates,
            desa = area.Current.Desa,
            desaWithData = area.Current.DesaWithData,
            budgetMonthly = area.Budget.Monthly,
            topRejectReason = area.RejectReasons.FirstOrDefault()?.Description,
        };

        return new
        {
            week = summary.Week.ToString(),
            weekLabel = IndonesianFormat.Week(summary.Week),
            asOf = summary.AsOf,
            asOfLabel = IndonesianFormat.DateTime(summary.AsOf),
            complete = summary.Complete,
            kecamatan = Figures(summary.Kecamatan),
            desa = summary.Desa.Select(Figures),
            desaMissing = summary.DesaMissing,
            contacts = summary.Contacts.Select(c => new { desa = c.Desa, reason = c.Reason }),
        };
    }

    private static object View(WeeklySummaryOutcome outcome)
    {
        var week = outcome.Week.ToString();
        return new
        {
            week,
            weekLabel = IndonesianFormat.Week(outcome.Week),
            asOf = outcome.AsOf,
            complete = outcome.Complete,
            hasData = outcome.HasData,
            lists = outcome.Regency.Lists,
            rows = outcome.Regency.Rows,
            candidates = outcome.Regency.Candidates,
            statuses = outcome.Regency.Statuses.ToDictionary(),
            budgetMonthly = outcome.Budget.Monthly,
            budgetTotal = outcome.Budget.Total,
            funded = outcome.Cohort?.Regency.Cost.Funded,
            fundedThisMonth = outcome.Cohort?.Regency.Cost.ThisMonth,
            submitted = outcome.Cohort?.Regency.Cost.Submitted,
            cohortCandidates = outcome.Cohort?.Regency.Cost.Candidates,
            projection = outcome.Cohort?.Regency.Cost.Projection,
            projectionMonths = outcome.Cohort?.ProjectionMonths,
            paguRemaining = outcome.Cohort?.Headroom?.Remaining,
            paguMoreFit = outcome.Cohort?.Headroom?.MoreFit,
            unpaid = outcome.Cohort is { } cohort ? UnpaidWarnings.Sentences(cohort.Unpaid) : [],
            workbookUrl = $"/api/summaries/{week}/workbook",
            pageUrl = $"/api/summaries/{week}/page",
        };
    }
}
