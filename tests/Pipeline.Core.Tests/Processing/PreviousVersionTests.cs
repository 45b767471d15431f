using Pipeline.Core.Model;
using Pipeline.Core.Processing;

namespace Pipeline.Core.Tests.Processing;

public sealed class PreviousVersionTests
{
    [Fact]
    public void People_of_the_earlier_version_keep_their_id_and_so_do_their_duplicates_in_the_file()
    {
        var budi = Row(4, RecordStatus.New, "Pfresh1", "1223011203800001");
        var budiAgain = Row(9, RecordStatus.Duplicate, "Pfresh1", "1223011203800001");
        var newcomer = Row(5, RecordStatus.New, "Pfresh2", "1223010101700003");
        var rejected = Row(6, RecordStatus.Rejected, null, null);

        var kept = PreviousVersion.CarryPersonIds(
            [budi, budiAgain, newcomer, rejected],
            [new PreviousVersion.Row("Pbudi", RecordStatus.New, "1223011203800001"), new PreviousVersion.Row("Psri", RecordStatus.New, "1223016507900002")]);

        Assert.Equal(1, kept);
        Assert.Equal(("Pbudi", "Pbudi", "Pfresh2", null), (budi.PersonId, budiAgain.PersonId, newcomer.PersonId, rejected.PersonId));
    }

    [Fact]
    public void A_row_matched_to_another_file_keeps_the_id_it_inherited()
    {
        var duplicate = Row(4, RecordStatus.Duplicate, "Pother", "1223011203800001");

        PreviousVersion.CarryPersonIds([duplicate], [new PreviousVersion.Row("Pbudi", RecordStatus.New, "1223011203800001")]);

        Assert.Equal("Pother", duplicate.PersonId);
    }

    private static WorkerRecord Row(int row, RecordStatus status, string? personId, string? nik) =>
        new() { SourceRow = row, Status = status, PersonId = personId, Nik = nik };
}
