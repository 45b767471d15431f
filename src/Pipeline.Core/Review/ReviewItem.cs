using System.Security.Cryptography;
using System.Text;
using Pipeline.Core.Model;

namespace Pipeline.Core.Review;

/// <summary>
/// One person's open question, decided once: every record under review and every candidate (record or register
/// participant) that the open pairs connect. A person listed by two villages and also found in the register is one
/// item with three members, not three pairs decided three times.
/// </summary>
/// <remarks>
/// Items are not stored: they are the connected groups of the pending pairs (<see cref="Group"/>), named by their
/// first record under review (<see cref="Id"/>). <see cref="Decide"/> returns what a decision changes as data
/// (<see cref="ReviewOutcome"/>) and changes nothing itself but the listings it is handed; storage writes the result.
/// <see cref="Version"/> changes whenever any of its pairs does, so two administrators deciding one item cannot both win.
/// </remarks>
public sealed class ReviewItem
{
    private ReviewItem(IReadOnlyList<ReviewPair> pairs)
    {
        Pairs = pairs;
        Members = [.. pairs.SelectMany(p => p.Ends).Distinct().Order()];
        UnderReview = [.. pairs.Select(p => p.Subject).Distinct().Order()];
        Id = UnderReview[0];
    }

    /// <summary>The item's name: its first record under review.</summary>
    public RecordId Id { get; }

    /// <summary>The open pairs, best score first.</summary>
    public IReadOnlyList<ReviewPair> Pairs { get; }

    /// <summary>Every record and participant of the item: records in sheet order, then participants.</summary>
    public IReadOnlyList<CandidateRef> Members { get; }

    /// <summary>The records whose status waits for this item.</summary>
    public IReadOnlyList<RecordId> UnderReview { get; }

