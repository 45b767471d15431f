using Microsoft.Extensions.Logging;
using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Participants;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>What happened to a decision request; the API turns it into a status code.</summary>
public enum DecisionStatus
{
    /// <summary>Decided and applied now.</summary>
    Applied,
    /// <summary>The item already carried this decision: nothing changed (idempotent), the repeat is audited.</summary>
    Unchanged,
    NotFound,
    /// <summary>The item was already decided otherwise, changed, or names a record that is gone.</summary>
    Conflict,
    /// <summary>The item changed since the caller read it (its version): someone else decided first.</summary>
    PreconditionFailed,
    /// <summary>The request itself is wrong (unknown reason, reason of another kind, a required note missing, a bad choice).</summary>
    Invalid,
}

/// <summary>A decision as asked for by an administrator.</summary>
/// <param name="Item">The item, by its first record under review (or any of its records).</param>
/// <param name="Members">Which members the decision names (see <see cref="ReviewDecision.Members"/>); null for the default.</param>
/// <param name="Chosen">For <c>same</c>: field → chosen value (see <see cref="ReviewDecision.Chosen"/>).</param>
/// <param name="IfMatch">The item's version as the caller saw it; null to decide whatever its current version.</param>
public sealed record DecisionRequest(
    RecordId Item, DecisionKind Kind, string ReasonCode, string? Note, IReadOnlyList<CandidateRef>? Members, IReadOnlyDictionary<string, string>? Chosen, string? IfMatch);

/// <param name="Records">The item's records, to show them as the decision left them.</param>
public sealed record DecisionResult(DecisionStatus Status, string? Message, IReadOnlyList<RecordId> Records, IReadOnlyList<RecordId> ChangedRecords)
{
    public static DecisionResult Fail(DecisionStatus status, string message) => new(status, message, [], []);
}

