using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Reporting;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Review;

namespace Pipeline.Storage.Billing;

/// <summary>
/// The money side after a bill is reconciled: an approver records its payment (audited), and the months whose
/// contributions are still unpaid as they near the lapse are found for the page and the weekly summary.
/// </summary>
public sealed class BillPaymentService(
    ReconciliationStore reconciliations,
    CohortCountStore cohort,
    ContributionSchedule schedule,
    IOptions<BillingOptions> options,
    AuditLog audit,
    TimeProvider time,
    ILogger<BillPaymentService> logger)
{
    public const string AuditAction = "billing.payment";

    /// <summary>Records that the regency paid a reconciled bill: once, audited; the same payment again changes nothing.</summary>
    /// <returns>The bill as it stands and the domain's decision; null bill when no such reconciliation exists.</returns>
    public async Task<(ReconciledBill? Bill, BillPaymentDecision? Decision)> RecordAsync(string id, DateOnly paidOn, decimal amount, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        var proposed = new BillPayment(paidOn, amount, actor.Id, actor.Name, now);
        for (var attempt = 0; ; attempt++)
        {
            if (await reconciliations.GetAsync(id, cancellationToken) is not { } bill)
            {
                return (null, null);
            }

            var decision = BillPayment.Decide(bill.Payment, bill.ToPay, proposed, JakartaTime.DateOf(now));
            if (!decision.Changed)
            {
                return (bill, decision);
            }

            if (await reconciliations.RecordPaymentAsync(id, decision.Payment!, decision.Note, cancellationToken))
            {
                await audit.AppendAsync(actor, now, AuditAction, id, null,
                    new { period = bill.Period.ToString(), paidOn = paidOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), amount, toPay = bill.ToPay },
                    decision.Note, $"{AuditAction}:{id}", cancellationToken);
                logger.LogInformation("Payment of {ReconciliationId} recorded: {Amount} on {PaidOn}", id, amount, paidOn);
                return (await reconciliations.GetAsync(id, cancellationToken), decision);
            }

            if (attempt >= 2)
            {
                throw new InvalidOperationException($"The reconciliation {id} kept changing while its payment was recorded.");
            }
        }
    }

    /// <summary>The months still unpaid near or past the lapse, with their people and money (regency-wide).</summary>
    public async Task<IReadOnlyList<UnpaidMonth>> UnpaidAsync(CancellationToken cancellationToken)
    {
        var funded = new FundedMonths();
        foreach (var area in await cohort.CountByDesaAsync(cancellationToken))
        {
            funded.Add(area.Funded);
        }

        return UnpaidContributions.Find(funded, await PaidPeriodsAsync(cancellationToken), JakartaTime.DateOf(time.GetUtcNow()), options.Value, schedule);
    }

    /// <summary>The periods of the bills whose payment is recorded.</summary>
    public async Task<IReadOnlyList<MonthRange>> PaidPeriodsAsync(CancellationToken cancellationToken) =>
        (await reconciliations.ListAsync(cancellationToken)).Where(b => b.Payment is not null).Select(b => b.Period).ToList();
}
