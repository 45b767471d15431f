using Pipeline.Core.Model;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Tests.Validation;

/// <summary>
/// No cell can crash the process: rules that once used a stack buffer as long as the cell (an 8 MB NIK overflowed
/// the stack) are called here with cells far longer than any reader lets through.
/// </summary>
public sealed class HostileCellTests
{
    private static readonly string EightMegabytes = new('7', 8 * 1024 * 1024);

    [Fact]
    public void An_eight_megabyte_nik_is_cleaned_and_rejected_without_a_stack_overflow()
    {
        Assert.Equal(EightMegabytes.Length, NikRule.Clean(EightMegabytes).Length);
        var issues = new List<Issue>();
        Assert.Null(NikRule.Validate(EightMegabytes, Gazetteer.LabuhanbatuUtara, issues));
        Assert.Equal(["NIK_WRONG_LENGTH"], issues.Select(i => i.Code));
    }

    [Fact]
    public void An_eight_megabyte_name_gets_a_match_key_without_a_stack_overflow()
    {
        var name = new string('A', 8 * 1024 * 1024);

        Assert.Equal("A", NameMatchKey.Build(name));
    }

    [Fact]
    public void Eight_megabyte_cells_pass_every_text_rule()
    {
        Assert.Null(PhoneNormalizer.Normalize(EightMegabytes));
        Assert.Equal(EightMegabytes, UnicodeDigits.ToAscii(EightMegabytes));
        Assert.Same(EightMegabytes, InvisibleCharacters.Remove(EightMegabytes, out var removed));
        Assert.False(removed);
        Assert.Equal(1000, EditDistance.Compute(new string('a', 1000), new string('b', 1000), 1000));
    }

    [Theory]
    [InlineData("１２２３０１４５０６８００００１", "1223014506800001")]
    [InlineData("١٢٢٣٠١٤٥٠٦٨٠٠٠٠١", "1223014506800001")]
    [InlineData("۱۲۲۳۰۱۴۵۰۶۸۰۰۰۰۱", "1223014506800001")]
    [InlineData("१२२३", "1223")]
    [InlineData("𝟏𝟐𝟐𝟑", "1223")]
    [InlineData("0812-ab", "0812-ab")]
    public void Digits_of_any_script_fold_to_ascii(string typed, string expected) =>
        Assert.Equal(expected, UnicodeDigits.ToAscii(typed));

    [Theory]
    [InlineData("SITI\u0000AISYAH", "SITIAISYAH", true)]
    [InlineData("SITI\u200BAISYAH", "SITIAISYAH", true)]
    [InlineData("\u202EHAYSIA ITIS", "HAYSIA ITIS", true)]
    [InlineData("SITI\u00ADAISYAH\uFEFF", "SITIAISYAH", true)]
    [InlineData("SITI\nAISYAH", "SITI AISYAH", false)]
    [InlineData("Nur'aini Siregar", "Nur'aini Siregar", false)]
    public void Hidden_characters_are_taken_out_and_line_breaks_become_spaces(string typed, string expected, bool hidden)
    {
        Assert.Equal(expected, InvisibleCharacters.Remove(typed, out var removed));
        Assert.Equal(hidden, removed);
    }
}
