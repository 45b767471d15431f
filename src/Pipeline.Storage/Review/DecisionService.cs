using Azure;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using Pipeline.Storage.Cohort;
using Pipeline.Storage.Index;
using Pipeline.Storage.Ingest;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Review;

/// <summary>What happened to a decision request; the API turns it into a status code.</summary>
public enum DecisionStatus
{
    /// <summary>Decided and applied now.</summary>
    Applied,
    /// <summary>The item already carried this decision: nothing changed (idempotent).</summary>
    Unchanged,
    NotFound,
    /// <summary>The item was already decided otherwise, or its records are gone (a newer file replaced them).</summary>
    Conflict,
    /// <summary>The item changed since the caller read it (its ETag): someone else decided first.</summary>
    PreconditionFailed,
    /// <summary>The request itself is wrong (unknown reason, reason of another kind, a required note missing).</summary>
    Invalid,
}

/// <summary>A decision as asked for by an administrator.</summary>
/// <param name="IfMatch">The item's ETag as the caller saw it; null to decide whatever its current version.</param>
public sealed record DecisionRequest(string ItemPartition, string ItemRow, DecisionKind Kind, string ReasonCode, string? Note, string? IfMatch);

public sealed record DecisionResult(DecisionStatus Status, string? Message, ReviewItemEntity? Item, IReadOnlyList<string> ChangedRecords)
{
    public static DecisionResult Fail(DecisionStatus status, string message, ReviewItemEntity? item = null) => new(status, message, item, []);
}

