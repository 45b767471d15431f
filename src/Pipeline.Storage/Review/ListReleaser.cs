using Azure;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Cohort;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Ingest;

namespace Pipeline.Storage.Review;

/// <summary>Why a release was refused, or what it did.</summary>
public enum ReleaseStatus
{
    Released,
    NotFound,
    AlreadyReleased,
    /// <summary>Four eyes: the caller prepared the list, or decided about people on it.</summary>
    Refused,
    /// <summary>The list changed since it was made (people released elsewhere, withdrawn, changed), or it is empty.</summary>
    Stale,
}

/// <summary>The answer to a release request.</summary>
public sealed record ReleaseResult(ReleaseStatus Status, ExportEntity? Export, string? Message);

/// <summary>
/// Releases a prepared list to BPJS: checks four eyes, then, under the matching lease, checks the list against the
/// cohort as it is now and moves its people in one journalled change (candidates to submitted, or ended people to
/// "sent on a stop list"), with the release's audit entry in that same change.
/// </summary>
/// <remarks>
/// <para>Nobody goes out twice: the check and the move happen under the lease that ingest and decisions hold too, and
/// a list goes out only when every one of its people is still what it was prepared with, so of two overlapping
/// drafts released by two approvers, the second is refused with the counts.</para>
/// <para>No release without its audit entry: the list is first claimed (<c>releasing</c>, with who and when), then the
/// cohort change is written ahead with the entry <c>export.release</c> in it (keyed by the list and the claim's time),
/// then the list is marked released. A crash after the claim leaves the list <c>releasing</c>; the next call on the
/// lists (<see cref="CompleteInterruptedAsync"/>) finishes it, or, if the list went stale meanwhile (nothing had
/// moved yet), returns it to draft with the reason. A crash inside the cohort change is redone by the cohort's own
/// journal, audit entry included. Every step is idempotent, so the audit entry is written exactly once.</para>
/// </remarks>
public sealed class ListReleaser(
    BpjsExportService exports,
    CohortLedger ledger,
    CohortStore cohort,
    MatchingGate gate,
    TimeProvider time,
    ILogger<ListReleaser> logger)
{
    public async Task<ReleaseResult> ReleaseAsync(string id, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        await CompleteInterruptedAsync(cancellationToken);
        if (await exports.GetAsync(id, cancellationToken) is not { } export)
        {
            return new ReleaseResult(ReleaseStatus.NotFound, null, "Daftar ekspor tidak ditemukan.");
        }

        if (export.Status != ExportEntity.Draft)
        {
            return Already(export);
        }

        if (MakerChecker.RefusalFor(actor.Id, export.PreparedBy, export.DeciderIds) is { } refusal)
        {
            return new ReleaseResult(ReleaseStatus.Refused, export, refusal);
        }

        await using (await gate.EnterAsync(cancellationToken))
        {
            export = await exports.GetAsync(id, cancellationToken) ?? export;
            if (export.Status != ExportEntity.Draft)
            {
                return Already(export);
            }

            var view = await ledger.CatchUpAsync(cancellationToken);
            var draft = await exports.ReadPeopleAsync(export, cancellationToken);
            var kind = ListKinds.Parse(export.Kind);
            if (ReleaseCheck.Of(kind, id, draft, view.Find).Refusal is { } stale)
            {
                export.ReleaseRefusal = stale;
                await TryUpdateAsync(export, cancellationToken);
                return new ReleaseResult(ReleaseStatus.Stale, export, stale);
            }

            export.Status = ExportEntity.Releasing;
            export.ReleasedBy = actor.Id;
            export.ReleasedByName = actor.Name;
            export.ReleasedAt = time.GetUtcNow();
            try
            {
                export = await exports.UpdateAsync(export, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                return new ReleaseResult(ReleaseStatus.AlreadyReleased, await exports.GetAsync(id, cancellationToken), "Daftar ini baru saja dirilis oleh approver lain.");
            }

            export = await FinishAsync(export, kind, draft, cancellationToken);
        }

        logger.LogInformation("List {ExportId} released: {People} people", id, export.People);
        return new ReleaseResult(ReleaseStatus.Released, export, null);
    }

    /// <summary>
    /// Finishes any release a crash left at <c>releasing</c> (or returns it to draft when it went stale before anything
    /// moved). Cheap when there is none: one read of the lists.
    /// </summary>
    public async Task CompleteInterruptedAsync(CancellationToken cancellationToken)
    {
        if (!(await exports.ListAsync(cancellationToken)).Any(e => e.Status == ExportEntity.Releasing))
        {
            return;
        }

        await using (await gate.EnterAsync(cancellationToken))
        {
            foreach (var stuck in (await exports.ListAsync(cancellationToken)).Where(e => e.Status == ExportEntity.Releasing))
            {
                var view = await ledger.CatchUpAsync(cancellationToken);
                var draft = await exports.ReadPeopleAsync(stuck, cancellationToken);
                var kind = ListKinds.Parse(stuck.Kind);
                if (ReleaseCheck.Of(kind, stuck.RowKey, draft, view.Find).Refusal is { } stale)
                {
                    stuck.Status = ExportEntity.Draft;
                    stuck.ReleaseRefusal = stale;
                    (stuck.ReleasedBy, stuck.ReleasedByName, stuck.ReleasedAt) = (null, null, null);
                    await TryUpdateAsync(stuck, cancellationToken);
                    logger.LogWarning("Interrupted release of list {ExportId} abandoned: the list went stale before anything moved", stuck.RowKey);
                    continue;
                }

                await FinishAsync(stuck, kind, draft, cancellationToken);
                logger.LogWarning("Interrupted release of list {ExportId} finished", stuck.RowKey);
            }
        }
    }

    /// <summary>Under the lease, the list claimed (<c>releasing</c>): moves its people, audits, marks it released.</summary>
    private async Task<ExportEntity> FinishAsync(ExportEntity export, ListKind kind, IReadOnlyList<DraftPerson> draft, CancellationToken cancellationToken)
    {
        var at = export.ReleasedAt ?? time.GetUtcNow();
        var actor = new CohortActor(export.ReleasedBy ?? "", export.ReleasedByName);
        var wanted = draft.Select(p => p.PersonId).ToHashSet(StringComparer.Ordinal);
        var changes = new List<CohortChange>();
        await foreach (var member in cohort.ReadAsync(kind == ListKind.Stop ? CohortState.Ended : CohortState.Candidate, cancellationToken))
        {
            if (!wanted.Contains(member.PersonId))
            {
                continue;
            }

            var outcome = kind == ListKind.Stop
                ? member.SendStop(export.RowKey, actor, at)
                : member.Submit(export.RowKey, JakartaTime.DateOf(at), actor, at);
            if (outcome.Change is { } change)
            {
                changes.Add(change);
            }
        }

        var entry = AuditLog.Entry.Of(
            new AuditLog.Actor(actor.Id, actor.Name), at, "export.release", export.RowKey,
            new { kind = export.Kind, status = ExportEntity.Draft },
            new { kind = export.Kind, status = ExportEntity.Released, people = export.People, reactivations = export.Reactivations, preparedBy = export.PreparedBy },
            null, "export.release:" + export.RowKey);
        await ledger.ApplyAsync(changes, [entry], cancellationToken);
        export.Status = ExportEntity.Released;
        export.ReleaseRefusal = null;
        return await exports.UpdateAsync(export, cancellationToken);
    }

    private static ReleaseResult Already(ExportEntity export) => new(
        ReleaseStatus.AlreadyReleased, export, $"Daftar ini sudah dirilis oleh {export.ReleasedByName ?? export.ReleasedBy}.");

    private async Task TryUpdateAsync(ExportEntity export, CancellationToken cancellationToken)
    {
        try
        {
            await exports.UpdateAsync(export, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Someone else changed the list meanwhile; what they wrote stands.
        }
    }
}
