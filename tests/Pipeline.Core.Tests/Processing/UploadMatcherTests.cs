using Pipeline.Core.Cohort;
using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using Pipeline.Core.Processing;
using Pipeline.Core.Tests.Cohort;
using static Pipeline.Core.Tests.Matching.MatchTestData;

namespace Pipeline.Core.Tests.Processing;

/// <summary>The domain call of ingest: final statuses, promotions and the index change, as data.</summary>
public sealed class UploadMatcherTests
{
    private readonly PersonIndex _persons = new();
    private readonly ParticipantIndex _register = new();
    private readonly UploadMatcher _matcher = new(new MatchOptions());

    [Fact]
    public void A_first_upload_is_new_and_its_delta_adds_exactly_its_accepted_rows()
    {
        var rejected = Record(6, null, "Tanpa NIK", "1985-01-01");
        rejected.Status = RecordStatus.Rejected;

        var match = Match("uA", Budi(4), Siti(5), rejected);

        Assert.Equal([RecordStatus.New, RecordStatus.New, RecordStatus.Rejected], match.List.Rows.Select(r => r.Record.Status));
        Assert.False(match.ReplacesEarlierVersion);
        Assert.Empty(match.Promotions);
        var replacement = Assert.Single(match.Delta.Uploads);
        Assert.Equal([4, 5], replacement.Records!.Select(r => r.RecordId.SourceRow));
        Assert.Equal(2, _persons.Count);
        Assert.Null(Assert.Single(match.Undo.Uploads).Records);
    }

