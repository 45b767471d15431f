using Azure;
using Microsoft.AspNetCore.Http;
using Pipeline.Api.Routing;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Reporting;

namespace Pipeline.Api.Handlers;

/// <summary>
/// "Make this week's summary now" (the weekly summary service the timer also runs, with the figures as they stand)
/// and the download of a week's workbook or page. Regency-wide, with the new workers' names: not for viewers.
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
            "workbook" => (ReportFiles.WorkbookPath(week), ReportFiles.WorkbookName(week), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "page" => (ReportFiles.PagePath(week), ReportFiles.PageName(week), "text/html; charset=utf-8"),
            _ => default,
        };
        if (path is null)
        {
            return ApiResults.BadRequest("Berkas harus workbook atau page.");
        }

        try
        {
            var download = await request.Service<PipelineStorage>().Reports.GetBlobClient(path).DownloadStreamingAsync(cancellationToken: request.Aborted);
            await DownloadAudit.RecordAsync(request, "summary", name);
            return Results.Stream(download.Value.Content, contentType, name);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return ApiResults.NotFound($"Ringkasan minggu {week} belum dibuat.");
        }
    }

    private static object View(WeeklySummaryOutcome outcome)
    {
        var week = outcome.Week.ToString();
        return new
        {
            week,
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
            unpaid = outcome.Cohort?.Unpaid.Select(u => u.ToIndonesian()) ?? [],
            workbookUrl = $"/api/summaries/{week}/workbook",
            pageUrl = $"/api/summaries/{week}/page",
        };
    }
}