    /// <summary>Changes whenever a pair is added, closed or rewritten: the concurrency token the API hands out.</summary>
    public string Version
    {
        get
        {
            var text = string.Join('\n', Pairs.OrderBy(p => p.Subject).ThenBy(p => p.Candidate).Select(p => $"{p.Subject}|{p.Candidate}|{p.Version}"));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 12);
        }
    }

    public bool Contains(CandidateRef member) => Members.Contains(member);

    /// <summary>The items the pending pairs make: pairs that share a record or a participant belong to one item.</summary>
    public static IReadOnlyList<ReviewItem> Group(IEnumerable<ReviewPair> pairs)
    {
        var pending = pairs.Where(p => p.IsPending).ToList();
        var parent = new Dictionary<CandidateRef, CandidateRef>();
        CandidateRef Root(CandidateRef x)
        {
            while (parent.TryGetValue(x, out var up) && up != x)
            {
                parent[x] = parent.TryGetValue(up, out var upper) ? upper : up;
                x = up;
            }

            return x;
        }

        foreach (var pair in pending)
        {
            var (a, b) = (CandidateRef.ForRecord(pair.Subject), pair.Candidate);
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb)
            {
                parent[ra.CompareTo(rb) < 0 ? rb : ra] = ra.CompareTo(rb) < 0 ? ra : rb;
            }
        }

        return pending
            .GroupBy(p => Root(CandidateRef.ForRecord(p.Subject)))
            .Select(g => new ReviewItem([.. g.OrderByDescending(p => p.Score).ThenBy(p => p.Subject).ThenBy(p => p.Candidate)]))
            .OrderBy(i => i.Id)
            .ToList();
    }

    /// <summary>The item a record belongs to (as a record under review or a candidate), among the pending pairs.</summary>
    public static ReviewItem? Of(IEnumerable<ReviewPair> pairs, RecordId record) =>
        Group(pairs).FirstOrDefault(i => i.Contains(CandidateRef.ForRecord(record)));

    /// <summary>
    /// What became of a decision asked for on an item that is no longer open, from the closed pairs of its record:
    /// the same kind with the same reason is a repeat (nothing to do), anything else was decided otherwise.
    /// </summary>
    /// <returns>Null when the record has no pairs at all (not an item).</returns>
    public static ReviewOutcome? Recall(IReadOnlyList<ReviewPair> pairsOfRecord, ReviewDecision decision)
    {
        var last = pairsOfRecord.Where(p => !p.IsPending && p.DecidedAs is not null).MaxBy(p => p.DecidedAt);
        if (last is null)
        {
            return null;
        }

        return last.DecidedAs == decision.Kind && last.ReasonCode == decision.Reason.Code
            ? new ReviewOutcome(null, false, [], [], [], [], null, DecisionSummary.None)
            : ReviewOutcome.Refuse($"Item ini sudah diputuskan ({last.DecidedAs!.Value.ToIndonesian()}) oleh {last.DecidedByName ?? last.DecidedBy}.", conflict: true);
    }

    /// <summary>
    /// Decides the item. <paramref name="members"/> holds what storage found of each member; <paramref name="listings"/>
    /// every listing of the members' people (the members' own among them), which the decision changes in place.
    /// </summary>
    public ReviewOutcome Decide(ReviewDecision decision, IReadOnlyDictionary<CandidateRef, ReviewMember> members, IReadOnlyList<Listing> listings)
    {
        var gone = Members.Where(m => !members.TryGetValue(m, out var found) || found.Gone).ToHashSet();
        var byRecord = listings.GroupBy(l => l.RecordId).ToDictionary(g => g.Key, g => g.First());
        if (FirstOf(decision.Members ?? [], m => !Contains(m)) is { } stranger)
        {
            return ReviewOutcome.Refuse($"Data {stranger} bukan bagian dari item ini (item sudah berubah). Muat ulang antrean.", conflict: true);
        }

        var before = listings.ToDictionary(l => l, l => l.State);
        var (refusal, conflict, pairs, summary, chosen) = decision.Kind switch
        {
            DecisionKind.Same => DecideSame(decision, members, gone, byRecord, listings),
            DecisionKind.Different => DecideDifferent(decision, gone, byRecord, listings),
            _ => DecideReject(decision, members, gone, byRecord, listings),
        };
        if (refusal is not null)
        {
            return ReviewOutcome.Refuse(refusal, conflict);
        }

        var changed = listings.Where(l => !Equals(before[l], l.State)).ToList();
        return new ReviewOutcome(null, false, pairs, Remember(decision, pairs, summary.Rejected, members, chosen), changed, listings, chosen, summary);
    }

    /// <summary>The pairs touching members that are gone (rejected, replaced, left the register), closed without a verdict.</summary>
    public IReadOnlyList<ReviewPair> Supersede(IReadOnlySet<CandidateRef> gone, ReviewDecision decision) =>
        [.. Pairs.Where(p => p.Ends.Any(gone.Contains)).Select(p => p.Close(PairStatus.Superseded, decision))];

    /// <summary>
    /// The members a "same" decision names, with every other member of the same person: a verdict about one listing of
    /// a person holds for all of them (one of the person's listings cannot be the same while another is different).
    /// </summary>
    public IReadOnlyList<CandidateRef> SettleAlike(IEnumerable<CandidateRef> named, IReadOnlyDictionary<CandidateRef, ReviewMember> members)
    {
        var set = named.ToHashSet();
        var people = set.Select(m => members.GetValueOrDefault(m)?.PersonId).OfType<PersonId>().ToHashSet();
        set.UnionWith(Members.Where(m => members.GetValueOrDefault(m) is { Gone: false, PersonId: { } p } && people.Contains(p)));
        return [.. set.Order()];
    }

    private (string?, bool, IReadOnlyList<ReviewPair>, DecisionSummary, PersonDetails?) DecideSame(
        ReviewDecision decision, IReadOnlyDictionary<CandidateRef, ReviewMember> members, HashSet<CandidateRef> gone,
        Dictionary<RecordId, Listing> byRecord, IReadOnlyList<Listing> listings)
    {
        var named = decision.Members ?? Members.Where(m => !gone.Contains(m)).ToList();
        if (FirstOf(named, gone.Contains) is { } missing)
        {
            return ($"Data {missing} sudah tidak ada atau sudah ditolak, sehingga tidak dapat dinyatakan sama. Muat ulang antrean.", true, [], DecisionSummary.None, null);
        }

        var same = SettleAlike(named, members);
        if (same.Count < 2)
        {
            return gone.Count > 0 && decision.Members is null
                ? ("Data pembanding sudah tidak ada atau sudah ditolak, sehingga tidak ada yang dapat dinyatakan sama. Muat ulang antrean.", true, [], DecisionSummary.None, null)
                : ("Pilih paling sedikit dua data yang merupakan orang yang sama.", false, [], DecisionSummary.None, null);
        }

        var participants = same.Where(m => m.IsParticipant).ToList();
        if (participants.Count > 1)
        {
            return ("Satu orang hanya dapat sama dengan satu peserta BPJS. Pilih salah satu peserta.", false, [], DecisionSummary.None, null);
        }

        var sameListings = same.Where(m => m.Record is not null).Select(m => byRecord.GetValueOrDefault(m.Record!.Value)).OfType<Listing>().ToList();
        if (sameListings.Count == 0)
        {
            return ("Pilih paling sedikit satu data dari daftar desa.", false, [], DecisionSummary.None, null);
        }

        var kpj = participants.Count == 1 ? participants[0].Kpj : null;
        var lapsed = participants.Count == 1 ? members[participants[0]].LapsedStatus : null;
        var personId = (kpj is not null ? members[participants[0]].PersonId : null)
                       ?? sameListings.Where(l => !l.IsUnderReview).MinBy(l => l.RecordId)?.PersonId
                       ?? sameListings.MinBy(l => l.RecordId)!.PersonId!.Value;
        DecisionEffects.Merge(sameListings, listings, personId, kpj, decision.Reason, lapsed);
        var primary = listings.FirstOrDefault(l => l.PersonId == personId && l.IsPrimary);
        var chosen = Choose(decision.Chosen, [.. same.Select(m => members[m])], primary is null ? null : members.GetValueOrDefault(primary.Ref));
        if (chosen.Refusal is not null)
        {
            return (chosen.Refusal, false, [], DecisionSummary.None, null);
        }

        var closed = Close(decision, gone, p => same.Contains(p.Candidate) && same.Contains(CandidateRef.ForRecord(p.Subject))
            ? PairStatus.Same
            : same.Contains(p.Candidate) || same.Contains(CandidateRef.ForRecord(p.Subject)) ? PairStatus.Different : PairStatus.Pending);
        SeparateSettled(closed, byRecord, listings, decision.Reason);
        var different = Members.Where(m => !same.Contains(m) && !gone.Contains(m)
            && closed.Any(p => p.Status == PairStatus.Different && p.Touches(m))).ToList();
        // Read as "<the record under review> is the same as <the others>": records under review first.
        var spoken = same.OrderBy(m => m.Record is { } r && UnderReview.Contains(r) ? 0 : 1).ThenBy(m => m).ToList();
        return (null, false, closed, new DecisionSummary(spoken, different, []), chosen.Details);
    }

    private (string?, bool, IReadOnlyList<ReviewPair>, DecisionSummary, PersonDetails?) DecideDifferent(
        ReviewDecision decision, HashSet<CandidateRef> gone, Dictionary<RecordId, Listing> byRecord, IReadOnlyList<Listing> listings)
    {
        var closed = Close(decision, gone, _ => PairStatus.Different);
        SeparateSettled(closed, byRecord, listings, decision.Reason);
        return (null, false, closed, new DecisionSummary([], [.. Members.Where(m => !gone.Contains(m))], []), null);
    }

    private (string?, bool, IReadOnlyList<ReviewPair>, DecisionSummary, PersonDetails?) DecideReject(
        ReviewDecision decision, IReadOnlyDictionary<CandidateRef, ReviewMember> members, HashSet<CandidateRef> gone,
        Dictionary<RecordId, Listing> byRecord, IReadOnlyList<Listing> listings)
    {
        var named = decision.Members;
        if (named is null)
        {
            var open = UnderReview.Select(CandidateRef.ForRecord).Where(m => !gone.Contains(m)).ToList();
            if (open.Count != 1)
            {
                return ("Pilih data yang ditolak.", false, [], DecisionSummary.None, null);
            }

            named = open;
        }

        if (named.Count == 0 || named.Any(m => m.IsParticipant))
        {
            return ("Hanya data dari daftar desa yang dapat ditolak, bukan peserta BPJS.", false, [], DecisionSummary.None, null);
        }

        if (FirstOf(named, gone.Contains) is { } missing)
        {
            return ($"Data {missing} sudah tidak ada atau sudah ditolak. Muat ulang antrean.", true, [], DecisionSummary.None, null);
        }

        // A rejection is of an identity (it is remembered so, and every later upload of it is rejected): an identical
        // row in the item, a twin listed twice, goes with it instead of waiting for a pair that could only be rejected.
        var identities = named.Select(m => members[m].Identity.Key).ToHashSet(StringComparer.Ordinal);
        var rejected = Members.Where(m => !m.IsParticipant && !gone.Contains(m) && identities.Contains(members[m].Identity.Key)).ToList();
        foreach (var member in rejected)
        {
            if (byRecord.GetValueOrDefault(member.Record!.Value) is { } listing)
            {
                DecisionEffects.Reject(listing, listings, decision.Reason, decision.Note);
            }
        }

        var closed = Close(decision, gone.Concat(rejected).ToHashSet(), _ => PairStatus.Pending)
            .Select(p => p.Status == PairStatus.Superseded && rejected.Contains(CandidateRef.ForRecord(p.Subject)) ? p with { Status = PairStatus.Rejected } : p)
            .ToList();
        SeparateSettled(closed, byRecord, listings, reason: null);
        return (null, false, closed, new DecisionSummary([], [], rejected), null);
    }

    /// <summary>Every pair's fate: pairs touching gone members are superseded, the others as <paramref name="verdict"/> says (pending ones stay open).</summary>
    private List<ReviewPair> Close(ReviewDecision decision, IReadOnlySet<CandidateRef> gone, Func<ReviewPair, PairStatus> verdict)
    {
        var superseded = Supersede(gone, decision);
        var closed = new List<ReviewPair>(superseded);
        foreach (var pair in Pairs.Where(p => !p.Ends.Any(gone.Contains)))
        {
            var status = verdict(pair);
            if (status != PairStatus.Pending)
            {
                closed.Add(pair.Close(status, decision));
            }
        }

        return closed;
    }

    /// <summary>
    /// Records under review left with no open pair become people of their own: "different" when a pair of theirs was
    /// decided so, silently when their candidates were all rejected or gone.
    /// </summary>
    private void SeparateSettled(IReadOnlyList<ReviewPair> closed, Dictionary<RecordId, Listing> byRecord, IReadOnlyList<Listing> listings, Reason? reason)
    {
        var stillOpen = Pairs.Where(p => !closed.Any(c => c.Subject == p.Subject && c.Candidate == p.Candidate)).ToList();
        foreach (var member in Members.Where(m => m.Record is not null))
        {
            if (stillOpen.Any(p => p.Touches(member)) || byRecord.GetValueOrDefault(member.Record!.Value) is not { IsUnderReview: true } listing)
            {
                continue;
            }

            var saidDifferent = closed.Any(p => p.Status == PairStatus.Different && p.Touches(member));
            DecisionEffects.Separate(listing, listings, saidDifferent ? reason : null);
        }
    }

    /// <summary>
    /// The chosen identity of a merged person: each field as the reviewer chose it among the members' values, or the
    /// value of the primary listing, or the first member's that has one.
    /// </summary>
    private static (PersonDetails? Details, string? Refusal) Choose(IReadOnlyDictionary<string, string>? chosen, IReadOnlyList<ReviewMember> same, ReviewMember? primary)
    {
        var details = new PersonDetails(null, null, null, null, null);
        var ordered = primary is null ? same : [primary, .. same.Where(m => m != primary)];
        foreach (var field in PersonDetails.Fields)
        {
            var offered = ordered.Select(m => m.Details.Get(field)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var value = offered.FirstOrDefault();
            if (chosen?.GetValueOrDefault(field) is { } pick)
            {
                if (!offered.Contains(pick, StringComparer.Ordinal))
                {
                    return (null, $"Nilai yang dipilih untuk {FieldLabel(field)} bukan salah satu nilai pada data yang sama.");
                }

                value = pick;
            }

            details = value is null ? details : details.With(field, value) ?? details;
        }

        return chosen?.Keys.FirstOrDefault(k => !PersonDetails.Fields.Contains(k)) is { } unknown
            ? (null, $"\"{unknown}\" bukan kolom identitas yang dapat dipilih.")
            : (details, null);
    }

    /// <summary>The first member that matches, or null (a member is a struct: FirstOrDefault would give an empty one).</summary>
    private static CandidateRef? FirstOf(IEnumerable<CandidateRef> members, Func<CandidateRef, bool> match) =>
        members.Where(match).Select(m => (CandidateRef?)m).FirstOrDefault();

    private static string FieldLabel(string field) => field switch
    {
        "nik" => "NIK",
        "name" => "nama",
        "birthDate" => "tanggal lahir",
        "sex" => "jenis kelamin",
        _ => "tempat lahir",
    };

    /// <summary>Each pair with a verdict is remembered by the identities of its two sides; a rejection by the identity rejected.</summary>
    private static List<Decision> Remember(
        ReviewDecision decision, IReadOnlyList<ReviewPair> closed, IReadOnlyList<CandidateRef> rejected, IReadOnlyDictionary<CandidateRef, ReviewMember> members, PersonDetails? chosen)
    {
        var remembered = new List<Decision>();
        foreach (var pair in closed.Where(p => p.Status is PairStatus.Same or PairStatus.Different))
        {
            if (members.GetValueOrDefault(CandidateRef.ForRecord(pair.Subject)) is not { } subject || members.GetValueOrDefault(pair.Candidate) is not { } candidate)
            {
                continue;
            }

            var kind = pair.Status == PairStatus.Same ? DecisionKind.Same : DecisionKind.Different;
            remembered.Add(new Decision(kind, subject.Identity, candidate.Identity, pair.Candidate.Kpj, decision.Reason.Code, decision.Note,
                decision.DecidedBy, decision.DecidedAt, kind == DecisionKind.Same ? chosen : null));
        }

        foreach (var identity in rejected.Select(m => members[m].Identity).Where(i => !i.IsEmpty).DistinctBy(i => i.Key))
        {
            remembered.Add(new Decision(DecisionKind.Reject, identity, null, null, decision.Reason.Code, decision.Note, decision.DecidedBy, decision.DecidedAt));
        }

        return remembered;
    }
}