/// <summary>
/// Decides a review item: claims it (conditional on its ETag, so two administrators cannot both win), remembers
/// the decision by identity, applies it to every stored listing it touches, recounts the uploads, writes their
/// result workbooks again, and writes the audit entry.
/// </summary>
/// <remarks>
/// Every step after the claim is idempotent, and asking for the same decision again re-runs them: a request
/// that failed half way (a storage fault) converges when retried, and the audit entry is written once (its key
/// is derived from the claim).
/// </remarks>
public sealed class DecisionService(
    StoredRecords records,
    UploadStore uploads,
    DecisionStore decisions,
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
        var reason = ReasonCatalog.Find(request.ReasonCode);
        if (reason is null || reason.Kind != request.Kind)
        {
            return DecisionResult.Fail(DecisionStatus.Invalid, $"Alasan \"{request.ReasonCode}\" tidak dikenal untuk keputusan \"{request.Kind.ToIndonesian()}\".");
        }

        if (reason.NoteRequired && string.IsNullOrWhiteSpace(request.Note))
        {
            return DecisionResult.Fail(DecisionStatus.Invalid, "Alasan \"Lainnya\" memerlukan catatan.");
        }

        var item = await records.GetItemAsync(request.ItemPartition, request.ItemRow, cancellationToken);
        if (item is null)
        {
            return DecisionResult.Fail(DecisionStatus.NotFound, "Item pemeriksaan tidak ditemukan (mungkin berkasnya sudah diganti dengan versi baru).");
        }

        var repeat = item.Decision == request.Kind.ToCode() && item.ReasonCode == reason.Code;
        if (!repeat && !item.IsPending)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, $"Item ini sudah diputuskan ({item.Decision}) oleh {item.DecidedByName ?? item.DecidedBy}.", item);
        }

        if (!repeat && request.IfMatch is not null && new ETag(request.IfMatch) != item.ETag)
        {
            return DecisionResult.Fail(DecisionStatus.PreconditionFailed, "Item ini berubah sejak Anda membukanya. Muat ulang antrean.", item);
        }

        var subject = await records.GetRecordAsync(item.RecordId, cancellationToken);
        if (subject is null)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, "Data yang diperiksa sudah tidak ada (berkasnya diganti). Item ini tidak dapat diputuskan lagi.", item);
        }

        var candidate = await CandidateAsync(item, cancellationToken);
        if (candidate is null && request.Kind != DecisionKind.Reject)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, "Data pembanding sudah tidak ada atau sudah ditolak. Item ini tidak dapat diputuskan sebagai sama/berbeda.", item);
        }

        if (!repeat)
        {
            var before = item.ETag;
            item.Decision = request.Kind.ToCode();
            item.ReasonCode = reason.Code;
            item.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            item.DecidedBy = actor.Id;
            item.DecidedByName = actor.Name;
            item.DecidedAt = time.GetUtcNow();
            try
            {
                var response = await records.UpdateItemAsync(item, before, cancellationToken);
                item.ETag = response.Headers.ETag ?? item.ETag;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                return DecisionResult.Fail(DecisionStatus.PreconditionFailed, "Administrator lain baru saja memutuskan item ini. Muat ulang antrean.", item);
            }
        }

        // Under the matching gate and lease, as ingest: an upload being matched either sees this decision or is
        // written before it is applied, never half of each (both change who is the primary listing of a person),
        // and the person index moves through its journal like an ingest's change.
        var decision = new Decision(
            request.Kind, StoredRecords.IdentityOf(subject), candidate?.Identity, item.CandidateKpj, reason.Code, item.Note,
            item.DecidedBy ?? actor.Id, item.DecidedAt ?? time.GetUtcNow());
        IReadOnlyList<Listing> changed = [];
        IReadOnlyList<ListingState> snapshotBefore = [];
        await using (await gate.EnterAsync(cancellationToken))
        {
            var index = await persons.CatchUpAsync(cancellationToken);
            await decisions.SaveAsync(decision, item.Id, cancellationToken);
            subject = await records.GetRecordAsync(item.RecordId, cancellationToken);
            candidate = await CandidateAsync(item, cancellationToken);
            if (subject is not null && (candidate is not null || request.Kind == DecisionKind.Reject))
            {
                (changed, snapshotBefore) = await ApplyAsync(item, subject, candidate, decision, index, cancellationToken);
            }
        }

        // After the lease, as ingest does: the villages whose rows changed get their result workbook written again.
        await results.RefreshAsync(changed.Select(l => l.UploadPath).Distinct(StringComparer.Ordinal), cancellationToken);
        await audit.AppendAsync(
            new AuditLog.Actor(decision.DecidedBy, item.DecidedByName ?? actor.Name), decision.DecidedAt, "review." + request.Kind.ToCode(), item.Id,
            new { decision = ReviewItemEntity.Pending, records = snapshotBefore },
            new { decision = request.Kind.ToCode(), records = changed.Select(Snapshot).ToList() },
            reason.Code + (item.Note is null ? "" : ": " + item.Note),
            idempotencyKey: item.Id, cancellationToken);
        // The upload key and row only: the item's row key can name a KPJ.
        logger.LogInformation("Review item of upload {UploadKey} row {Row} decided {Decision}; {Changed} records changed", item.PartitionKey, item.SourceRow, request.Kind.ToCode(), changed.Count);
        return new DecisionResult(repeat ? DecisionStatus.Unchanged : DecisionStatus.Applied, null, item, changed.Select(l => l.RecordId).ToList());
    }

    /// <summary>The other side of the pair: a stored record, or a register participant.</summary>
    private async Task<Candidate?> CandidateAsync(ReviewItemEntity item, CancellationToken cancellationToken)
    {
        if (item.CandidateKpj is { } kpj)
        {
            var participant = await records.FindParticipantAsync(kpj, cancellationToken);
            var personId = await records.PersonIdOfParticipantAsync(kpj, cancellationToken) ?? PersonIds.ForParticipant(kpj);
            return participant is null
                ? null
                : new Candidate(StoredRecords.IdentityOf(participant), personId, kpj, $"peserta BPJS KPJ {kpj}",
                    membership.Classify(participant.MembershipStatus) == Membership.Lapsed ? participant.MembershipStatus : null);
        }

        // The label goes into the uploader's result workbook: the person id only, never another village's file or
        // row (UU 27/2022; the same rule as DUPLICATE_OTHER_FILE). Administrators see the full candidate in the queue.
        var record = await records.GetRecordAsync(item.CandidateId, cancellationToken);
        return record is null || string.IsNullOrEmpty(record.PersonId)
            ? null
            : new Candidate(StoredRecords.IdentityOf(record), record.PersonId, null, $"ID orang {record.PersonId}");
    }

    /// <summary>
    /// Applies a decision to the stored listings of the two people, with the protocol of an ingest: the index
    /// change journalled and marked pending, then the rows, review items and upload counts written, then the
    /// change committed (a crash in between is repaired from Records by whoever comes next).
    /// </summary>
    private async Task<(IReadOnlyList<Listing> Changed, IReadOnlyList<ListingState> Before)> ApplyAsync(
        ReviewItemEntity item, RecordEntity subjectEntity, Candidate? candidate, Decision decision, PersonIndex index, CancellationToken cancellationToken)
    {
        var subject = StoredRecords.ToListing(subjectEntity);
        var entities = new Dictionary<string, RecordEntity>(StringComparer.Ordinal) { [subject.RecordId] = subjectEntity };
        var people = new[] { subject.PersonId, candidate?.PersonId }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var listing in index.ListingsOf(people))
        {
            var id = listing.RecordId.ToString();
            if (!entities.ContainsKey(id) && await records.GetRecordAsync(listing.RecordId, cancellationToken) is { } entity)
            {
                entities[id] = entity;
            }
        }

        var listings = entities.Values.Where(e => e != subjectEntity).Select(StoredRecords.ToListing).Append(subject).ToList();
        var before = listings.Select(Snapshot).ToList();
        IReadOnlyList<Listing> changed;
        switch (decision.Kind)
        {
            case DecisionKind.Same:
                changed = DecisionEffects.Same(subject, listings, candidate!.PersonId, candidate.Kpj, candidate.Label, decision.Reason, candidate.Lapsed);
                break;
            case DecisionKind.Different:
                var pending = await SettleSamePersonItemsAsync(item, candidate!, decision, cancellationToken);
                changed = DecisionEffects.Different(subject, listings, pending, decision.Reason);
                break;
            default:
                changed = DecisionEffects.Reject(subject, listings, decision.Reason, decision.Note);
                break;
        }

        // What the funded cohort says of the people wins over the decision's statuses (a funded person is never new again).
        var funded = await cohort.CatchUpAsync(cancellationToken);
        var touchedPeople = listings.Select(l => l.PersonId).Append(subject.PersonId).Append(candidate?.PersonId).Concat(people).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        changed = [.. changed, .. listings.Where(l => !changed.Contains(l) && CohortListings.Apply(l, funded.Find(l.PersonId)))];
        foreach (var listing in changed)
        {
            CohortListings.Apply(listing, funded.Find(listing.PersonId));
        }

        var delta = DecisionIndexChange.For(index, changed.Select(l => ToKnownRecord(l, entities[l.RecordId])).ToList());
        var undo = index.Apply(delta);
        try
        {
            await persons.BeginAsync(delta, cancellationToken);
            await records.WriteListingsAsync(changed, cancellationToken);
            if (decision.Kind != DecisionKind.Different)
            {
                await SupersedeOtherItemsAsync(item, cancellationToken);
            }

            // Counted from the rows, not adjusted: a decision repeated after a fault still ends with the right counts.
            foreach (var upload in changed.GroupBy(l => RecordId.Parse(l.RecordId).UploadKey, StringComparer.Ordinal))
            {
                await uploads.RecountStatusesAsync(upload.First().UploadPath, await records.CountStatusesAsync(upload.Key, cancellationToken), cancellationToken);
            }

            // The cohort follows: a person who got (or lost) a listing to be paid for joins (or leaves) the candidates.
            var after = index.ListingsOf(touchedPeople).Select(l => (l.RecordId, l.PersonId, l.Status));
            await cohortFollower.FollowAsync(funded, ListedPerson.Of(touchedPeople, after, new HashSet<string>()), new Dictionary<RecordId, WorkerRecord>(),
                "keputusan admin kabupaten", new CohortActor(decision.DecidedBy, item.DecidedByName), cancellationToken);
            await persons.CommitAsync(delta, cancellationToken);
        }
        catch
        {
            persons.Revert(undo);
            cohort.Invalidate();
            throw;
        }

        var touched = changed.Select(l => l.RecordId).ToHashSet();
        return (changed, before.Where(b => touched.Contains(b.RecordId)).ToList());
    }

    private static KnownRecord ToKnownRecord(Listing listing, RecordEntity stored) =>
        new(RecordId.Parse(listing.RecordId), listing.PersonId ?? "", stored.UploadPath, RecordMapper.MatchFieldsOf(stored), listing.Status);

    /// <summary>
    /// "Two people" holds for every listing of the candidate's person: the record's other undecided items whose
    /// candidate is that same person are decided alike (and remembered by their own identities).
    /// </summary>
    /// <returns>Whether the record still has undecided items (then it stays in review).</returns>
    private async Task<bool> SettleSamePersonItemsAsync(ReviewItemEntity decided, Candidate candidate, Decision decision, CancellationToken cancellationToken)
    {
        var stillPending = false;
        foreach (var other in await records.ItemsOfRecordAsync(decided.RecordId, cancellationToken))
        {
            if (other.RowKey == decided.RowKey || !other.IsPending)
            {
                continue;
            }

            var otherCandidate = await CandidateAsync(other, cancellationToken);
            if (otherCandidate is null || otherCandidate.PersonId != candidate.PersonId)
            {
                stillPending = true;
                continue;
            }

            other.Decision = decided.Decision;
            other.ReasonCode = decided.ReasonCode;
            other.Note = decided.Note;
            other.DecidedBy = decided.DecidedBy;
            other.DecidedByName = decided.DecidedByName;
            other.DecidedAt = decided.DecidedAt;
            try
            {
                await records.UpdateItemAsync(other, other.ETag, cancellationToken);
                await decisions.SaveAsync(decision with { Other = otherCandidate.Identity, OtherKpj = otherCandidate.Kpj }, other.Id, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                stillPending = true;
            }
        }

        return stillPending;
    }

    /// <summary>The record's other undecided items are settled by this decision (it is no longer in review).</summary>
    private async Task SupersedeOtherItemsAsync(ReviewItemEntity decided, CancellationToken cancellationToken)
    {
        foreach (var other in await records.ItemsOfRecordAsync(decided.RecordId, cancellationToken))
        {
            if (other.RowKey == decided.RowKey || !other.IsPending)
            {
                continue;
            }

            other.Decision = ReviewItemEntity.Superseded;
            other.DecidedBy = decided.DecidedBy;
            other.DecidedByName = decided.DecidedByName;
            other.DecidedAt = decided.DecidedAt;
            other.ReasonCode = decided.ReasonCode;
            try
            {
                await records.UpdateItemAsync(other, other.ETag, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                // Decided or replaced meanwhile: nothing left to supersede.
            }
        }
    }

    private static ListingState Snapshot(Listing l) => new(l.RecordId, l.Status.ToCode(), l.PersonId, l.Kpj);

    /// <summary>What the audit trail keeps of a record: ids and status, never personal data.</summary>
    public sealed record ListingState(string RecordId, string Status, string? PersonId, string? Kpj);

    /// <param name="Lapsed">A register candidate's lapsed membership status (NON AKTIF …): "same" reactivates.</param>
    private sealed record Candidate(PersonIdentity Identity, string PersonId, string? Kpj, string Label, string? Lapsed = null);
}