    [Fact]
    public void A_person_dropped_from_a_new_version_is_promoted_elsewhere_as_data()
    {
        var first = Match("uA", Budi(4), Siti(5));
        var budiId = first.List.Rows[0].Record.PersonId;
        var elsewhere = Match("uB", Budi(7));
        Assert.Equal((RecordStatus.Duplicate, budiId), (elsewhere.List.Rows[0].Record.Status, elsewhere.List.Rows[0].Record.PersonId));
        var before = Snapshot();

        var second = Match("uA", Siti(4));

        Assert.True(second.ReplacesEarlierVersion);
        Assert.Equal([new RecordId("uB", 7)], second.Promotions.Select(p => p.RecordId));
        Assert.Equal([new StatusChange(new RecordId("uB", 7), RecordStatus.New)], second.Delta.StatusChanges);
        var recount = Assert.Single(second.Recounts);
        Assert.Equal(("uB", "uB.xlsx", 1, 0, 1), (recount.UploadKey, recount.UploadPath, recount.Counts[RecordStatus.New], recount.Counts[RecordStatus.Duplicate], recount.Counts.Total));
        Assert.Equal(first.List.Rows[1].Record.PersonId, second.List.Rows[0].Record.PersonId);
        Assert.Equal(RecordStatus.New, _persons.RecordsOf("uB")[0].Status);

        _persons.Apply(second.Undo);

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_new_version_that_still_lists_a_person_keeps_their_one_new_listing_here()
    {
        Match("uA", Budi(4));
        Match("uB", Budi(7));

        var again = Match("uA", Siti(4), Budi(5));

        Assert.Equal([RecordStatus.New, RecordStatus.New], again.List.Rows.Select(r => r.Record.Status));
        Assert.Empty(again.Promotions);
        Assert.Equal(RecordStatus.Duplicate, _persons.RecordsOf("uB")[0].Status);
        Assert.Equal(_persons.RecordsOf("uB")[0].PersonId, _persons.RecordsOf("uA")[1].PersonId);
    }

    [Fact]
    public void Replaying_the_delta_on_another_index_gives_the_same_index()
    {
        var replica = new PersonIndex();
        foreach (var match in new[] { Match("uA", Budi(4), Siti(5)), Match("uB", Budi(7)), Match("uA", Siti(4)) })
        {
            replica.Apply(match.Delta);
        }

        Assert.Equal(Snapshot(), Snapshot(replica));
    }

    [Fact]
    public void A_funded_person_listed_again_stays_funded_even_when_the_register_shows_them_active()
    {
        var first = Match("uA", Budi(4));
        var budi = first.List.Rows[0].Record.PersonId!;
        _register.Add(new Participant("25099999999", "AKTIF", Fields("1223011203800001", "Budi Siregar", "1980-03-12", Sex.L)));
        var cohort = new CohortView([CohortTestData.Funded(budi)]);

        var again = Match(cohort, "uA", Budi(4));

        var row = again.List.Rows[0].Record;
        Assert.Equal((RecordStatus.Funded, "25099999999", budi), (row.Status, row.Kpj, row.PersonId));
        Assert.Equal([IssueCatalog.FundedPemda.Code], row.Issues.Select(i => i.Code));
        Assert.Equal(RecordStatus.Funded, Assert.Single(again.Delta.Uploads[0].Records!).Status);
        var person = Assert.Single(again.People);
        Assert.Equal((budi, (RecordId?)null, RecordStatus.Funded, false), (person.PersonId, person.Primary, person.Standing, person.DroppedFromUpload));
    }

    [Fact]
    public void A_funded_person_on_a_new_list_is_known_by_the_KPJ_BPJS_confirmed()
    {
        _register.Add(new Participant("25099999999", "AKTIF", Fields("1223011203800001", "Budi Siregar", "1980-03-12", Sex.L)));
        var cohort = new CohortView([CohortTestData.Funded("P00000000b0d1")]);

        var listed = Match(cohort, "uC", Budi(2));

        var row = listed.List.Rows[0].Record;
        Assert.Equal((RecordStatus.Funded, "P00000000b0d1"), (row.Status, row.PersonId));
    }

    [Fact]
    public void A_lapsed_candidate_dropped_by_one_village_is_reactivated_in_the_next_with_the_KPJ_in_the_index_and_the_row()
    {
        _register.Add(new Participant("25011111111", "NON AKTIF", Fields("1223011203800001", "Budi Siregar", "1980-03-12", Sex.L)));
        var first = Match("uA", Budi(4));
        var budi = first.List.Rows[0].Record;
        Assert.Equal((RecordStatus.Reactivate, "25011111111"), (budi.Status, budi.Kpj));
        var elsewhere = Match("uB", Budi(7));
        Assert.Equal(RecordStatus.Duplicate, elsewhere.List.Rows[0].Record.Status);
        var cohort = new CohortView([CohortMember.Propose(CohortListing.Of(new RecordId("uA", 4), budi)!, CohortActor.Ingest, CohortTestData.At, "t").After]);

        var dropped = Match(cohort, "uA", Siti(4));

        var promoted = Assert.Single(dropped.Promotions);
        Assert.Equal((new RecordId("uB", 7), RecordStatus.Reactivate), (promoted.RecordId, promoted.Status));
        Assert.Equal([new StatusChange(new RecordId("uB", 7), RecordStatus.Reactivate)], dropped.Delta.StatusChanges);
        var stored = elsewhere.List.Rows[0].Record;
        promoted.ApplyTo(stored);
        Assert.Equal((RecordStatus.Reactivate, "25011111111"), (stored.Status, stored.Kpj));
        Assert.Equal([IssueCatalog.ReactivateLapsed.Code], stored.Issues.Select(i => i.Code));
        var person = dropped.People.Single(p => p.PersonId == budi.PersonId);
        Assert.Equal((new RecordId("uB", 7), true), (person.Primary, person.DroppedFromUpload));
    }

    private UploadMatch Match(string key, params WorkerRecord[] rows) => Match(null, key, rows);

    private UploadMatch Match(CohortView? cohort, string key, params WorkerRecord[] rows)
    {
        var list = new NormalizedList
        {
            Layout = new SheetLayout { SheetName = "Daftar", HeaderRow = 1, ColumnNames = [], FieldColumns = new Dictionary<Field, int>() },
            Rows = rows.Select(r => new ProcessedRow(new SourceRow(r.SourceRow, []), r)).ToList(),
        };
        return _matcher.Match(list, key, key + ".xlsx", _persons, _register, cohort: cohort);
    }

    private List<string> Snapshot(PersonIndex? index = null) =>
        (index ?? _persons).Records.OrderBy(r => r.RecordId).Select(r => $"{r.RecordId} {r.PersonId} {r.Status} {r.Fields}").ToList();

    private static WorkerRecord Budi(int row) => Record(row, "1223011203800001", "Budi Siregar", "1980-03-12", Sex.L);

    private static WorkerRecord Siti(int row) => Record(row, "1223014503800002", "Siti Aminah Harahap", "1980-03-05");
}
