using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using static Pipeline.Core.Tests.Matching.MatchTestData;

namespace Pipeline.Core.Tests.Review;

/// <summary>Decisions keyed by identity, and the seam through which matching and ingest obey them.</summary>
public class DecisionBookTests
{
    private static readonly PersonIdentity Budi = new("1223011203800001", "BUDI SIREGAR", new DateOnly(1980, 3, 12));
    private static readonly PersonIdentity Namesake = new("1223011203800002", "BUDI SIREGAR", new DateOnly(1980, 3, 12));
    private static readonly DateTimeOffset At = new(2025, 11, 6, 3, 0, 0, TimeSpan.Zero);

    private static Decision Decide(DecisionKind kind, PersonIdentity subject, PersonIdentity? other = null, string reason = "DIFFERENT_NAMESAKE") =>
        new(kind, subject, other, null, reason, null, "oid-rina", At);

    [Fact]
    public void An_identity_key_is_stable_table_safe_and_depends_on_every_part()
    {
        Assert.Matches("^i[0-9a-f]{24}$", Budi.Key);
        Assert.Equal(Budi.Key, new PersonIdentity("1223011203800001", "BUDI SIREGAR", new DateOnly(1980, 3, 12)).Key);
        Assert.NotEqual(Budi.Key, Namesake.Key);
        Assert.NotEqual(Budi.Key, (Budi with { NameKey = "BUDI" }).Key);
        Assert.NotEqual(Budi.Key, (Budi with { BirthDate = new DateOnly(1980, 12, 3) }).Key);
    }

    [Fact]
    public void The_identity_uses_the_name_match_key_so_old_spellings_are_one_identity()
    {
        var old = PersonIdentity.Of(new MatchFields("1223011203800001", "DJOKO SOEHARTO", "JOKO SUHARTO", new DateOnly(1980, 3, 12), Sex.L, "1223011001", null));
        var modern = PersonIdentity.Of(new MatchFields("1223011203800001", "JOKO SUHARTO", "JOKO SUHARTO", new DateOnly(1980, 3, 12), Sex.L, "1223011002", "+6281234567890"));

        Assert.Equal(old.Key, modern.Key);
    }

    [Fact]
    public void A_pair_is_the_same_question_in_either_order()
    {
        Assert.Equal(new IdentityPair(Budi, Namesake).Key, new IdentityPair(Namesake, Budi).Key);
        Assert.Equal(Decide(DecisionKind.Different, Budi, Namesake).Key, Decide(DecisionKind.Different, Namesake, Budi).Key);
    }

    [Fact]
    public void The_book_answers_by_identity_and_an_undecided_pair_keeps_the_models_outcome()
    {
        var stranger = new PersonIdentity("1223015508920004", "RINA POHAN", new DateOnly(1992, 8, 15));
        var book = new DecisionBook([Decide(DecisionKind.Different, Budi, Namesake), Decide(DecisionKind.Same, stranger, Budi, "SAME_TYPO"), Decide(DecisionKind.Reject, Namesake, reason: "REJECT_NIK_NOT_THEIRS")]);

        Assert.Equal(PairVerdict.Different, book.Verdict(Namesake, Budi));
        Assert.Equal(PairVerdict.Same, book.Verdict(Budi, stranger));
        Assert.Equal(PairVerdict.Undecided, book.Verdict(Namesake, stranger));
        Assert.Equal(PairVerdict.Undecided, book.Verdict(default, Budi));
        Assert.Equal("REJECT_NIK_NOT_THEIRS", book.RejectionOf(Namesake)?.ReasonCode);
        Assert.Null(book.RejectionOf(Budi));
        Assert.Null(DecisionBook.Empty.RejectionOf(Budi));
    }

    [Fact]
    public void A_kept_book_follows_a_key_decided_again_or_gone()
    {
        var book = new DecisionBook([Decide(DecisionKind.Different, Budi, Namesake)]);
        var same = Decide(DecisionKind.Same, Namesake, Budi, "SAME_TYPO");
        book.Update(rejection: false, same.Key, same);
        Assert.Equal((PairVerdict.Same, 1), (book.Verdict(Budi, Namesake), book.Count));

        var rejected = Decide(DecisionKind.Reject, Namesake, reason: "REJECT_NIK_NOT_THEIRS");
        book.Update(rejection: true, rejected.Key, rejected);
        Assert.Equal("REJECT_NIK_NOT_THEIRS", book.RejectionOf(Namesake)?.ReasonCode);

        // A key whose row is gone is forgotten in its own partition only.
        book.Update(rejection: true, rejected.Key, null);
        Assert.Equal((PairVerdict.Same, (string?)null, 1), (book.Verdict(Budi, Namesake), book.RejectionOf(Namesake)?.ReasonCode, book.Count));
        book.Update(rejection: false, same.Key, null);
        Assert.Equal((PairVerdict.Undecided, 0), (book.Verdict(Budi, Namesake), book.Count));
    }

