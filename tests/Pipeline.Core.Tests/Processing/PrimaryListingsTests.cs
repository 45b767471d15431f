using Pipeline.Core.Model;
using static Pipeline.Core.Processing.PrimaryListings;

namespace Pipeline.Core.Tests.Processing;

public sealed class PrimaryListingsTests
{
    [Fact]
    public void A_duplicate_whose_person_has_no_new_listing_anywhere_becomes_new()
    {
        var row = Duplicate(4, "P1");
        var others = new[] { new Listing(new RecordId("uB", 6), "P1", RecordStatus.Duplicate) };

        Assert.Equal(1, PromoteInUpload([row], others));

        Assert.Equal(RecordStatus.New, row.Status);
        Assert.DoesNotContain(row.Issues, i => i.Code == IssueCatalog.DuplicateOtherFile.Code);
        Assert.Contains(row.Issues, i => i.Code == "PHONE_INVALID");
    }

    [Fact]
    public void Only_the_first_listing_in_the_upload_is_promoted_and_none_when_a_new_one_exists()
    {
        var first = Duplicate(4, "P1");
        var second = Duplicate(9, "P1");
        var elsewhere = Duplicate(5, "P2");

        PromoteInUpload([first, second, elsewhere], [new Listing(new RecordId("uB", 6), "P2", RecordStatus.New)]);

        Assert.Equal((RecordStatus.New, RecordStatus.Duplicate, RecordStatus.Duplicate), (first.Status, second.Status, elsewhere.Status));
    }

    [Fact]
    public void A_person_dropped_from_a_new_version_gets_their_first_remaining_listing_promoted()
    {
        var others = new[]
        {
            new Listing(new RecordId("uC", 10), "P1", RecordStatus.Duplicate),
            new Listing(new RecordId("uB", 6), "P1", RecordStatus.Duplicate),
            new Listing(new RecordId("uB", 7), "P2", RecordStatus.Duplicate),
            new Listing(new RecordId("uB", 8), "P3", RecordStatus.Duplicate),
            new Listing(new RecordId("uC", 11), "P3", RecordStatus.New),
        };
        var stillHere = new WorkerRecord { SourceRow = 4, Status = RecordStatus.New, PersonId = "P2" };

        var promote = ToPromoteElsewhere(["P1", "P2", "P3"], [stillHere], others);

        // P1 lost its only new listing; P2 is still listed here; P3 has a new listing elsewhere.
        Assert.Equal([new Listing(new RecordId("uB", 6), "P1", RecordStatus.Duplicate)], promote);
    }

    private static WorkerRecord Duplicate(int row, string personId)
    {
        var record = new WorkerRecord { SourceRow = row, Status = RecordStatus.Duplicate, PersonId = personId };
        record.Issues.Add(IssueCatalog.DuplicateOtherFile.Create(PersonId.Parse("P0123456789ab")));
        record.Issues.Add(new Issue("PHONE_INVALID", Severity.Warning, Field.Phone, "Nomor HP tidak valid."));
        return record;
    }
}
