using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using Pipeline.Core.Review;
using static Pipeline.Core.Tests.Cohort.CohortTestData;

namespace Pipeline.Core.Tests.Cohort;

/// <summary>What a listing shows because of its person's place in the funded cohort.</summary>
public sealed class CohortListingsTests
{
    [Theory]
    [InlineData(RecordStatus.New)]
    [InlineData(RecordStatus.Reactivate)]
    [InlineData(RecordStatus.Enrolled)]
    public void A_funded_person_listed_again_is_funded_since_the_month_with_the_KPJ_never_new_or_enrolled(RecordStatus matched)
    {
        var record = Listed(matched, matched == RecordStatus.Enrolled ? IssueCatalog.EnrolledBpjs.Create("25011111111", "AKTIF") : null);

        Assert.True(CohortListings.Apply(record, Funded()));

        Assert.Equal((RecordStatus.Funded, "25099999999"), (record.Status, record.Kpj));
        var issue = Assert.Single(record.Issues);
        Assert.Equal(IssueCatalog.FundedPemda.Code, issue.Code);
        Assert.Equal("Sudah dibiayai Pemda sejak Februari 2026, KPJ 25099999999: iurannya sudah dibayar Pemda sehingga tidak perlu didaftarkan lagi.", issue.Message);
    }

    [Fact]
    public void A_second_row_of_a_funded_person_in_one_file_stays_a_duplicate()
    {
        var record = Listed(RecordStatus.Duplicate, IssueCatalog.DuplicateInFile.Create(4, "NIK sama"));
        Assert.False(CohortListings.Apply(record, Funded()));
        Assert.Equal(RecordStatus.Duplicate, record.Status);
    }

    [Fact]
    public void A_refused_person_shows_BPJS_reason_and_an_ended_one_the_month_and_reason()
    {
        var refused = Listed(RecordStatus.New);
        CohortListings.Apply(refused, Submitted().Refuse("NIK tidak terdaftar di Dukcapil", "k.csv", Andi, At).Change!.After);
        Assert.Equal(RecordStatus.Unfunded, refused.Status);
        Assert.Contains("Ditolak BPJS Ketenagakerjaan saat didaftarkan: NIK tidak terdaftar di Dukcapil.", Assert.Single(refused.Issues).Message);

        var ended = Listed(RecordStatus.Duplicate, IssueCatalog.DuplicateOtherFile.Create(PersonId.Parse("P000000000001")));
        CohortListings.Apply(ended, Funded().End(YearMonth.Of(2026, 6), CohortEndReason.Moved, null, Andi, At).Change!.After);
        Assert.Equal(RecordStatus.Unfunded, ended.Status);
        Assert.Contains("dihentikan mulai Juni 2026 (pindah domisili)", Assert.Single(ended.Issues).Message);
    }

    [Fact]
    public void A_submitted_person_keeps_the_status_and_says_on_which_list_it_went_out()
    {
        var record = Listed(RecordStatus.Reactivate, IssueCatalog.ReactivateLapsed.Create("25011111111", "NON AKTIF"));
        record.Kpj = "25011111111";
        CohortListings.Apply(record, Submitted(kind: RecordStatus.Reactivate, kpj: "25011111111"));
        Assert.Equal((RecordStatus.Reactivate, "25011111111"), (record.Status, record.Kpj));
        Assert.Equal([IssueCatalog.ReactivateLapsed.Code, IssueCatalog.CohortSubmitted.Code], record.Issues.Select(i => i.Code));
        Assert.Contains("20260110-0900-ab12 tanggal 10-01-2026", record.Issues[1].Message);
    }

    [Fact]
    public void Applying_again_replaces_the_earlier_cohort_message_and_a_candidate_changes_nothing()
    {
        var record = Listed(RecordStatus.New);
        CohortListings.Apply(record, Submitted());
        CohortListings.Apply(record, Submitted());
        Assert.Single(record.Issues);

        var plain = Listed(RecordStatus.New);
        Assert.False(CohortListings.Apply(plain, Candidate()));
        Assert.False(CohortListings.Apply(plain, null));
        Assert.Equal(RecordStatus.New, plain.Status);
    }

    [Fact]
    public void A_promotion_of_a_lapsed_candidate_is_a_reactivation_with_its_KPJ()
    {
        var promotion = CohortListings.Promotion(Candidate(kind: RecordStatus.Reactivate, kpj: "25011111111"));
        Assert.Equal((RecordStatus.Reactivate, "25011111111", IssueCatalog.ReactivateLapsed.Code), (promotion.To, promotion.Kpj, promotion.Notice!.Code));
        Assert.Equal(RecordStatus.New, CohortListings.Promotion(Candidate()).To);
        Assert.Equal(RecordStatus.New, CohortListings.Promotion(null).To);
    }

    private static WorkerRecord Listed(RecordStatus status, Issue? issue = null)
    {
        var record = new WorkerRecord { SourceRow = 4, Status = status, PersonId = "P000000000001" };
        if (issue is not null)
        {
            record.Issues.Add(issue);
        }

        return record;
    }

    [Fact]
    public void After_a_decision_the_cohort_has_the_last_word_and_only_what_changed_is_written()
    {
        var funded = Funded("P000000000001");
        var promoted = new Listing
        {
            RecordId = new RecordId("u1", 4), UploadPath = "kualuh-hulu/aek-kanopan/daftar.xlsx", Identity = new PersonIdentity("1223014503800001", "SITI", null),
            Status = RecordStatus.New, PersonId = PersonId.Parse("P000000000001"),
        };
        var untouched = new Listing
        {
            RecordId = new RecordId("u2", 4), UploadPath = "kualuh-hulu/sukarame/data.xlsx", Identity = new PersonIdentity("1223014503800002", "ANDI", null),
            Status = RecordStatus.New, PersonId = PersonId.Parse("P000000000002"),
        };
        var decided = new ReviewOutcome(null, false, [], [], [], [promoted, untouched], null, DecisionSummary.None);

        var outcome = CohortListings.Apply(decided, person => person == PersonId.Parse("P000000000001") ? funded : null);

        Assert.Equal([promoted], outcome.Changed);
        Assert.Equal((RecordStatus.Funded, RecordStatus.New), (promoted.Status, untouched.Status));
        Assert.Contains(promoted.Issues, i => i.Code == IssueCatalog.FundedPemda.Code);
        Assert.Empty(CohortListings.Apply(decided with { Changed = [] }, person => person == PersonId.Parse("P000000000001") ? funded : null).Changed);
    }
}
