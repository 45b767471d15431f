using Microsoft.Extensions.Options;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Reporting;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Review;

namespace Pipeline.Storage.Cohort;

/// <summary>The answer to an administrator's action on a cohort member.</summary>
/// <param name="Refusal">Why the person cannot take it (Indonesian), when refused.</param>
public sealed record CohortActionResult(bool Found, CohortMember? Member, string? Refusal)
{
    public bool Changed => Found && Refusal is null;
}

/// <summary>
/// What administrators do to the funded cohort, and the age rule: end a person's funding (approver, with a month and
/// a reason), keep a flagged person funded, propose a refused or ended person again; each under the matching lease,
/// journalled and audited by the cohort, with the person's listings following.
/// </summary>
public sealed class CohortActions(
    CohortLedger ledger,
    CohortStore store,
    CohortListingWriter listings,
    MatchingGate gate,
    ResultRefresher refresher,
    IOptions<CohortOptions> options,
    TimeProvider time)
{
    /// <summary>Everyone flagged for an administrator ("masih layak dibiayai?", the age limit ahead), submitted or funded.</summary>
    public async Task<IReadOnlyList<CohortMember>> FlaggedAsync(CancellationToken cancellationToken)
    {
        var flagged = new List<CohortMember>();
        foreach (var state in new[] { CohortState.Submitted, CohortState.Funded })
        {
            await foreach (var member in store.ReadFlaggedAsync(state, cancellationToken))
            {
                flagged.Add(member);
            }
        }

        return flagged;
    }

    public Task<CohortActionResult> EndAsync(string personId, YearMonth from, CohortEndReason reason, string? note, AuditLog.Actor actor, CancellationToken cancellationToken) =>
        ActAsync(personId, (m, at) => m.End(from, reason, note, Of(actor), at), cancellationToken);

    public Task<CohortActionResult> KeepAsync(string personId, string? note, AuditLog.Actor actor, CancellationToken cancellationToken) =>
        ActAsync(personId, (m, at) => m.Flag == CohortFlag.None
            ? CohortOutcome.Refuse("tidak sedang ditandai")
            : m.Clear(Of(actor), at, string.IsNullOrWhiteSpace(note) ? "masih layak dibiayai" : "masih layak dibiayai: " + note.Trim()), cancellationToken);

    public Task<CohortActionResult> ReproposeAsync(string personId, string? note, AuditLog.Actor actor, CancellationToken cancellationToken) =>
        ActAsync(personId, (m, at) => m.Repropose(Of(actor), at, string.IsNullOrWhiteSpace(note) ? "diusulkan kembali" : "diusulkan kembali: " + note.Trim()), cancellationToken);

    /// <summary>
    /// The configured maximum age over every funded person, for the month of today (Jakarta): ends after the birthday
    /// month, flags a month ahead. Nothing when no maximum age is configured.
    /// </summary>
    /// <returns>The changes made.</returns>
    public async Task<IReadOnlyList<CohortChange>> ApplyAgeLimitAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MaxAge is not { } maxAge)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var month = YearMonth.Of(JakartaTime.DateOf(now));
        var changes = new List<CohortChange>();
        IReadOnlyList<string> touched;
        await using (await gate.EnterAsync(cancellationToken))
        {
            await ledger.CatchUpAsync(cancellationToken);
            await foreach (var member in store.ReadAsync(CohortState.Funded, cancellationToken))
            {
                if (AgeLimit.Apply(member, maxAge, month, now).Change is { } change)
                {
                    changes.Add(change);
                }
            }

            await ledger.ApplyAsync(changes, [], cancellationToken);
            touched = await listings.ApplyAsync(changes.Where(c => c.After.State == CohortState.Ended).Select(c => c.After).ToList(), cancellationToken);
        }

        await refresher.RefreshAsync(touched, cancellationToken);
        return changes;
    }

    private async Task<CohortActionResult> ActAsync(string personId, Func<CohortMember, DateTimeOffset, CohortOutcome> act, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> touched;
        CohortMember after;
        await using (await gate.EnterAsync(cancellationToken))
        {
            var view = await ledger.CatchUpAsync(cancellationToken);
            if (view.Find(personId) is not { } known || await store.GetAsync(known.State, personId, cancellationToken) is not { } member)
            {
                return new CohortActionResult(false, null, "Orang ini tidak ada dalam daftar peserta dibiayai Pemda.");
            }

            var outcome = act(member, time.GetUtcNow());
            if (outcome.Refusal is { } refusal)
            {
                return new CohortActionResult(true, member, refusal);
            }

            if (outcome.Change is not { } change)
            {
                return new CohortActionResult(true, member, null);
            }

            await ledger.ApplyAsync([change], [], cancellationToken);
            touched = await listings.ApplyAsync([change.After], cancellationToken);
            after = change.After;
        }

        await refresher.RefreshAsync(touched, cancellationToken);
        return new CohortActionResult(true, after, null);
    }

    private static CohortActor Of(AuditLog.Actor actor) => new(actor.Id, actor.Name);
}
