using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;
using Pipeline.Core.Validation;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Review;

namespace Pipeline.Storage.Cohort;

/// <summary>
/// BPJS's confirmation of released lists, from a file an approver uploads (API, CLI) or drops into
/// <c>reference/konfirmasi/</c> (blob trigger), and from a register export that shows submitted people active: the one
/// service behind all of them.
/// </summary>
/// <remarks>
/// Under the matching lease (a confirmation and an ingest at the same moment are one after the other, and both see
/// the other whole): the rows are decided by the domain (<see cref="ConfirmationDecider"/>), the cohort changes are
/// journalled with a summary audit entry, and the people's stored listings follow (<see cref="CohortListingWriter"/>);
/// after the lease their villages' result workbooks are written again. A file that cannot be used (not a
/// spreadsheet, no NIK or status column) changes nothing and says why. An outcome workbook with one row per row of
/// the file goes to <c>reports/konfirmasi/</c>.
/// </remarks>
public sealed class ConfirmationService(
    CohortLedger ledger,
    CohortStore store,
    CohortListingWriter listings,
    MatchingGate gate,
    ResultRefresher refresher,
    BpjsExportService exports,
    MembershipRule membership,
    IOptions<RegisterOptions> register,
    AuditLog audit,
    TimeProvider time,
    ILogger<ConfirmationService> logger)
{
    /// <summary>The register's name as the source of a confirmation.</summary>
    public const string RegisterSource = "daftar peserta BPJS";

    private static readonly string[] OutcomeHeaders = ["BARIS", "NIK", "HASIL", "ID ORANG", "KETERANGAN"];

    public async Task<ConfirmationReport> ConfirmAsync(string sourcePath, Stream content, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        using var spool = await SpooledContent.CopyAsync(content, cancellationToken);
        var now = time.GetUtcNow();
        var name = Path.GetFileName(sourcePath);
        List<ConfirmationRow> rows;
        try
        {
            using var sheet = SpreadsheetReader.Open(spool.OpenRead(), name, HeaderVocabulary.Confirmation);
            rows = ConfirmationRow.Read(sheet).ToList();
        }
        catch (FileRejectedException rejected)
        {
            logger.LogWarning("Confirmation {SourcePath} not used: {IssueCode}", sourcePath, rejected.Problem.Code);
            await audit.AppendAsync(actor, now, "cohort.confirmation", sourcePath, null,
                new { status = "failed", issue = rejected.Problem.Code, hash = spool.Hash }, rejected.Problem.Code, $"cohort.confirmation:{spool.Hash}", cancellationToken);
            return new ConfirmationReport(sourcePath, "failed", rejected.Problem.Code, rejected.Problem.MessageId, Empty(), [], null);
        }

        ConfirmationPlan plan;
        IReadOnlyList<string> touched;
        await using (await gate.EnterAsync(cancellationToken))
        {
            await ledger.CatchUpAsync(cancellationToken);
            var (byNik, byKpj) = await AnsweredOrWaitingAsync(cancellationToken);
            plan = ConfirmationDecider.Decide(rows, nik => byNik.GetValueOrDefault(nik), kpj => byKpj.GetValueOrDefault(kpj), register.Value.EffectiveKpjLengths,
                name, new CohortActor(actor.Id, actor.Name), now, JakartaTime.DateOf(now));
            var summary = AuditLog.Entry.Of(actor, now, "cohort.confirmation", sourcePath, null,
                new { status = "processed", rows = plan.Rows.Count, counts = plan.Counts, hash = spool.Hash }, null, $"cohort.confirmation:{spool.Hash}");
            await ledger.ApplyAsync(plan.Changes, [summary], cancellationToken);
            touched = await listings.ApplyAsync(plan.Changes.Select(c => c.After).ToList(), cancellationToken);
        }

        await refresher.RefreshAsync(touched, cancellationToken);
        var resultPath = $"konfirmasi/{JakartaTime.ToJakarta(now):yyyyMMdd-HHmmss}-{name}.hasil.xlsx";
        await exports.WriteBlobAsync(resultPath, ContentTypes.Xlsx,
            s => ExportWriters.WriteXlsx(OutcomeSheet, plan.Rows.Select(OutcomeRow).ToList(), s), cancellationToken);
        logger.LogInformation("Confirmation {SourcePath}: {Rows} rows, {Accepted} accepted, {Refused} refused, {Unchanged} unchanged, {Unmatched} unmatched, {Invalid} invalid, {Conflict} conflicting",
            sourcePath, plan.Rows.Count, plan.Count(ConfirmationResult.Accepted), plan.Count(ConfirmationResult.Refused), plan.Count(ConfirmationResult.Unchanged),
            plan.Count(ConfirmationResult.Unmatched), plan.Count(ConfirmationResult.Invalid), plan.Count(ConfirmationResult.Conflict));
        return new ConfirmationReport(sourcePath, "processed", null, null, plan.Counts, plan.Rows, resultPath);
    }

    /// <summary>The people waiting for BPJS's answer, to look for in a register export as it streams in.</summary>
    public async Task<SubmittedWatch> WatchSubmittedAsync(CancellationToken cancellationToken)
    {
        var submitted = new List<CohortMember>();
        await foreach (var member in store.ReadAsync(CohortState.Submitted, cancellationToken))
        {
            submitted.Add(member);
        }

        return new SubmittedWatch(submitted, membership);
    }

    /// <summary>
    /// A new register export is in force: every submitted person it showed with a covered status (AKTIF) is confirmed
    /// by it, funded from the month the export was loaded, with the register's KPJ ("confirmed by register").
    /// </summary>
    /// <returns>How many people were confirmed.</returns>
    public async Task<int> ConfirmByRegisterAsync(SubmittedWatch watch, CancellationToken cancellationToken)
    {
        if (!watch.FoundAny)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var month = Core.Budget.YearMonth.Of(JakartaTime.DateOf(now));
        var changes = new List<CohortChange>();
        IReadOnlyList<string> touched;
        await using (await gate.EnterAsync(cancellationToken))
        {
            await ledger.CatchUpAsync(cancellationToken);
            await foreach (var member in store.ReadAsync(CohortState.Submitted, cancellationToken))
            {
                if (watch.CoveredKpjOf(member) is { } kpj && member.Confirm(kpj, month, RegisterSource, CohortActor.Register, now).Change is { } change)
                {
                    changes.Add(change);
                }
            }

            await ledger.ApplyAsync(changes, [], cancellationToken);
            touched = await listings.ApplyAsync(changes.Select(c => c.After).ToList(), cancellationToken);
        }

        await refresher.RefreshAsync(touched, cancellationToken);
        if (changes.Count > 0)
        {
            logger.LogInformation("Register export confirmed {Confirmed} submitted people", changes.Count);
        }

        return changes.Count;
    }

    /// <summary>
    /// Everyone a confirmation may answer or has answered, by NIK (a submitted person first), and by the KPJ they hold
    /// (so that a KPJ is never given to a second person).
    /// </summary>
    private async Task<(Dictionary<string, CohortMember> ByNik, Dictionary<string, CohortMember> ByKpj)> AnsweredOrWaitingAsync(CancellationToken cancellationToken)
    {
        var byNik = new Dictionary<string, CohortMember>(StringComparer.Ordinal);
        var byKpj = new Dictionary<string, CohortMember>(StringComparer.Ordinal);
        foreach (var state in new[] { CohortState.Submitted, CohortState.Funded, CohortState.Refused, CohortState.Ended })
        {
            await foreach (var member in store.ReadAsync(state, cancellationToken))
            {
                if (member.Details?.Nik is { } nik)
                {
                    byNik.TryAdd(nik, member);
                }

                if (member.Kpj is { } kpj)
                {
                    byKpj.TryAdd(kpj, member);
                }
            }
        }

        return (byNik, byKpj);
    }

    private static readonly ExportSection OutcomeSheet = new("Hasil Konfirmasi", null, OutcomeHeaders.Select(h => new ExportTemplate.Column(h, null, null, "")).ToList());

    private static IReadOnlyList<string> OutcomeRow(ConfirmationRowOutcome row) =>
    [
        row.Row.ToString(CultureInfo.InvariantCulture), row.Nik ?? "", row.Result.ToIndonesian(), row.PersonId ?? "",
        string.Join(" ", new[] { row.Note }.Concat(row.Issues.Where(i => i.Message != row.Note).Select(i => i.Message))),
    ];

    private static IReadOnlyDictionary<string, int> Empty() => ConfirmationResults.All.ToDictionary(r => r.ToCode(), _ => 0, StringComparer.Ordinal);
}
