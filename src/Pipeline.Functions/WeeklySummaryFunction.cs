using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Reporting;

namespace Pipeline.Functions;

/// <summary>
/// Every Monday 07:00 WIB: the summary of the week that just ended, and of any week missed while the app was
/// down (the service compares with the last complete week in the Summaries table).
/// </summary>
public sealed class WeeklySummaryFunction(WeeklySummaryService summaries, ILogger<WeeklySummaryFunction> logger)
{
    /// <summary>
    /// 07:00 WIB is 00:00 UTC. The schedule is written in UTC because Azure evaluates NCRONTAB in UTC on Linux
    /// and Flex Consumption has no WEBSITE_TIME_ZONE setting; WIB (UTC+7) has no daylight saving, so it never drifts.
    /// </summary>
    public const string Schedule = "0 0 0 * * 1";

    [Function("WeeklySummary")]
    public async Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        // Not RunOnStartup (that would run on every cold start and scale-out). A missed Monday arrives here with
        // IsPastDue; either way the service makes whatever weeks have ended since the last complete summary.
        var made = await summaries.CatchUpAsync(cancellationToken);
        logger.LogInformation("Weekly summary timer (past due: {IsPastDue}) made {Weeks} week(s)", timer.IsPastDue, made.Count);
    }
}
