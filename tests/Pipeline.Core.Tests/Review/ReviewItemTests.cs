using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

/// <summary>
/// The review item as the domain decides it: one person's open pairs grouped into one item, decided once, with what
/// changes returned as data.
/// </summary>
public sealed class ReviewItemTests
{
    private static readonly DateTimeOffset At = new(2025, 11, 6, 3, 0, 0, TimeSpan.Zero);
    private static readonly CandidateRef Kpj = CandidateRef.ForParticipant("25012345678");
    private static readonly PersonId KpjPerson = PersonId.Parse("P00000000000f");

    /// <summary>A village's listing: upload u{village}, row 4, person P00000000000{village}.</summary>
    private sealed record Row(int Village, RecordStatus Status, string Nik, string Name = "BUDI SIREGAR", int Person = 0)
    {
        public RecordId Id => new("u" + Village, 4);
        public CandidateRef Ref => CandidateRef.ForRecord(Id);
        public PersonId PersonId => PersonId.FromValue((ulong)(Person == 0 ? Village : Person));
        public PersonDetails Details => new(Nik, Name, new DateOnly(1980, 3, 12), Sex.L, Village == 1 ? "Aek Kanopan" : null);
        public PersonIdentity Identity => new(Nik, Name, new DateOnly(1980, 3, 12));

        public Listing Listing() => new()
        {
            RecordId = Id,
            UploadPath = $"kualuh-hulu/desa-{Village}/daftar.xlsx",
            Identity = Identity,
            Status = Status,
            PersonId = PersonId,
            Issues = Status == RecordStatus.Review ? [IssueCatalog.MatchReview.Create(PersonId)] : [],
        };

        public ReviewMember Member() => new(Ref, Details, Identity, PersonId);
    }

    private static ReviewPair Pair(Row subject, CandidateRef candidate, double score = 12, string version = "v1") =>
        new(subject.Id, $"kualuh-hulu/desa-{subject.Village}/daftar.xlsx", candidate, null, score, "nama sama", At, version);

    private static ReviewDecision Decision(DecisionKind kind, string reason, IReadOnlyList<CandidateRef>? members = null, Dictionary<string, string>? chosen = null) =>
        new(kind, members, ReasonCatalog.Find(reason)!, null, chosen, "oid-rina", "Rina", At);

    private static Dictionary<CandidateRef, ReviewMember> Members(params Row[] rows)
    {
        var members = rows.ToDictionary(r => r.Ref, r => r.Member());
        members[Kpj] = new ReviewMember(Kpj, new PersonDetails("1223011203800001", "BUDI SIREGAR", new DateOnly(1980, 3, 12), Sex.L, null),
            new PersonIdentity("1223011203800001", "BUDI SIREGAR", new DateOnly(1980, 3, 12)), KpjPerson);
        return members;
    }

    // Village 1 lists Budi, whom the register resembles; village 2 lists him too, resembling both.
    private static readonly Row A = new(1, RecordStatus.Review, "1223011203800001");
    private static readonly Row B = new(2, RecordStatus.Review, "1223011203800009");

    private static IReadOnlyList<ReviewPair> ThreePairsOfOnePerson() => [Pair(A, Kpj, 15), Pair(B, A.Ref, 20), Pair(B, Kpj, 9)];

    [Fact]
    public void A_person_listed_by_two_villages_and_found_in_the_register_is_one_item_not_three()
    {
        var c = new Row(3, RecordStatus.Review, "1223029999990001", "ANDI LUBIS");
        var d = new Row(4, RecordStatus.New, "1223029999990002", "ANDI LUBIS");

        var items = ReviewItem.Group([.. ThreePairsOfOnePerson(), Pair(c, d.Ref)]);

        Assert.Equal(2, items.Count);
        var budi = items[0];
        Assert.Equal(A.Id, budi.Id);
        Assert.Equal([A.Ref, B.Ref, Kpj], budi.Members);
        Assert.Equal([A.Id, B.Id], budi.UnderReview);
        Assert.Equal(3, budi.Pairs.Count);
        Assert.Equal(20, budi.Pairs[0].Score);
        Assert.Equal([c.Ref, d.Ref], items[1].Members);
        Assert.Equal(budi.Id, ReviewItem.Of(ThreePairsOfOnePerson(), B.Id)?.Id);
    }

