using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Cohort;

namespace Pipeline.Functions;

/// <summary>
/// On the first of every month, 07:00 WIB: the configured maximum age (<c>Cohort__MaxAge</c>, off by default) over the
/// funded people: funding ends after the birthday month that reaches it, and those whose birthday month it is are flagged.
/// </summary>
public sealed class CohortAgeLimitFunction(CohortActions cohort, ILogger<CohortAgeLimitFunction> logger)
{
    /// <summary>00:00 UTC on day 1 is 07:00 WIB (no daylight saving); see <see cref="WeeklySummaryFunction.Schedule"/>.</summary>
    public const string Schedule = "0 0 0 1 * *";

    [Function("CohortAgeLimit")]
    public async Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var changes = await cohort.ApplyAgeLimitAsync(cancellationToken);
        logger.LogInformation("Age limit (past due: {IsPastDue}): {Changes} people ended or flagged", timer.IsPastDue, changes.Count);
    }
}
