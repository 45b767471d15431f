using Pipeline.Core.Cohort;
using Pipeline.Core.Model;
using static Pipeline.Core.Tests.Cohort.CohortTestData;

namespace Pipeline.Core.Tests.Cohort;

/// <summary>The cohort follows the listings: join, refresh, withdraw, flag (never end), unflag.</summary>
public sealed class CohortSyncTests
{
    private static readonly RecordId Row4 = new("up", 4);

    [Fact]
    public void A_person_with_a_listing_to_be_paid_for_joins_once_and_needs_the_listing_only_then()
    {
        var person = new ListedPerson("P000000000001", Row4, RecordStatus.New, false);
        Assert.True(CohortSync.NeedsListing(person, null, writtenNow: false));
        Assert.False(CohortSync.NeedsListing(person, Candidate(), writtenNow: false));
        Assert.True(CohortSync.NeedsListing(person, Candidate(), writtenNow: true));
        Assert.False(CohortSync.NeedsListing(person, Funded(), writtenNow: true));

        var joined = CohortSync.Decide(person, Listing(), null, "daftar a.xlsx", CohortActor.Ingest, At).Change!;

        Assert.Equal(("cohort.propose", CohortState.Candidate), (joined.Action, joined.After.State));
        Assert.True(CohortSync.Decide(person, Listing(), joined.After, "daftar a.xlsx", CohortActor.Ingest, At).IsUnchanged);
    }

    [Theory]
    [InlineData(null, "tidak lagi tercantum")]
    [InlineData(RecordStatus.Review, "Perlu Diperiksa")]
    [InlineData(RecordStatus.Enrolled, "Sudah Terdaftar")]
    public void A_candidate_without_a_listing_to_be_paid_for_is_withdrawn_saying_why(RecordStatus? standing, string why)
    {
        var change = CohortSync.Decide(new ListedPerson("P000000000001", null, standing, false), null, Candidate(), "daftar a.xlsx", CohortActor.Ingest, At).Change!;
        Assert.Equal(("cohort.withdraw", CohortState.Withdrawn), (change.Action, change.After.State));
        Assert.Contains(why, change.Why);
    }

    [Fact]
    public void A_funded_person_dropped_by_their_village_is_flagged_never_ended_and_unflagged_when_listed_again()
    {
        var dropped = new ListedPerson("P000000000001", null, null, DroppedFromUpload: true);

        var flagged = CohortSync.Decide(dropped, null, Funded(), "daftar a.xlsx", CohortActor.Ingest, At).Change!.After;

        Assert.Equal((CohortState.Funded, CohortFlag.MissingFromList), (flagged.State, flagged.Flag));
        Assert.Contains("daftar a.xlsx", flagged.FlagNote);
        var listedAgain = new ListedPerson("P000000000001", null, RecordStatus.Funded, false);
        Assert.Equal(CohortFlag.None, CohortSync.Decide(listedAgain, null, flagged, "daftar b.xlsx", CohortActor.Ingest, At).Change!.After.Flag);
    }

    [Fact]
    public void A_funded_person_still_listed_elsewhere_is_not_flagged_and_others_are_left_alone()
    {
        Assert.True(CohortSync.Decide(new ListedPerson("P000000000001", null, RecordStatus.Funded, true), null, Funded(), "a", CohortActor.Ingest, At).IsUnchanged);
        Assert.True(CohortSync.Decide(new ListedPerson("P000000000001", null, null, true), null, null, "a", CohortActor.Ingest, At).IsUnchanged);
        var refused = Submitted().Refuse("x", "y", Andi, At).Change!.After;
        Assert.True(CohortSync.Decide(new ListedPerson("P000000000001", null, null, true), null, refused, "a", CohortActor.Ingest, At).IsUnchanged);
    }

    [Fact]
    public void The_facts_of_a_person_come_from_all_their_listings()
    {
        var listings = new[]
        {
            (new RecordId("b", 9), "P1", RecordStatus.Duplicate),
            (new RecordId("a", 3), "P1", RecordStatus.New),
            (new RecordId("c", 2), "P2", RecordStatus.Review),
        };

        var people = ListedPerson.Of(["P1", "P2", "P3"], listings, new HashSet<string> { "P3" });

        Assert.Equal((new RecordId("a", 3), RecordStatus.New, true), (people[0].Primary, people[0].Standing, people[0].Listed));
        Assert.Equal(((RecordId?)null, RecordStatus.Review, false), (people[1].Primary, people[1].Standing, people[1].Listed));
        Assert.Equal(((RecordStatus?)null, true), (people[2].Standing, people[2].DroppedFromUpload));
    }
}