    [Fact]
    public void An_items_version_changes_when_any_of_its_pairs_does()
    {
        var before = ReviewItem.Group(ThreePairsOfOnePerson())[0].Version;
        var pairs = ThreePairsOfOnePerson().ToList();
        pairs[2] = pairs[2] with { Version = "v2" };

        Assert.NotEqual(before, ReviewItem.Group(pairs)[0].Version);
        Assert.Equal(before, ReviewItem.Group(ThreePairsOfOnePerson())[0].Version);
    }

    [Fact]
    public void Same_for_every_member_decides_the_person_once_enrolled_with_the_KPJ_and_closes_every_pair()
    {
        var item = ReviewItem.Group(ThreePairsOfOnePerson())[0];
        var (a, b) = (A.Listing(), B.Listing());

        var outcome = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO"), Members(A, B), [a, b]);

        Assert.Null(outcome.Refusal);
        Assert.Equal((RecordStatus.Enrolled, "25012345678", KpjPerson), (a.Status, a.Kpj, a.PersonId));
        Assert.Equal((RecordStatus.Duplicate, KpjPerson), (b.Status, b.PersonId));
        Assert.All(outcome.Pairs, p => Assert.Equal((PairStatus.Same, DecisionKind.Same), (p.Status, p.DecidedAs)));
        Assert.Equal(3, outcome.Decisions.Count(d => d.Kind == DecisionKind.Same));
        Assert.Equal([a, b], outcome.Changed);
        Assert.Equal([A.Ref, B.Ref, Kpj], outcome.Summary.Same);
        Assert.Contains("peserta BPJS KPJ 25012345678", b.Issues.Single().Message);
    }

    [Fact]
    public void Same_as_a_lapsed_register_participant_reactivates_the_person_with_the_KPJ_instead_of_enrolling_them()
    {
        var item = ReviewItem.Group(ThreePairsOfOnePerson())[0];
        var (a, b) = (A.Listing(), B.Listing());
        var members = Members(A, B);
        members[Kpj] = members[Kpj] with { LapsedStatus = "NON AKTIF" };

        var outcome = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO"), members, [a, b]);

        Assert.Null(outcome.Refusal);
        Assert.Equal((RecordStatus.Reactivate, "25012345678", KpjPerson), (a.Status, a.Kpj, a.PersonId));
        Assert.Contains(a.Issues, i => i.Code == IssueCatalog.ReactivateLapsed.Code && i.Message.Contains("NON AKTIF", StringComparison.Ordinal));
        Assert.Equal((RecordStatus.Duplicate, KpjPerson), (b.Status, b.PersonId));

        // Decided again with nothing left to change, the listing is not changed twice.
        Assert.Empty(item.Decide(Decision(DecisionKind.Same, "SAME_TYPO"), members, [a, b]).Changed);
    }

    [Fact]
    public void Same_for_the_two_listings_only_makes_the_register_participant_another_person()
    {
        var item = ReviewItem.Group(ThreePairsOfOnePerson())[0];
        var (a, b) = (A.Listing(), B.Listing());

        var outcome = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO", [A.Ref, B.Ref]), Members(A, B), [a, b]);

        Assert.Equal((RecordStatus.New, RecordStatus.Duplicate), (a.Status, b.Status));
        Assert.Equal(a.PersonId, b.PersonId);
        var verdicts = outcome.Pairs.ToDictionary(p => (p.Subject, p.Candidate), p => p.Status);
        Assert.Equal(PairStatus.Same, verdicts[(B.Id, A.Ref)]);
        Assert.Equal(PairStatus.Different, verdicts[(A.Id, Kpj)]);
        Assert.Equal(PairStatus.Different, verdicts[(B.Id, Kpj)]);
        Assert.Equal([Kpj], outcome.Summary.Different);
        Assert.Equal((1, 2), (outcome.Decisions.Count(d => d.Kind == DecisionKind.Same), outcome.Decisions.Count(d => d.Kind == DecisionKind.Different)));
    }

    [Fact]
    public void Same_lets_the_reviewer_choose_the_correct_value_of_each_field_that_differs()
    {
        var item = ReviewItem.Group([Pair(B, A.Ref)])[0];
        var members = Members(A, B);

        var outcome = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO", chosen: new() { ["nik"] = B.Nik }), members, [A.Listing(), B.Listing()]);

        Assert.Equal(new PersonDetails(B.Nik, "BUDI SIREGAR", new DateOnly(1980, 3, 12), Sex.L, "Aek Kanopan"), outcome.Chosen);
        Assert.All(outcome.Decisions, d => Assert.Equal(outcome.Chosen, d.Chosen));
        var difference = Assert.Single(PersonDetails.Differences([A.Details, B.Details]));
        Assert.Equal("nik", difference.Field);
        Assert.Equal([A.Nik, B.Nik], difference.Values);

        // A value that none of the listings holds is refused: a choice, not an edit.
        var typed = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO", chosen: new() { ["nik"] = "1223011203800005" }), members, [A.Listing(), B.Listing()]);
        Assert.True(typed.IsRefused);
        Assert.False(typed.IsConflict);
    }

