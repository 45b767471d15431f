using Pipeline.Core.Model;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

/// <summary>What a decision does to listings: one primary listing per person after every decision.</summary>
public class DecisionEffectsTests
{
    private static readonly Reason SameReason = ReasonCatalog.Find("SAME_TYPO")!;
    private static readonly Reason DifferentReason = ReasonCatalog.Find("DIFFERENT_NAMESAKE")!;
    private static readonly Reason RejectReason = ReasonCatalog.Find("REJECT_NIK_NOT_THEIRS")!;
    private static readonly PersonId P1 = PersonId.Parse("P000000000001");
    private static readonly PersonId P2 = PersonId.Parse("P000000000002");
    private static readonly PersonId PKpj = PersonId.Parse("P00000000000f");

    private static Listing L(string recordId, RecordStatus status, PersonId? person, string upload = "a/x/1.xlsx", params string[] codes) => new()
    {
        RecordId = RecordId.Parse(recordId),
        UploadPath = upload,
        Identity = new PersonIdentity(recordId, "X", null),
        Status = status,
        PersonId = person,
        Issues = codes.Select(c => new Issue(c, Severity.Warning, null, c + " message")).ToList(),
    };

    [Fact]
    public void Merge_makes_the_listings_one_person_and_the_one_under_review_its_duplicate()
    {
        var candidate = L("u1:0000004", RecordStatus.New, P1);
        var subject = L("u2:0000004", RecordStatus.Review, P2, "a/y/2.xlsx", "MATCH_REVIEW");
        var laterCopyOfSubject = L("u2:0000009", RecordStatus.New, P2, "a/y/2.xlsx");

        DecisionEffects.Merge([candidate, subject], [candidate, subject, laterCopyOfSubject], P1, null, SameReason);

        Assert.All(new[] { candidate, subject, laterCopyOfSubject }, l => Assert.Equal(P1, l.PersonId));
        Assert.Equal((RecordStatus.New, RecordStatus.Duplicate, RecordStatus.Duplicate), (candidate.Status, subject.Status, laterCopyOfSubject.Status));
        Assert.Equal(["REVIEW_SAME_PERSON"], subject.Issues.Select(i => i.Code));
        Assert.Contains("ID orang P000000000001", subject.Issues[0].Message);
        Assert.Equal("DUPLICATE_OTHER_FILE", laterCopyOfSubject.Issues.Single().Code);
    }

    /// <summary>
    /// The listing a decision demotes in another village's file is told only the person id: never the file path
    /// and row of the primary listing (the leak of DUPLICATE_OTHER_FILE's positional arguments).
    /// </summary>
    [Fact]
    public void A_listing_demoted_in_another_villages_file_learns_the_person_id_never_the_other_file()
    {
        var primary = L("u1:0000004", RecordStatus.New, P1, "kualuh-hulu/aek-kanopan/daftar.xlsx");
        var subject = L("u2:0000007", RecordStatus.Review, P2, "kualuh-hulu/sukarame/data.xlsx", "MATCH_REVIEW");
        var copyInThirdVillage = L("u3:0000009", RecordStatus.New, P2, "kualuh-selatan/damuli-pekan/data.xlsx");

        DecisionEffects.Merge([primary, subject], [primary, subject, copyInThirdVillage], P1, null, SameReason);

        var notice = copyInThirdVillage.Issues.Single();
        Assert.Equal("DUPLICATE_OTHER_FILE", notice.Code);
        Assert.Contains("ID orang P000000000001", notice.Message);
        Assert.DoesNotContain("aek-kanopan", notice.Message);
        Assert.DoesNotContain("baris", notice.Message);
        Assert.All(subject.Issues, i => Assert.DoesNotContain("aek-kanopan", i.Message));
    }

    [Fact]
    public void Merge_with_a_register_participant_makes_a_listing_enrolled_with_the_KPJ()
    {
        var subject = L("u2:0000004", RecordStatus.Review, P2, codes: "MATCH_REVIEW");
        var other = L("u3:0000005", RecordStatus.New, P2, "a/z/3.xlsx");

        DecisionEffects.Merge([subject], [subject, other], PKpj, "25012345678", SameReason);

        Assert.Equal((RecordStatus.Enrolled, "25012345678", PKpj), (subject.Status, subject.Kpj, subject.PersonId));
        Assert.Equal((RecordStatus.Duplicate, PKpj), (other.Status, other.PersonId));
        Assert.Contains("peserta BPJS KPJ 25012345678", subject.Issues.Single().Message);
    }

    [Fact]
    public void Separate_makes_the_record_new_and_keeps_one_new_listing_of_its_person()
    {
        var subject = L("u2:0000004", RecordStatus.Review, P2, codes: "MATCH_REVIEW");
        var promotedCopy = L("u2:0000009", RecordStatus.New, P2);

        DecisionEffects.Separate(subject, [subject, promotedCopy], DifferentReason);

        Assert.Equal((RecordStatus.New, RecordStatus.Duplicate), (subject.Status, promotedCopy.Status));
        Assert.Equal(["REVIEW_DIFFERENT_PERSON"], subject.Issues.Select(i => i.Code));
        Assert.Equal("DUPLICATE_IN_FILE", promotedCopy.Issues.Single().Code);
    }

    [Fact]
    public void Reject_takes_the_record_out_and_its_persons_next_listing_becomes_primary()
    {
        var subject = L("u1:0000004", RecordStatus.Review, P2, codes: "NIK_SHARED");
        var copy = L("u1:0000009", RecordStatus.Duplicate, P2, codes: "DUPLICATE_IN_FILE");

        DecisionEffects.Reject(subject, [subject, copy], RejectReason, "bukan NIK-nya");

        Assert.Equal((RecordStatus.Rejected, null), (subject.Status, subject.PersonId));
        Assert.Equal(("REVIEW_REJECTED", Severity.Error), (subject.Issues.Single().Code, subject.Issues.Single().Severity));
        Assert.Equal(RecordStatus.New, copy.Status);
        Assert.Empty(copy.Issues);
    }

    [Fact]
    public void Merging_again_adds_nothing()
    {
        var candidate = L("u1:0000004", RecordStatus.New, P1);
        var subject = L("u2:0000004", RecordStatus.Review, P2, codes: "MATCH_REVIEW");
        DecisionEffects.Merge([candidate, subject], [candidate, subject], P1, null, SameReason);
        var state = (subject.Status, subject.Issues.Count, candidate.Status, candidate.Issues.Count);

        DecisionEffects.Merge([candidate, subject], [candidate, subject], P1, null, SameReason);

        Assert.Equal(state, (subject.Status, subject.Issues.Count, candidate.Status, candidate.Issues.Count));
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
