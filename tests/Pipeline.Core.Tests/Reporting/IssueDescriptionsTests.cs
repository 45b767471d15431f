using Pipeline.Core.Model;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Tests.Reporting;

public sealed class IssueDescriptionsTests
{
    public static TheoryData<string> Codes() => [.. IssueCatalog.All.Select(d => d.Code)];

    /// <summary>"Alasan terbanyak" and "most common issues" read as sentences: no "…", "{0}" or empty brackets where a value was.</summary>
    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_described_without_a_placeholder(string code)
    {
        var description = IssueDescriptions.Describe(code);
        Assert.DoesNotContain("…", description, StringComparison.Ordinal);
        Assert.DoesNotContain("{", description, StringComparison.Ordinal);
        Assert.DoesNotContain("()", description, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"", description, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", description, StringComparison.Ordinal);
        Assert.DoesNotContain(" .", description, StringComparison.Ordinal);
        Assert.EndsWith(".", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NIK_WRONG_LENGTH", "NIK tidak berisi 16 digit.")]
    [InlineData("NIK_NOT_NUMERIC", "NIK mengandung huruf atau tanda yang bukan angka.")]
    [InlineData("NIK_BIRTHDATE_MISMATCH", "Tanggal lahir pada NIK berbeda dengan kolom tanggal lahir.")]
    public void A_value_is_left_out_of_the_sentence(string code, string description) =>
        Assert.Equal(description, IssueDescriptions.Describe(code));

    [Fact]
    public void Codes_that_restate_a_status_are_no_mistake_of_the_list_and_stay_out_of_the_most_common_issues()
    {
        Assert.All(
            new[] { IssueCatalog.EnrolledBpjs.Code, IssueCatalog.FundedPemda.Code, IssueCatalog.ReactivateLapsed.Code, IssueCatalog.MatchReview.Code },
            code => Assert.False(IssueDescriptions.IsDataQuality(code), code));
        Assert.True(IssueDescriptions.IsDataQuality(IssueCatalog.NikMissing.Code));
    }
}