/// <summary>
/// Decides a review item: validates the request, loads the item and what its members are now, lets the domain
/// (<see cref="ReviewItem.Decide"/>) say what changes, writes it, counts the touched uploads again, has their result
/// workbooks written again, and audits. It sets nothing itself.
/// </summary>
/// <remarks>
/// The item is found as the queue's page finds it (<see cref="ReviewQueue.ItemOfAsync"/>): the record's pointer in the
/// queue index, its entry and that item's open pairs, so a decision costs what its item holds, not what waits (a store
/// whose index is not built yet is scanned, and this decision's write builds the index).
/// Everything from loading the item to writing runs under the matching gate and lease, as an ingest does: an upload
/// being matched either sees the decision or is written before it, never half of each, and the person index moves
/// through its journal like an ingest's change. The pairs are closed last, so a decision interrupted by a fault
/// leaves its item open and converges when asked again (the domain finds nothing left to change and the uploads are
/// counted again). A decision asked again once applied changes nothing and is audited as a repeat.
/// The funded cohort follows in the same turn: what the cohort says of the people wins over the decision's statuses
/// (<see cref="CohortListings.Apply(ReviewOutcome, Func{PersonId, CohortMember?})"/>), and a person who got or lost a
/// listing to be paid for joins or leaves the candidates (<see cref="CohortFollower"/>), journalled before the index
/// change is committed.
/// </remarks>
public sealed class DecisionService(
    RecordStore records,
    ReviewStore reviews,
    ReviewQueue queue,
    ReviewQueueIndex queueIndex,
    ParticipantStore participants,
    UploadStore uploads,
    DecisionBookCache decisions,
    AuditLog audit,
    MatchingGate gate,
    PersonIndexCache persons,
    CohortLedger cohort,
    CohortFollower cohortFollower,
    MembershipRule membership,
    ResultRefresher results,
    TimeProvider time,
    ILogger<DecisionService> logger)
{
    public async Task<DecisionResult> DecideAsync(DecisionRequest request, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        if (ReviewDecision.Check(request.Kind, request.ReasonCode, request.Note, out var reason) is { } problem)
        {
            return DecisionResult.Fail(DecisionStatus.Invalid, problem);
        }

        var decision = new ReviewDecision(
            request.Kind, request.Members, reason!, string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), request.Chosen,
            actor.Id, actor.Name, time.GetUtcNow());
        Applied applied;
        await using (await gate.EnterAsync(cancellationToken))
        {
            var index = await persons.CatchUpAsync(cancellationToken);
            // Through the queue index (a pointer, its entry and that item's open pairs), not a scan of every open pair.
            var item = await queue.ItemOfAsync(request.Item, cancellationToken);
            if (item is null)
            {
                return await RecallAsync(request, decision, actor, cancellationToken);
            }

            if (request.IfMatch is { } seen && Unquote(seen) != item.Version)
            {
                return DecisionResult.Fail(DecisionStatus.PreconditionFailed, "Item ini berubah sejak Anda membukanya. Muat ulang antrean.");
            }

            var facts = await LoadAsync(item, index, cancellationToken);
            var before = facts.Listings.Select(Snapshot).ToList();
            var decided = item.Decide(decision, facts.Members, facts.Listings);
            if (decided.Refusal is { } refusal)
            {
                return DecisionResult.Fail(decided.IsConflict ? DecisionStatus.Conflict : DecisionStatus.Invalid, refusal);
            }

            // What the funded cohort says of the people wins over the decision's statuses (a funded person is never new again).
            var view = await cohort.CatchUpAsync(cancellationToken);
            var outcome = CohortListings.Apply(decided, person => view.Find(person.ToString()));
            var recounted = await WriteAsync(item, outcome, facts, index, (view, before, decision), cancellationToken);
            applied = new Applied(item, outcome, before, recounted);
        }

        // After the lease, as ingest does: the villages whose rows changed get their result workbook written again.
        await results.RefreshAsync(applied.Recounted, IssueCatalog.ResultDecided, cancellationToken);
        var changed = applied.Outcome.Changed.Select(l => l.RecordId).ToHashSet();
        await audit.AppendAsync(
            actor, decision.DecidedAt, "review." + request.Kind.ToCode(), applied.Item.Id.ToString(),
            new { records = applied.Before.Where(b => changed.Contains(RecordId.Parse(b.RecordId))).ToList() },
            AuditAfter(request.Kind, applied.Outcome),
            decision.Reason.Code + (decision.Note is null ? "" : ": " + decision.Note),
            idempotencyKey: $"review:{applied.Item.Id}:{applied.Item.Version}", cancellationToken);

        // The upload key and row only: never a name or NIK.
        logger.LogInformation("Review item of upload {UploadKey} row {Row} decided {Decision}; {Changed} records changed",
            applied.Item.Id.UploadKey, applied.Item.Id.SourceRow, request.Kind.ToCode(), changed.Count);
        return new DecisionResult(DecisionStatus.Applied, null, [.. applied.Item.Members.Select(m => m.Record).OfType<RecordId>()], [.. changed]);
    }

    /// <summary>No open item holds the record: a repeat of the decision that closed it (audited, nothing written), another decision, or no item.</summary>
    private async Task<DecisionResult> RecallAsync(DecisionRequest request, ReviewDecision decision, AuditLog.Actor actor, CancellationToken cancellationToken)
    {
        var pairs = await reviews.PairsOfAsync(request.Item, cancellationToken);
        var recalled = ReviewItem.Recall(pairs, decision);
        if (recalled is null)
        {
            return DecisionResult.Fail(DecisionStatus.NotFound, "Item pemeriksaan tidak ditemukan (mungkin berkasnya sudah diganti dengan versi baru).");
        }

        if (recalled.Refusal is { } refusal)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, refusal);
        }

        var members = pairs.SelectMany(p => p.Ends).Select(m => m.Record).OfType<RecordId>().Distinct().ToList();
        await audit.AppendAsync(
            actor, decision.DecidedAt, "review.repeat", request.Item.ToString(), null,
            new { decision = decision.Kind.ToCode(), repeat = true, same = Array.Empty<string>(), different = Array.Empty<string>(), rejected = Array.Empty<string>() },
            decision.Reason.Code + (decision.Note is null ? "" : ": " + decision.Note),
            idempotencyKey: $"review.repeat:{request.Item}:{actor.Id}:{decision.DecidedAt.UtcTicks}", cancellationToken);
        return new DecisionResult(DecisionStatus.Unchanged, null, members, []);
    }

    /// <summary>What each member is now, and every listing of the members' people (read from Records, found through the index).</summary>
    private async Task<Facts> LoadAsync(ReviewItem item, PersonIndex index, CancellationToken cancellationToken)
    {
        var members = new Dictionary<CandidateRef, ReviewMember>();
        var entities = new Dictionary<RecordId, RecordEntity>();
        foreach (var member in item.Members)
        {
            members[member] = member.Kpj is { } kpj
                ? await ParticipantAsync(member, kpj, cancellationToken)
                : await RecordAsync(member, entities, cancellationToken);
        }

        var people = members.Values.Select(m => m.PersonId).OfType<PersonId>().Select(p => p.ToString()).ToHashSet(StringComparer.Ordinal);
        foreach (var listing in index.ListingsOf(people))
        {
            if (!entities.ContainsKey(listing.RecordId) && await records.GetAsync(listing.RecordId, cancellationToken) is { } entity)
            {
                entities[listing.RecordId] = entity;
            }
        }

        return new Facts(members, entities, [.. entities.Values.Select(RecordMapper.ToListing)]);
    }

    private async Task<ReviewMember> RecordAsync(CandidateRef member, Dictionary<RecordId, RecordEntity> entities, CancellationToken cancellationToken)
    {
        if (await records.GetAsync(member.Record!.Value, cancellationToken) is not { } entity)
        {
            return ReviewMember.Missing(member);
        }

        entities[member.Record.Value] = entity;
        var listing = RecordMapper.ToListing(entity);
        return new ReviewMember(member, RecordMapper.DetailsOf(entity), listing.Identity, listing.PersonId, Gone: !listing.IsMatched);
    }

    private async Task<ReviewMember> ParticipantAsync(CandidateRef member, string kpj, CancellationToken cancellationToken)
    {
        if (await participants.FindAsync(kpj, cancellationToken) is not { } participant)
        {
            return ReviewMember.Missing(member);
        }

        var personId = await records.PersonIdOfParticipantAsync(kpj, cancellationToken) ?? PersonIds.ForParticipant(kpj);
        var lapsed = membership.Classify(participant.MembershipStatus) == Membership.Lapsed ? participant.MembershipStatus : null;
        return new ReviewMember(member, ParticipantStore.DetailsOf(participant), PersonIdentity.Of(ParticipantStore.FieldsOf(participant)), personId, LapsedStatus: lapsed);
    }

    /// <summary>
    /// The protocol of an ingest: the index change journalled and marked pending, then the rows, the decisions and the
    /// upload counts written, the pairs closed, and the change committed (a crash in between is repaired from Records by
    /// whoever comes next). Returns the paths of the uploads counted again.
    /// </summary>
    private async Task<IReadOnlyList<string>> WriteAsync(
        ReviewItem item, ReviewOutcome outcome, Facts facts, PersonIndex index, (CohortView View, IReadOnlyList<ListingState> Before, ReviewDecision Decision) cohortTurn,
        CancellationToken cancellationToken)
    {
        var delta = DecisionIndexChange.For(index, [.. outcome.Changed.Select(l => ToKnownRecord(l, facts.Entities[l.RecordId]))]);
        var undo = index.Apply(delta);
        try
        {
            await persons.BeginAsync(delta, cancellationToken);
            await records.WriteListingsAsync(outcome.Changed, cancellationToken);
            await decisions.SaveAsync(outcome.Decisions, item.Id.ToString(), cancellationToken);

            // Counted from the rows, not adjusted. Nothing changed means an earlier attempt wrote the rows and stopped:
            // then every upload the decision looked at is counted again.
            var touched = (outcome.Changed.Count > 0 ? outcome.Changed : outcome.Considered).GroupBy(l => l.RecordId.UploadKey, StringComparer.Ordinal).ToList();
            foreach (var upload in touched)
            {
                await uploads.RecountStatusesAsync(upload.First().UploadPath, await records.CountStatusesAsync(upload.Key, cancellationToken), cancellationToken);
            }

            await reviews.CloseAsync(outcome.Pairs, cancellationToken);
            await queueIndex.FollowDecisionAsync(item, cancellationToken);
            await FollowCohortAsync(cohortTurn.View, cohortTurn.Before, outcome, facts, index, cohortTurn.Decision, cancellationToken);
            await persons.CommitAsync(delta, cancellationToken);
            return [.. touched.Select(u => u.First().UploadPath)];
        }
        catch
        {
            persons.Revert(undo);
            cohort.Invalidate();
            throw;
        }
    }

    /// <summary>
    /// The cohort follows the listings the decision wrote: every person who had or has a listing it looked at (a
    /// rejected listing's former person among them) is looked at again, from the index as the decision left it
    /// (<see cref="CohortFollower"/>; its change is journalled, so a fault after it is redone by whoever comes next).
    /// </summary>
    private async Task FollowCohortAsync(
        CohortView view, IReadOnlyList<ListingState> before, ReviewOutcome outcome, Facts facts, PersonIndex index, ReviewDecision decision,
        CancellationToken cancellationToken)
    {
        var people = before.Select(b => b.PersonId)
            .Concat(outcome.Considered.Select(l => l.PersonId?.ToString()))
            .Concat(facts.Members.Values.Select(m => m.PersonId?.ToString()))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var listed = index.ListingsOf(people).Select(l => (l.RecordId, l.PersonId, l.Status));
        await cohortFollower.FollowAsync(
            view, ListedPerson.Of(people, listed, new HashSet<string>(StringComparer.Ordinal)), new Dictionary<RecordId, WorkerRecord>(),
            "keputusan admin kabupaten", new CohortActor(decision.DecidedBy, decision.DecidedByName), cancellationToken);
    }

    /// <summary>What the audit trail keeps of a decision: references and statuses, never a name, NIK or chosen value.</summary>
    private static object AuditAfter(DecisionKind kind, ReviewOutcome outcome) => new
    {
        decision = kind.ToCode(),
        repeat = false,
        same = outcome.Summary.Same.Select(m => m.ToString()).ToList(),
        different = outcome.Summary.Different.Select(m => m.ToString()).ToList(),
        rejected = outcome.Summary.Rejected.Select(m => m.ToString()).ToList(),
        records = outcome.Changed.Select(Snapshot).ToList(),
    };

    private static string Unquote(string etag) => etag.Replace("W/", "", StringComparison.Ordinal).Trim('"');

    private static KnownRecord ToKnownRecord(Listing listing, RecordEntity stored) =>
        new(listing.RecordId, listing.PersonId?.ToString() ?? "", stored.UploadPath, RecordMapper.MatchFieldsOf(stored), listing.Status);

    private static ListingState Snapshot(Listing l) => new(l.RecordId.ToString(), l.Status.ToCode(), l.PersonId?.ToString(), l.Kpj);

    /// <summary>What the audit trail keeps of a record: ids and status, never personal data.</summary>
    public sealed record ListingState(string RecordId, string Status, string? PersonId, string? Kpj);

    private sealed record Facts(IReadOnlyDictionary<CandidateRef, ReviewMember> Members, IReadOnlyDictionary<RecordId, RecordEntity> Entities, IReadOnlyList<Listing> Listings);

    private sealed record Applied(ReviewItem Item, ReviewOutcome Outcome, IReadOnlyList<ListingState> Before, IReadOnlyList<string> Recounted);
}