    [Theory]
    [InlineData(DecisionKind.Same, MatchOutcome.PossibleMatch, MatchOutcome.Match)]
    [InlineData(DecisionKind.Same, MatchOutcome.NonMatch, MatchOutcome.Match)]
    [InlineData(DecisionKind.Different, MatchOutcome.PossibleMatch, MatchOutcome.NonMatch)]
    [InlineData(DecisionKind.Different, MatchOutcome.Match, MatchOutcome.NonMatch)]
    public void A_decided_pair_overrides_the_score(DecisionKind kind, MatchOutcome scored, MatchOutcome expected)
    {
        var book = new DecisionBook([Decide(kind, Budi, Namesake, kind == DecisionKind.Same ? "SAME_TYPO" : "DIFFERENT_NAMESAKE")]);
        var a = new MatchFields(Budi.Nik, "BUDI SIREGAR", Budi.NameKey, Budi.BirthDate, Sex.L, null, null);
        var b = new MatchFields(Namesake.Nik, "BUDI SIREGAR", Namesake.NameKey, Namesake.BirthDate, Sex.L, null, null);

        Assert.Equal(expected, book.Adjust(a, b, scored));
        Assert.Equal(scored, DecisionBook.Empty.Adjust(a, b, scored));
        Assert.Equal(scored, ((IDecisionBook?)null).Adjust(a, b, scored));
    }

    [Fact]
    public void The_matcher_obeys_the_book_namesakes_decided_different_are_both_new_and_decided_same_are_one_person()
    {
        var first = Record(2, "1223011203800001", "Budi Siregar", "1980-03-12", Sex.L);
        var namesake = Record(3, "1223011203800002", "Budi Siregar", "1980-03-12", Sex.L);
        var fields = (PersonIdentity.Of(first), PersonIdentity.Of(namesake));

        Assert.Equal(RecordStatus.Review, ResolvePair(first, namesake, null).Status);
        Assert.Equal(RecordStatus.New, ResolvePair(Copy(first), Copy(namesake), new DecisionBook([Decide(DecisionKind.Different, fields.Item1, fields.Item2)])).Status);
        var same = ResolvePair(Copy(first), Copy(namesake), new DecisionBook([Decide(DecisionKind.Same, fields.Item2, fields.Item1, "SAME_TYPO")]));
        Assert.Equal(RecordStatus.Duplicate, same.Status);
    }

    [Fact]
    public void Ingest_rejects_a_row_whose_identity_was_rejected_with_the_reason_and_note()
    {
        var record = Record(5, "1223011203800002", "Budi Siregar", "1980-03-12", Sex.L);
        var book = new DecisionBook([new Decision(DecisionKind.Reject, PersonIdentity.Of(record), null, null, "REJECT_DECEASED", "meninggal Mei 2025", "oid-rina", At)]);

        Assert.True(book.ApplyRejection(record));
        Assert.Equal(RecordStatus.Rejected, record.Status);
        var issue = Assert.Single(record.Issues);
        Assert.Equal(("REVIEW_REJECTED", Severity.Error), (issue.Code, issue.Severity));
        Assert.Contains("Sudah meninggal dunia", issue.Message);
        Assert.Contains("Catatan: meninggal Mei 2025.", issue.Message);
        Assert.False(book.ApplyRejection(Record(6, "1223011203800001", "Budi Siregar", "1980-03-12", Sex.L)));
    }

    private static WorkerRecord ResolvePair(WorkerRecord first, WorkerRecord second, IDecisionBook? book)
    {
        var resolver = new PersonResolver(new MatchOptions());
        var persons = new PersonIndex();
        var register = new ParticipantIndex();
        resolver.Resolve(first, new RecordId("u1", 2), "a.xlsx", persons, register, book);
        resolver.Resolve(second, new RecordId("u2", 3), "b.xlsx", persons, register, book);
        return second;
    }

    private static WorkerRecord Copy(WorkerRecord r) => Record(r.SourceRow, r.Nik, r.Name!, r.BirthDate!.Value.ToString("yyyy-MM-dd"), r.Sex);
}