    [Fact]
    public void Without_a_choice_the_merged_person_keeps_the_values_of_the_listing_that_stays_primary()
    {
        var listed = A with { Status = RecordStatus.New };
        var outcome = ReviewItem.Group([Pair(B, listed.Ref)])[0].Decide(Decision(DecisionKind.Same, "SAME_TYPO"), Members(listed, B), [listed.Listing(), B.Listing()]);

        Assert.Equal(A.Nik, outcome.Chosen?.Nik);
    }

    [Fact]
    public void Different_makes_every_record_under_review_a_person_of_its_own()
    {
        var (a, b) = (A.Listing(), B.Listing());

        var outcome = ReviewItem.Group(ThreePairsOfOnePerson())[0].Decide(Decision(DecisionKind.Different, "DIFFERENT_NAMESAKE"), Members(A, B), [a, b]);

        Assert.Equal((RecordStatus.New, RecordStatus.New), (a.Status, b.Status));
        Assert.NotEqual(a.PersonId, b.PersonId);
        Assert.Equal("REVIEW_DIFFERENT_PERSON", b.Issues.Single().Code);
        Assert.All(outcome.Pairs, p => Assert.Equal(PairStatus.Different, p.Status));
        Assert.Equal(3, outcome.Decisions.Count);
    }

    [Fact]
    public void Rejecting_one_of_two_identical_rows_rejects_its_twin_instead_of_leaving_it_with_a_pair_that_can_only_be_rejected()
    {
        // The same row twice (two villages, or twice in one file), both resembling the register: the twin waits with the
        // first row and the participant as candidates.
        var twin = A with { Village = 2 };
        var pairs = new[] { Pair(A, Kpj, 15), Pair(twin, A.Ref, 40), Pair(twin, Kpj, 15) };
        var (a, b) = (A.Listing(), twin.Listing());

        var outcome = ReviewItem.Group(pairs)[0].Decide(Decision(DecisionKind.Reject, "REJECT_NIK_NOT_THEIRS", [A.Ref]), Members(A, twin), [a, b]);

        Assert.Equal((RecordStatus.Rejected, RecordStatus.Rejected), (a.Status, b.Status));
        Assert.Equal(3, outcome.Pairs.Count);
        Assert.Equal([A.Ref, twin.Ref], outcome.Summary.Rejected);
        Assert.Equal(A.Identity.Key, Assert.Single(outcome.Decisions).Key);
        Assert.Empty(ReviewItem.Group(pairs.Select(p => outcome.Pairs.Single(c => c.Subject == p.Subject && c.Candidate == p.Candidate))));
    }

    [Fact]
    public void A_record_whose_only_candidate_was_rejected_is_no_longer_in_review()
    {
        var (a, b) = (A.Listing(), B.Listing());

        ReviewItem.Group([Pair(B, A.Ref)])[0].Decide(Decision(DecisionKind.Reject, "REJECT_DECEASED", [A.Ref]), Members(A, B), [a, b]);

        Assert.Equal((RecordStatus.Rejected, RecordStatus.New), (a.Status, b.Status));
        Assert.Empty(b.Issues);
    }

    [Fact]
    public void Reject_without_naming_a_record_needs_an_item_with_one_record_under_review()
    {
        var item = ReviewItem.Group(ThreePairsOfOnePerson())[0];

        Assert.True(item.Decide(Decision(DecisionKind.Reject, "REJECT_DECEASED"), Members(A, B), [A.Listing(), B.Listing()]).IsRefused);
        Assert.True(item.Decide(Decision(DecisionKind.Reject, "REJECT_DECEASED", [Kpj]), Members(A, B), [A.Listing(), B.Listing()]).IsRefused);
    }

    [Fact]
    public void A_member_that_is_gone_cannot_be_named_the_same_and_its_pairs_are_closed_by_any_decision()
    {
        var item = ReviewItem.Group(ThreePairsOfOnePerson())[0];
        var members = Members(A, B);
        members[Kpj] = ReviewMember.Missing(Kpj);

        var refused = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO", [B.Ref, Kpj]), members, [A.Listing(), B.Listing()]);
        Assert.True(refused.IsConflict);

        var outcome = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO"), members, [A.Listing(), B.Listing()]);
        Assert.Equal(2, outcome.Pairs.Count(p => p.Status == PairStatus.Superseded));
        Assert.Equal(PairStatus.Same, outcome.Pairs.Single(p => p.Candidate == A.Ref).Status);
    }

