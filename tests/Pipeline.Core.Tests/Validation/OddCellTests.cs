using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Validation;

/// <summary>Whatever a spreadsheet holds, normalising a row never throws and never leaves a row unjudged.</summary>
public class OddCellTests
{
    public static TheoryData<object?> OddValues => new()
    {
        null, "", " ", "-", "—", "?", "#N/A", "#VALUE!", "0", 0d, -1d, double.MaxValue, double.NaN, 1e300, 0.5d,
        true, false, DateTime.MinValue, DateTime.MaxValue, new string('9', 500), new string('a', 500),
        "١٢٣٤", "𝟏𝟐𝟑", "12/34/56/78", "1.2.3", "e+15", "1,5E+15x", "'", "''''", "Desa", "Kel.", "Perk.", "S.Pd", "H.",
        "0812 / ", "+62", "+", "Jan", "31-12-9999", "01-01-0001", "00-00-0000", "9999999999999999",
    };

    [Theory]
    [MemberData(nameof(OddValues))]
    public void Odd_values_in_any_column_are_judged_not_thrown(object? value)
    {
        foreach (var field in TestSheet.StandardColumns)
        {
            var record = TestSheet.Normalize((field, value));
            Assert.True(record.Status is RecordStatus.New or RecordStatus.Rejected or RecordStatus.Ineligible);
            Assert.Equal(record.HasErrors, record.Status == RecordStatus.Rejected);
            Assert.Equal(record.Issues.Count, record.Issues.Select(i => i.Code).Distinct().Count());
        }
    }
}
