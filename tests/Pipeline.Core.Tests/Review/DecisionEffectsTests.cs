using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

/// <summary>What a decision does to listings: one primary listing per person after every decision.</summary>
public class DecisionEffectsTests
{
    private static readonly Reason SameReason = ReasonCatalog.Find("SAME_TYPO")!;
    private static readonly Reason DifferentReason = ReasonCatalog.Find("DIFFERENT_NAMESAKE")!;
    private static readonly Reason RejectReason = ReasonCatalog.Find("REJECT_NIK_NOT_THEIRS")!;

    private static Listing L(string recordId, RecordStatus status, string? person, string upload = "a/x/1.xlsx", int row = 4, params string[] codes) => new()
    {
        RecordId = recordId,
        UploadPath = upload,
        SourceRow = row,
        Identity = new PersonIdentity(recordId, "X", null),
        Status = status,
        PersonId = person,
        Issues = codes.Select(c => new Issue(c, Severity.Warning, null, c + " message")).ToList(),
    };

    [Fact]
    public void Same_merges_into_the_candidates_person_and_the_subject_becomes_its_duplicate()
    {
        var candidate = L("u1:000004", RecordStatus.New, "P1");
        var subject = L("u2:000004", RecordStatus.Review, "P2", "a/y/2.xlsx", 4, "MATCH_REVIEW");
        var laterCopyOfSubject = L("u2:000009", RecordStatus.New, "P2", "a/y/2.xlsx", 9);

        var changed = DecisionEffects.Same(subject, [candidate, subject, laterCopyOfSubject], "P1", null, candidate.Label, SameReason);

        Assert.All(new[] { candidate, subject, laterCopyOfSubject }, l => Assert.Equal("P1", l.PersonId));
        Assert.Equal((RecordStatus.New, RecordStatus.Duplicate, RecordStatus.Duplicate), (candidate.Status, subject.Status, laterCopyOfSubject.Status));
        Assert.Equal(["REVIEW_SAME_PERSON"], subject.Issues.Select(i => i.Code));
        Assert.Contains("berkas \"a/x/1.xlsx\" baris 4", subject.Issues[0].Message);
        Assert.Equal("DUPLICATE_OTHER_FILE", laterCopyOfSubject.Issues.Single().Code);
        Assert.Equal(2, changed.Count);
        Assert.DoesNotContain(candidate, changed);
    }

    [Fact]
    public void Same_as_a_register_participant_makes_the_subject_the_enrolled_listing()
    {
        var subject = L("u2:000004", RecordStatus.Review, "P2", codes: "MATCH_REVIEW");
        var other = L("u3:000005", RecordStatus.New, "P2", "a/z/3.xlsx", 5);

        DecisionEffects.Same(subject, [subject, other], "PKPJ", "25012345678", "peserta BPJS KPJ 25012345678", SameReason);

        Assert.Equal((RecordStatus.Enrolled, "25012345678", "PKPJ"), (subject.Status, subject.Kpj, subject.PersonId));
        Assert.Equal((RecordStatus.Duplicate, "PKPJ"), (other.Status, other.PersonId));
    }

    [Fact]
    public void Different_makes_the_record_new_only_when_none_of_its_items_is_left_and_keeps_one_new_listing()
    {
        var subject = L("u2:000004", RecordStatus.Review, "P2", codes: "MATCH_REVIEW");
        var promotedCopy = L("u2:000009", RecordStatus.New, "P2", row: 9);

        Assert.Empty(DecisionEffects.Different(subject, [subject, promotedCopy], otherItemsPending: true, DifferentReason));
        Assert.Equal(RecordStatus.Review, subject.Status);

        DecisionEffects.Different(subject, [subject, promotedCopy], otherItemsPending: false, DifferentReason);
        Assert.Equal((RecordStatus.New, RecordStatus.Duplicate), (subject.Status, promotedCopy.Status));
        Assert.Equal(["REVIEW_DIFFERENT_PERSON"], subject.Issues.Select(i => i.Code));
        Assert.Equal("DUPLICATE_IN_FILE", promotedCopy.Issues.Single().Code);
    }

    [Fact]
    public void Reject_takes_the_record_out_and_its_persons_next_listing_becomes_primary()
    {
        var subject = L("u1:000004", RecordStatus.Review, "P2", codes: "NIK_SHARED");
        var copy = L("u1:000009", RecordStatus.Duplicate, "P2", row: 9, codes: "DUPLICATE_IN_FILE");

        DecisionEffects.Reject(subject, [subject, copy], RejectReason, "bukan NIK-nya");

        Assert.Equal((RecordStatus.Rejected, null), (subject.Status, subject.PersonId));
        Assert.Equal(("REVIEW_REJECTED", Severity.Error), (subject.Issues.Single().Code, subject.Issues.Single().Severity));
        Assert.Equal(RecordStatus.New, copy.Status);
        Assert.Empty(copy.Issues);
    }

    [Fact]
    public void Repeating_a_decision_adds_nothing()
    {
        var candidate = L("u1:000004", RecordStatus.New, "P1");
        var subject = L("u2:000004", RecordStatus.Review, "P2", codes: "MATCH_REVIEW");
        DecisionEffects.Same(subject, [candidate, subject], "P1", null, candidate.Label, SameReason);
        var issues = subject.Issues.Count;

        var again = DecisionEffects.Settle([candidate, subject], null);

        Assert.Empty(again);
        Assert.Equal(issues, subject.Issues.Count);
    }

    [Theory]
    [InlineData("oid-andi", "oid-andi;oid-rina", true)]
    [InlineData("OID-ANDI", "oid-andi", true)]
    [InlineData("oid-bayu", "oid-andi;oid-rina", false)]
    [InlineData("oid-bayu", "", false)]
    [InlineData("oid-dewi", "", true)]
    [InlineData("OID-DEWI", "oid-andi", true)]
    public void An_approver_who_prepared_the_list_or_decided_about_its_people_may_not_release_it(string approver, string deciders, bool refused)
    {
        var refusal = MakerChecker.RefusalFor(approver, "oid-dewi", deciders.Split(';', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(refused, refusal is not null);
        Assert.True(refusal is null || refusal.Contains("empat mata", StringComparison.Ordinal));
    }
}
