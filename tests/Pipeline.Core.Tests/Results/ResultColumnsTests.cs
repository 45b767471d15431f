using Pipeline.Core.Results;

namespace Pipeline.Core.Tests.Results;

public sealed class ResultColumnsTests
{
    [Fact]
    public void A_result_workbook_uploaded_again_has_its_added_columns_recognised()
    {
        string[] header = ["Baris", "No", "NIK", "Nama", "Keterangan", "Status", "Keterangan", "ID Orang"];

        Assert.Equal([0, 5, 6, 7], ResultColumns.StaleIn(header).Order());
    }

    [Theory]
    [InlineData("No", "NIK", "Nama", "Status", "Keterangan")]
    [InlineData("Baris", "NIK", "Nama", "Keterangan")]
    [InlineData("No", "NIK", "Nama", "Status", "ID Orang", "Keterangan")]
    public void A_village_list_with_its_own_status_or_remarks_columns_keeps_them(params string[] header) =>
        Assert.Empty(ResultColumns.StaleIn(header));

    [Fact]
    public void Headers_typed_differently_are_still_recognised() =>
        Assert.Equal([1, 2, 3], ResultColumns.StaleIn(["No", "STATUS", "keterangan ", "ID  ORANG"]).Order());
}
