using Pipeline.Core.Matching;
using Pipeline.Core.Model;
using static Pipeline.Core.Tests.Matching.MatchTestData;

namespace Pipeline.Core.Tests.Matching;

public class PersonResolverTests
{
    private readonly MatchOptions _options = new();
    private readonly PersonIndex _persons = new();
    private readonly ParticipantIndex _participants = new();
    private readonly PersonResolver _resolver;

    public PersonResolverTests() => _resolver = new PersonResolver(_options);

    private Resolution Resolve(WorkerRecord record, string file = "aek-kanopan.xlsx") =>
        _resolver.Resolve(record, new RecordId(file, record.SourceRow), file, _persons, _participants);

    [Fact]
    public void First_listing_is_new_with_a_deterministic_person_id()
    {
        var record = Record(2, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var resolution = Resolve(record);
        Assert.Equal(RecordStatus.New, record.Status);
        Assert.Equal(PersonIds.ForRecord(new RecordId("aek-kanopan.xlsx", 2), MatchFields.From(record)).ToString(), record.PersonId);
        Assert.Matches("^P[0-9a-f]{12}$", record.PersonId);
        Assert.Equal(record.PersonId, resolution.PersonId);
        Assert.Empty(record.Issues);
        Assert.Equal(1, _persons.Count);
    }

    [Theory]
    [InlineData("Siti Aminah Harahap", "1223014503800001", "1980-03-05")]
    [InlineData("Siti Aminah", "1223014503800001", "1980-03-05")]
    [InlineData("Siti Aminah Hrp", null, "1980-03-05")]
    [InlineData("Siti Aminah Harahap", "1223014503800010", "1980-03-05")]
    [InlineData("Siti Aminah Harahap", "1223014503800001", "1980-05-03")]
    public void Later_row_of_the_same_person_in_the_same_file_is_a_duplicate_inheriting_the_person_id(string name, string? nik, string birth)
    {
        var first = Record(2, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var second = Record(9, nik, name, birth);
        Resolve(first);
        var resolution = Resolve(second);
        Assert.Equal(RecordStatus.Duplicate, second.Status);
        Assert.Equal(first.PersonId, second.PersonId);
        Assert.Equal(new RecordId("aek-kanopan.xlsx", 2).ToString(), resolution.Matched.ToString());
        var issue = Assert.Single(second.Issues);
        Assert.Equal("DUPLICATE_IN_FILE", issue.Code);
        Assert.Equal(Severity.Warning, issue.Severity);
        Assert.Contains("baris 2", issue.Message);
    }

    [Fact]
    public void Duplicate_of_an_earlier_upload_tells_only_that_the_person_is_listed_elsewhere()
    {
        _persons.Add(new KnownRecord(new RecordId("old", 14), "P0123456789ab", "kualuh-hulu/sukarame/daftar-2026-10.xlsx", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var resolution = Resolve(record);
        Assert.Equal(RecordStatus.Duplicate, record.Status);
        Assert.Equal("P0123456789ab", record.PersonId);
        var issue = Assert.Single(record.Issues);
        Assert.Equal("DUPLICATE_OTHER_FILE", issue.Code);
        Assert.Contains("P0123456789ab", issue.Message);
        Assert.DoesNotContain("daftar-2026-10", issue.Message);
        Assert.DoesNotContain("sukarame", issue.Message);
        Assert.DoesNotContain("baris", issue.Message);
        Assert.DoesNotContain("NIK sama", issue.Message);
        Assert.Equal(new RecordId("old", 14).ToString(), resolution.Matched.ToString());
        Assert.StartsWith("NIK sama; nama sama", resolution.Explanation);
    }

    [Fact]
    public void Enrolled_takes_precedence_over_duplicate_and_keeps_the_known_person_id()
    {
        _persons.Add(new KnownRecord(new RecordId("old", 14), "P0123456789ab", "lama.xlsx", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        _participants.Add(new Participant("21012345678", "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var resolution = Resolve(record);
        Assert.Equal(RecordStatus.Enrolled, record.Status);
        Assert.Equal("21012345678", record.Kpj);
        Assert.Equal("P0123456789ab", record.PersonId);
        Assert.Equal("KPJ:21012345678", resolution.Matched.ToString());
        var issue = Assert.Single(record.Issues);
        Assert.Equal("ENROLLED_BPJS", issue.Code);
        Assert.Contains("21012345678", issue.Message);
        Assert.DoesNotContain("nama", issue.Message);
        Assert.DoesNotContain("lama.xlsx", issue.Message);
    }

    [Fact]
    public void Enrolled_person_without_earlier_listing_gets_the_participant_person_id_in_every_upload()
    {
        _participants.Add(new Participant("21012345678", "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var first = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var again = Record(4, "1223014503800001", "Siti Aminah Hrp", "1980-03-05");
        Resolve(first, "a.xlsx");
        Resolve(again, "b.xlsx");
        Assert.Equal(PersonIds.ForParticipant("21012345678").ToString(), first.PersonId);
        Assert.Equal(first.PersonId, again.PersonId);
        Assert.Equal(RecordStatus.Enrolled, again.Status);
    }

    [Fact]
    public void Another_person_at_the_same_row_of_a_new_version_gets_another_id()
    {
        var budi = Record(4, "1223011203800001", "Budi Siregar", "1980-03-12", Sex.L);
        var sri = Record(4, "1223016507900002", "Sri Wahyuni Harahap", "1990-07-25");
        Resolve(budi);
        _persons.Remove(new RecordId("aek-kanopan.xlsx", 4));

        Resolve(sri);

        Assert.NotEqual(budi.PersonId, sri.PersonId);
    }

    [Fact]
    public void Shared_NIK_goes_to_review_with_its_own_person_id()
    {
        var first = Record(2, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        var other = Record(5, "1223014503800001", "Rahmat Hasibuan", "1962-11-30", Sex.L);
        Resolve(first);
        var resolution = Resolve(other);
        Assert.Equal(RecordStatus.Review, other.Status);
        Assert.Equal(PersonIds.ForRecord(new RecordId("aek-kanopan.xlsx", 5), MatchFields.From(other)).ToString(), other.PersonId);
        Assert.NotEqual(first.PersonId, other.PersonId);
        Assert.Equal("NIK_SHARED", Assert.Single(other.Issues).Code);
        var candidate = Assert.Single(resolution.ReviewCandidates);
        Assert.Equal(CandidateRef.ForRecord(new RecordId("aek-kanopan.xlsx", 2)), candidate.Candidate);
        Assert.Equal(first.PersonId, candidate.CandidatePersonId);
    }

    [Fact]
    public void Uncertain_match_goes_to_review()
    {
        Resolve(Record(2, "1223010101700001", "Sugeng", "1970-01-01", Sex.L, DesaOtherKecamatan));
        var record = Record(3, "1223050101700001", "Sugeng", "1970-01-01", Sex.L);
        var resolution = Resolve(record);
        Assert.Equal(RecordStatus.Review, record.Status);
        var issue = Assert.Single(record.Issues);
        Assert.Equal("MATCH_REVIEW", issue.Code);
        Assert.Contains(record.PersonId!, issue.Message);
        Assert.DoesNotContain("baris", issue.Message);
        Assert.DoesNotContain("nama", issue.Message);
        var candidate = Assert.Single(resolution.ReviewCandidates);
        Assert.Contains("nama sama", candidate.Explanation);
    }

    private static WorkerRecord WithBirthDateFromNik(WorkerRecord record)
    {
        record.Issues.Add(IssueCatalog.BirthDateFromNik.Create("05-03-1980"));
        return record;
    }

    [Theory]
    [InlineData("Butet Simanjuntak", true)]
    [InlineData("Butet Simanjuntak", false)]
    [InlineData("Rahmat Hasibuan", true)]
    public void A_register_NIK_under_a_made_up_name_without_a_birth_date_is_a_shared_NIK_for_review(string madeUp, bool dateTakenFromNik)
    {
        _participants.Add(new Participant("21012345678", "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var record = dateTakenFromNik
            ? WithBirthDateFromNik(Record(3, "1223014503800001", madeUp, "1980-03-05"))
            : Record(3, "1223014503800001", madeUp, null);

        var resolution = Resolve(record);

        Assert.Equal(RecordStatus.Review, record.Status);
        Assert.Null(record.Kpj);
        Assert.Contains(record.Issues, i => i.Code == "NIK_SHARED");
        Assert.DoesNotContain(record.Issues, i => i.Message.Contains("21012345678") || i.Message.Contains("SITI"));
        var candidate = Assert.Single(resolution.ReviewCandidates);
        Assert.Equal(CandidateRef.ForParticipant("21012345678"), candidate.Candidate);
        Assert.Contains("nama berbeda", candidate.Explanation);
    }

    [Fact]
    public void A_single_common_word_and_a_birth_date_taken_from_the_NIK_do_not_enrol_anyone()
    {
        _participants.Add(new Participant("21012345678", "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var record = WithBirthDateFromNik(Record(3, "1223014503800001", "Siti", "1980-03-05"));

        Resolve(record);

        Assert.Equal(RecordStatus.Review, record.Status);
        Assert.Equal("MATCH_REVIEW", Assert.Single(record.Issues, i => i.Code != "BIRTHDATE_FROM_NIK").Code);
    }

    [Theory]
    [InlineData("Siti Aminah Harahab", "1980-03-05")]
    [InlineData("Sitti Aminah Harahap", "1980-03-05")]
    [InlineData("Siti Aminah Hrp", "1980-03-05")]
    [InlineData("Aminah Siti Harahap", "1980-03-05")]
    [InlineData("Siti Aminah Harahap", "1980-03-06")]
    [InlineData("Siti Aminah Harahap", "1980-05-03")]
    public void Same_NIK_and_the_register_person_with_a_slip_in_the_name_or_date_is_enrolled(string name, string birth)
    {
        _participants.Add(new Participant("21012345678", "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var record = Record(3, "1223014503800001", name, birth);
        Resolve(record);
        Assert.Equal(RecordStatus.Enrolled, record.Status);
        Assert.Equal("21012345678", record.Kpj);
    }

    [Theory]
    [InlineData("Sri Wahyuni Siregat", "1988-11-20")]
    [InlineData("Sri Wahyuny Siregar", "1988-11-20")]
    [InlineData("Sri Wahyuni", "1988-11-20")]
    [InlineData("Sri Wahyuni Siregar", "1988-11-21")]
    [InlineData("Sri Wahyuni Siregar", null)]
    public void Same_NIK_and_the_same_person_with_a_typo_in_another_list_is_a_duplicate(string name, string? birth)
    {
        _persons.Add(new KnownRecord(new RecordId("old", 14), "P0123456789ab", "lama.xlsx", Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-20")));
        var record = Record(4, "1223016011880003", name, birth);
        Resolve(record);
        Assert.Equal(RecordStatus.Duplicate, record.Status);
        Assert.Equal("P0123456789ab", record.PersonId);
    }

    [Theory]
    [InlineData("Sri Wahyuni Siregar", "1991-02-14")]
    [InlineData("Sri Wahyuni Siregar", "1988-04-02")]
    [InlineData("Sri Wahyuni Siregar", "1988-11-02")]
    [InlineData("Dewi Lestari", "1988-11-20")]
    public void Another_lists_NIK_with_a_clearly_different_birth_date_or_name_is_a_shared_NIK_for_review(string name, string birth)
    {
        _persons.Add(new KnownRecord(new RecordId("kualuh-hulu/sukarame/daftar.xlsx", 14), "P0123456789ab", "kualuh-hulu/sukarame/daftar.xlsx", Fields("1223016011880003", "Sri Wahyuni Siregar", "1988-11-20")));
        var record = Record(3, "1223016011880003", name, birth);

        var resolution = Resolve(record, "na-ix-x/pulo-jantan/data.csv");

        Assert.Equal(RecordStatus.Review, record.Status);
        Assert.NotEqual("P0123456789ab", record.PersonId);
        var issue = Assert.Single(record.Issues);
        Assert.Equal("NIK_SHARED", issue.Code);
        Assert.Contains(record.PersonId!, issue.Message);
        Assert.DoesNotContain("sukarame", issue.Message);
        Assert.DoesNotContain("baris", issue.Message);
        Assert.Equal("P0123456789ab", Assert.Single(resolution.ReviewCandidates).CandidatePersonId);
    }

    [Fact]
    public void The_same_made_up_row_in_a_second_village_waits_for_review_too()
    {
        _participants.Add(new Participant("21012345678", "AKTIF", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        var first = Record(3, "1223014503800001", "Butet Simanjuntak", null);
        var again = Record(5, "1223014503800001", "Butet Simanjuntak", null);
        var inFile = Record(9, "1223014503800001", "Butet Simanjuntak", null);

        Resolve(first, "a.xlsx");
        var resolution = Resolve(again, "b.xlsx");
        Resolve(inFile, "b.xlsx");

        Assert.All([first, again, inFile], r => Assert.Equal(RecordStatus.Review, r.Status));
        Assert.All([first, again, inFile], r => Assert.Contains(r.Issues, i => i.Code == "NIK_SHARED"));
        Assert.Equal(CandidateRef.ForRecord(new RecordId("a.xlsx", 3)), resolution.ReviewCandidates[0].Candidate);
        Assert.Contains(resolution.ReviewCandidates, c => c.Candidate == CandidateRef.ForParticipant("21012345678"));
        Assert.Contains(inFile.Issues, i => i.Code == "DUPLICATE_IN_FILE" && i.Message.Contains("baris 5"));
        Assert.DoesNotContain(again.Issues, i => i.Message.Contains("a.xlsx"));
    }

    [Fact]
    public void Twins_and_siblings_stay_separate_people()
    {
        var rows = new[]
        {
            Record(2, "1223011204900001", "Hasan Lubis", "1990-04-12", Sex.L),
            Record(3, "1223011204900002", "Husein Lubis", "1990-04-12", Sex.L),
            Record(4, "1223015204900003", "Rina Lubis", "1990-04-12", Sex.P),
            Record(5, "1223010607950001", "Andi Lubis", "1995-07-06", Sex.L),
        };
        foreach (var row in rows)
        {
            Resolve(row);
        }

        Assert.All(rows, r => Assert.Equal(RecordStatus.New, r.Status));
        Assert.Equal(rows.Length, rows.Select(r => r.PersonId).Distinct().Count());
    }

    [Fact]
    public void Reprocessing_gives_the_same_ids_and_does_not_match_a_record_with_itself()
    {
        var ids = new List<string?>();
        for (var run = 0; run < 2; run++)
        {
            foreach (var row in new[] { Record(2, "1223014503800001", "Siti Aminah Harahap", "1980-03-05"), Record(3, null, "Siti Aminah", "1980-03-05") })
            {
                Resolve(row);
                ids.Add(row.PersonId);
                Assert.NotEqual(RecordStatus.Review, row.Status);
            }
        }
        Assert.Equal(ids[..2], ids[2..]);
        Assert.Equal(2, _persons.Count);
    }

    [Fact]
    public void Removed_records_are_no_longer_matched()
    {
        _persons.Add(new KnownRecord(new RecordId("old", 14), "P0123456789ab", "lama.xlsx", Fields("1223014503800001", "Siti Aminah Harahap", "1980-03-05")));
        _persons.Remove(new RecordId("old", 14));
        _persons.Remove(new RecordId("never-added", 1));
        Assert.Equal(0, _persons.Count);
        var record = Record(3, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        Resolve(record);
        Assert.Equal(RecordStatus.New, record.Status);
    }

    [Theory]
    [InlineData(RecordStatus.Rejected)]
    [InlineData(RecordStatus.Ineligible)]
    public void Rejected_and_ineligible_rows_are_skipped(RecordStatus status)
    {
        var record = Record(2, "1223014503800001", "Siti Aminah Harahap", "1980-03-05");
        record.Status = status;
        var resolution = Resolve(record);
        Assert.Equal(status, resolution.Status);
        Assert.Null(record.PersonId);
        Assert.Equal(0, _persons.Count);
    }
}
