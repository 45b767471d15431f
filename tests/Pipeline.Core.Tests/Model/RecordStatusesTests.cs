using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Model;

/// <summary>The status table is complete and its rules hold for every row, so adding a status is one row.</summary>
public sealed class RecordStatusesTests
{
    public static TheoryData<RecordStatus> Statuses() => new(Enum.GetValues<RecordStatus>());

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_has_one_row_whose_code_parses_back(RecordStatus status)
    {
        var info = status.Info();

        Assert.Equal(status, info.Status);
        Assert.Equal(status, RecordStatuses.Parse(info.Code));
        Assert.Equal(status, RecordStatuses.Parse(info.Code.ToUpperInvariant()));
        Assert.Matches("^[a-z]+$", info.Code);
        Assert.Matches("^FF[0-9A-F]{6}$", info.Fill);
        Assert.False(string.IsNullOrWhiteSpace(info.Label));
        Assert.False(string.IsNullOrWhiteSpace(info.Meaning));
        Assert.Single(RecordStatuses.All, s => s.Status == status);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void The_flags_nest_as_the_rules_expect(RecordStatus status)
    {
        var info = status.Info();

        // A candidate or a covered listing is settled, and a settled one names a person in the index.
        Assert.True(!info.Candidate || info.Accepted);
        Assert.True(!info.Covered || info.Accepted);
        Assert.True(!info.Accepted || info.Matched);
        Assert.False(info.Candidate && info.Covered);
    }

    [Fact]
    public void The_people_to_pay_for_are_the_new_and_the_reactivated()
    {
        Assert.Equal([RecordStatus.New, RecordStatus.Reactivate], RecordStatuses.All.Where(s => s.Candidate).Select(s => s.Status));
        Assert.Equal([RecordStatus.Funded, RecordStatus.Enrolled], RecordStatuses.All.Where(s => s.Covered).Select(s => s.Status));
        Assert.Equal([RecordStatus.Rejected, RecordStatus.Ineligible], Enum.GetValues<RecordStatus>().Where(s => !s.IsMatched()).Order());
    }

    [Fact]
    public void Colours_and_labels_tell_statuses_apart()
    {
        Assert.Equal(RecordStatuses.All.Count, RecordStatuses.All.Select(s => s.Fill).Distinct().Count());
        Assert.Equal(RecordStatuses.All.Count, RecordStatuses.All.Select(s => s.Label).Distinct().Count());
        Assert.Equal(RecordStatuses.All.Count, RecordStatuses.All.Select(s => s.Column).Distinct().Count());
    }

    [Fact]
    public void An_unknown_code_is_refused()
    {
        Assert.False(RecordStatuses.TryParse("aktif", out _));
        Assert.Throws<FormatException>(() => RecordStatuses.Parse(""));
    }

    [Fact]
    public void Counts_add_up_by_status_and_round_trip_by_code()
    {
        var counts = new StatusCounts();
        counts.Add(RecordStatus.New, 3);
        counts.Add(RecordStatus.Reactivate);
        counts.Add(RecordStatus.Rejected, 2);

        Assert.Equal((6, 4), (counts.Total, counts.Candidates));
        Assert.Equal("new=3;reactivate=1;rejected=2", counts.ToString());
        Assert.Equal(counts, StatusCounts.FromDictionary(counts.ToDictionary()));
        Assert.Equal(RecordStatuses.All.Count, counts.ToDictionary().Count);
    }
}
