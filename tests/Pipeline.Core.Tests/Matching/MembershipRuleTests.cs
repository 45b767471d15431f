using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Validation;
using static Pipeline.Core.Tests.Matching.MatchTestData;

namespace Pipeline.Core.Tests.Matching;

/// <summary>Register status to action: covered, lapsed (reactivate), or unknown (review), never covered by default.</summary>
public sealed class MembershipRuleTests
{
    [Theory]
    [InlineData("AKTIF", Membership.Covered)]
    [InlineData(" aktif ", Membership.Covered)]
    [InlineData("NON AKTIF", Membership.Lapsed)]
    [InlineData("Non-Aktif", Membership.Lapsed)]
    [InlineData("NONAKTIF", Membership.Lapsed)]
    [InlineData("non_aktif", Membership.Lapsed)]
    [InlineData("TIDAK AKTIF", Membership.Lapsed)]
    [InlineData("Tdk. Aktif", Membership.Lapsed)]
    [InlineData("MENINGGAL", Membership.Unknown)]
    [InlineData("AKTIF?", Membership.Covered)]
    [InlineData("", Membership.Unknown)]
    [InlineData(null, Membership.Unknown)]
    public void Statuses_are_compared_without_case_spaces_dashes_or_dots(string? status, Membership expected) =>
        Assert.Equal(expected, MembershipRule.Default.Classify(status));

    [Fact]
    public void The_lists_come_from_configuration_and_may_not_overlap()
    {
        var rule = new MembershipRule(new RegisterOptions { CoveredStatuses = "AKTIF, AKTIF BAYAR", LapsedStatuses = "PASIF; BERHENTI" });
        Assert.Equal((Membership.Covered, Membership.Lapsed, Membership.Unknown), (rule.Classify("aktif-bayar"), rule.Classify("Pasif"), rule.Classify("NON AKTIF")));
        Assert.Throws<ArgumentException>(() => new MembershipRule(new RegisterOptions { CoveredStatuses = "AKTIF", LapsedStatuses = "aktif" }));
    }

    [Fact]
    public void A_lapsed_participant_listed_is_reactivated_with_the_KPJ_and_told_why()
    {
        var (resolver, persons, register) = Setup("NON AKTIF");
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");

        var resolution = resolver.Resolve(record, new RecordId("a.xlsx", 3), "a.xlsx", persons, register);

        Assert.Equal((RecordStatus.Reactivate, "21012345678", "NON AKTIF"), (record.Status, record.Kpj, record.RegisterStatus));
        Assert.Equal(PersonIds.ForParticipant("21012345678").ToString(), record.PersonId);
        Assert.Equal("KPJ:21012345678", resolution.Matched.ToString());
        var issue = Assert.Single(record.Issues);
        Assert.Equal(IssueCatalog.ReactivateLapsed.Code, issue.Code);
        Assert.Contains("KPJ 21012345678", issue.Message);
        Assert.Contains("tidak aktif (NON AKTIF)", issue.Message);
        Assert.Contains("tidak terlindungi", issue.Message);
        Assert.Contains("dibiayai Pemda", issue.Message);
    }

    [Fact]
    public void A_later_listing_of_a_lapsed_participant_is_a_duplicate_that_keeps_the_KPJ()
    {
        var (resolver, persons, register) = Setup("TIDAK AKTIF");
        var first = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var again = Record(8, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        resolver.Resolve(first, new RecordId("a.xlsx", 3), "a.xlsx", persons, register);

        resolver.Resolve(again, new RecordId("b.xlsx", 8), "b.xlsx", persons, register);

        Assert.Equal((RecordStatus.Duplicate, first.PersonId, "21012345678"), (again.Status, again.PersonId, again.Kpj));
        Assert.Equal([IssueCatalog.DuplicateOtherFile.Code, IssueCatalog.ReactivateLapsed.Code], again.Issues.Select(i => i.Code));
    }

    [Theory]
    [InlineData("MENINGGAL")]
    [InlineData("")]
    public void An_unknown_status_waits_for_review_with_the_KPJ_as_the_candidate_never_covered(string status)
    {
        var (resolver, persons, register) = Setup(status);
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");

        var resolution = resolver.Resolve(record, new RecordId("a.xlsx", 3), "a.xlsx", persons, register);

        Assert.Equal(RecordStatus.Review, record.Status);
        Assert.Null(record.Kpj);
        var candidate = Assert.Single(resolution.ReviewCandidates);
        Assert.Equal(("KPJ:21012345678", PersonIds.ForParticipant("21012345678").ToString()), (candidate.Candidate.ToString(), candidate.CandidatePersonId));
        Assert.Contains("tidak dikenal", candidate.Explanation);
        var issue = Assert.Single(record.Issues);
        Assert.Equal(IssueCatalog.RegisterStatusUnknown.Code, issue.Code);
        Assert.Contains("KPJ 21012345678", issue.Message);
    }

    [Fact]
    public void An_active_participant_is_enrolled_and_the_message_says_they_are_protected()
    {
        var (resolver, persons, register) = Setup("AKTIF");
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        resolver.Resolve(record, new RecordId("a.xlsx", 3), "a.xlsx", persons, register);
        Assert.Equal(RecordStatus.Enrolled, record.Status);
        var message = Assert.Single(record.Issues).Message;
        Assert.Contains("aktif", message);
        Assert.Contains("terlindungi", message);
    }

    [Theory]
    [InlineData("21012345679", "21012345678")]
    [InlineData("21012345678", "21012345679")]
    public void Equal_register_matches_are_settled_by_the_smaller_KPJ_whatever_order_the_register_was_read_in(string first, string second)
    {
        // A register read back from its table comes in KPJ order, the loader's own in export order: the match must not differ.
        var register = new ParticipantIndex();
        register.Add(new Participant(first, "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        register.Add(new Participant(second, "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");

        new PersonResolver(new MatchOptions()).Resolve(record, new RecordId("a.xlsx", 3), "a.xlsx", new PersonIndex(), register);

        Assert.Equal((RecordStatus.Enrolled, "21012345678"), (record.Status, record.Kpj));
    }

    private static (PersonResolver, PersonIndex, ParticipantIndex) Setup(string status)
    {
        var register = new ParticipantIndex();
        register.Add(new Participant("21012345678", status, Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        return (new PersonResolver(new MatchOptions()), new PersonIndex(), register);
    }
}
