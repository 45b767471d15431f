using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Review;

namespace Pipeline.Storage.Billing;

/// <summary>
/// BPJS's bill ("tagihan iuran"), from a file an approver uploads (API, CLI) or drops into <c>reference/tagihan/</c>
/// (blob trigger), reconciled against the funded cohort as stored: the one service behind all of them.
/// </summary>
/// <remarks>
/// <para>The period is the one the caller names, else one written in the bill's path, else the configured periods
/// (<see cref="BillingOptions.PeriodMonths"/>) spanned by the months the rows name, else the configured period of
/// today. The same bytes for the same period are one reconciliation: a replay returns it as recorded and writes
/// nothing.</para>
/// <para>The cohort is read once under the matching lease (so a confirmation or an end being applied is seen whole or
/// not at all) into the compact <see cref="CohortIndex"/>; the bill then streams through the reconciler into the
/// workbook and the CSV (temporary files), which are uploaded to <c>reports/reconciliation/{period}/</c> before the
/// row in <c>Reconciliations</c> and the Audit entry are written. A crash before the row leaves nothing recorded, and
/// the next attempt does it all again. A bill that cannot be used (not a spreadsheet, no KPJ/NIK or amount column,
/// no row for the period) records only a failed Audit entry and says why.</para>
/// </remarks>
public sealed class ReconciliationService(
    ReconciliationStore reconciliations,
    CohortStore cohort,
    CohortLedger ledger,
    MatchingGate gate,
    ContributionSchedule schedule,
    IOptions<BillingOptions> options,
    Gazetteer gazetteer,
    PipelineStorage storage,
    AuditLog audit,
    TimeProvider time,
    ILogger<ReconciliationService> logger)
{
    public const string AuditAction = "billing.reconcile";

    /// <param name="sourcePath">The bill as the official knows it: <c>tagihan/…</c>, <c>unggah/{name}</c>, or a file name.</param>
    /// <param name="period">The months the bill covers (<c>2027-01</c> or <c>2027-01..2027-03</c>); null or empty to take them from the path, the rows or configuration.</param>
    public async Task<ReconciliationReport> ReconcileAsync(string sourcePath, Stream content, string? period, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var spool = await SpooledContent.CopyAsync(content, cancellationToken);
        var now = time.GetUtcNow();
        var name = Path.GetFileName(sourcePath);
        try
        {
            if (ResolvePeriod(period, sourcePath, spool, name, now) is not { } months)
            {
                return await FailAsync(sourcePath, spool.Hash, IssueCatalog.BillPeriodUnreadable.Create(period!), actor, now, cancellationToken);
            }

            if (months.Count > BillReconciler.MaxMonths)
            {
                return await FailAsync(sourcePath, spool.Hash, IssueCatalog.BillPeriodTooLong.Create(months.ToString(), months.Count, BillReconciler.MaxMonths), actor, now, cancellationToken);
            }

            var id = ReconciledBill.IdOf(months, spool.Hash);
            if (await reconciliations.GetAsync(id, cancellationToken) is { } recorded)
            {
                logger.LogInformation("Bill {SourcePath} for {Period} was reconciled before as {ReconciliationId}: nothing changed", sourcePath, months.ToString(), id);
                return new ReconciliationReport(sourcePath, ReconciliationReport.Unchanged, null, null, recorded,
                    ReconciliationFiles.PathOf(months, "xlsx"), ReconciliationFiles.PathOf(months, "csv"));
            }

            return await ReconcileAsync(sourcePath, spool, months, id, actor, now, cancellationToken);
        }
        catch (FileRejectedException rejected)
        {
            return await FailAsync(sourcePath, spool.Hash, rejected.Problem.HasArguments ? new Issue(rejected.Problem.Code, rejected.Problem.Severity, null, rejected.Problem.MessageId) : rejected.Problem.Create(),
                actor, now, cancellationToken);
        }
    }

    private async Task<ReconciliationReport> ReconcileAsync(
        string sourcePath, SpooledContent spool, MonthRange period, string id, AuditLog.Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CohortIndex index;
        try
        {
            index = await ReadCohortAsync(cancellationToken);
        }
        catch (CohortIndexException fault)
        {
            // Stored data no bill can be paid against: said and recorded like a bad bill, never a system error the
            // platform retries (every retry would meet the same people).
            var problem = fault.IsShared ? $"dua orang memakai {fault.Identifier} yang sama" : $"{fault.Identifier} seorang peserta tidak berupa angka yang sah";
            return await FailAsync(sourcePath, spool.Hash, IssueCatalog.BillCohortInconsistent.Create(problem, string.Join(" dan ", fault.PersonIds)), actor, now, cancellationToken);
        }

        await using var workbook = TemporaryFile.Create("bill");
        await using var csv = TemporaryFile.Create("bill");
        var check = new BillPeriodCheck();
        BillSummary summary;
        using (var bill = BillReader.Open(spool.OpenRead(), Path.GetFileName(sourcePath)))
        using (var writer = new ReconciliationWriter(workbook, csv, new ReconciliationHeading(Path.GetFileName(sourcePath), period, now), gazetteer))
        {
            summary = new BillReconciler(schedule).Reconcile(period, index, bill.Rows, outcome =>
            {
                check.Observe(outcome);
                writer.Write(outcome);
            });
            writer.Complete(summary, bill.Notices);
        }

        if (check.Mismatch(period) is { } mismatch)
        {
            return await FailAsync(sourcePath, spool.Hash, mismatch, actor, now, cancellationToken);
        }

        var workbookPath = ReconciliationFiles.PathOf(period, "xlsx");
        var csvPath = ReconciliationFiles.PathOf(period, "csv");
        await storage.Reports.GetBlobClient(workbookPath).UploadWholeAsync(workbook, ContentTypes.Xlsx, cancellationToken);
        await storage.Reports.GetBlobClient(csvPath).UploadWholeAsync(csv, ContentTypes.Csv, cancellationToken);
        var reconciled = ReconciledBill.From(id, sourcePath, now, actor.Name ?? actor.Id, summary);
        await reconciliations.AddAsync(reconciled, actor, sourcePath, spool.Hash, workbookPath, csvPath, cancellationToken);
        var counts = BillCodes.All.ToDictionary(c => c.Text, c => summary.Counts[c.Code]);
        await audit.AppendAsync(actor, now, AuditAction, sourcePath, null,
            new { status = ReconciliationReport.Reconciled, id, period = period.ToString(), rows = summary.BilledRows, counts, billed = summary.Billed, toPay = summary.ToPay, disputed = summary.Disputed, hash = spool.Hash },
            null, $"{AuditAction}:{id}", cancellationToken);
        logger.LogInformation("Bill {SourcePath} for {Period} reconciled as {ReconciliationId}: {Rows} rows, {Counts}, to pay {ToPay}, disputed {Disputed}",
            sourcePath, period.ToString(), id, summary.BilledRows, string.Join(" ", counts.Select(c => $"{c.Key}={c.Value}")), summary.ToPay, summary.Disputed);
        return new ReconciliationReport(sourcePath, ReconciliationReport.Reconciled, null, null, reconciled, workbookPath, csvPath);
    }

    /// <summary>The funded cohort (funded, and ended after being funded) as stored now, read under the matching lease.</summary>
    private async Task<CohortIndex> ReadCohortAsync(CancellationToken cancellationToken)
    {
        await using (await gate.EnterAsync(cancellationToken))
        {
            await ledger.CatchUpAsync(cancellationToken);
            return await Task.Run(() => CohortIndex.Build(cohort.ReadFundedAsync(cancellationToken).ToBlockingEnumerable(cancellationToken)), cancellationToken);
        }
    }

    private MonthRange? ResolvePeriod(string? given, string sourcePath, SpooledContent spool, string name, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(given))
        {
            return MonthRange.TryParse(given, out var named) ? named : null;
        }

        if (BillingPeriods.FromPath(sourcePath) is { } inPath)
        {
            return inPath;
        }

        using (var bill = BillReader.Open(spool.OpenRead(), name))
        {
            if (bill.HasMonthColumn && BillingPeriods.FromRows(bill.Rows, options.Value.PeriodMonths) is { } spanned)
            {
                return spanned;
            }
        }

        return BillingPeriods.Containing(YearMonth.Of(JakartaTime.DateOf(now)), options.Value.PeriodMonths);
    }

    private async Task<ReconciliationReport> FailAsync(string sourcePath, string hash, Issue problem, AuditLog.Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        logger.LogWarning("Bill {SourcePath} not reconciled: {IssueCode}", sourcePath, problem.Code);
        await audit.AppendAsync(actor, now, AuditAction, sourcePath, null, new { status = ReconciliationReport.Failed, issue = problem.Code, hash }, problem.Code,
            $"{AuditAction}.failed:{hash}:{problem.Code}", cancellationToken);
        return new ReconciliationReport(sourcePath, ReconciliationReport.Failed, problem.Code, problem.Message, null, null, null);
    }
}