    [Fact]
    public void Same_on_an_item_whose_only_candidate_is_gone_is_a_conflict_not_a_bad_request()
    {
        var members = Members(A, B);
        members[A.Ref] = ReviewMember.Missing(A.Ref);

        var outcome = ReviewItem.Group([Pair(B, A.Ref)])[0].Decide(Decision(DecisionKind.Same, "SAME_TYPO"), members, [B.Listing()]);

        Assert.True(outcome.IsConflict);
        Assert.Empty(outcome.Pairs);
    }

    [Fact]
    public void Deciding_again_on_listings_already_decided_changes_nothing_and_adds_no_notice()
    {
        var item = ReviewItem.Group([Pair(B, A.Ref)])[0];
        var listings = new[] { A.Listing(), B.Listing() };
        item.Decide(Decision(DecisionKind.Same, "SAME_TYPO"), Members(A, B), listings);
        var issues = listings.Select(l => l.Issues.Count).ToList();

        var again = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO"), Members(A, B), listings);

        Assert.Empty(again.Changed);
        Assert.Equal(issues, listings.Select(l => l.Issues.Count));
    }

    [Fact]
    public void A_decision_asked_again_once_the_item_is_closed_is_a_repeat_and_another_one_a_conflict()
    {
        var outcome = ReviewItem.Group([Pair(B, A.Ref)])[0].Decide(Decision(DecisionKind.Same, "SAME_TYPO"), Members(A, B), [A.Listing(), B.Listing()]);

        var repeat = ReviewItem.Recall(outcome.Pairs, Decision(DecisionKind.Same, "SAME_TYPO"));
        var other = ReviewItem.Recall(outcome.Pairs, Decision(DecisionKind.Different, "DIFFERENT_NAMESAKE"));

        Assert.False(repeat!.IsRefused);
        Assert.True(other!.IsConflict);
        Assert.Contains("Rina", other.Refusal);
        Assert.Null(ReviewItem.Recall([], Decision(DecisionKind.Same, "SAME_TYPO")));
    }

    [Fact]
    public void A_verdict_about_one_listing_of_a_person_holds_for_the_persons_other_listings_in_the_item()
    {
        // Village 3 lists Budi twice (one person, rows 4 and 4 of two files); the namesake resembles both.
        var first = new Row(3, RecordStatus.New, "1223011203800001", Person: 7);
        var second = new Row(4, RecordStatus.Duplicate, "1223011203800001", Person: 7);
        var item = ReviewItem.Group([Pair(B, first.Ref), Pair(B, second.Ref)])[0];
        var members = Members(B, first, second);

        Assert.Equal([B.Ref, first.Ref, second.Ref], item.SettleAlike([B.Ref, first.Ref], members));
        var outcome = item.Decide(Decision(DecisionKind.Same, "SAME_TYPO", [B.Ref, first.Ref]), members, [B.Listing(), first.Listing(), second.Listing()]);
        Assert.All(outcome.Pairs, p => Assert.Equal(PairStatus.Same, p.Status));
    }

    [Fact]
    public void The_chosen_identity_follows_the_person_through_any_identity_the_decision_names()
    {
        var chosen = new PersonDetails(B.Nik, "BUDI SIREGAR", new DateOnly(1980, 3, 12), Sex.L, null);
        var early = new Decision(DecisionKind.Same, A.Identity, B.Identity, null, "SAME_TYPO", null, "oid-rina", At, chosen with { Nik = A.Nik });
        var late = new Decision(DecisionKind.Same, B.Identity, A.Identity, null, "SAME_TYPO", null, "oid-rina", At.AddHours(1), chosen);
        var people = new Dictionary<string, string[]> { [A.Identity.Key] = ["P1"], [B.Identity.Key] = ["P1"] };

        var byPerson = ChosenIdentities.ByPerson([late, early], key => people.GetValueOrDefault(key) ?? []);

        Assert.Equal(B.Nik, byPerson["P1"].Nik);
        Assert.Empty(ChosenIdentities.ByPerson([early with { Kind = DecisionKind.Different }], key => people.GetValueOrDefault(key) ?? []));
    }
}
