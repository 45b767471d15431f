using Pipeline.Core.Cohort;

namespace Pipeline.Storage.Cohort;

/// <summary>What a confirmation did: each row's outcome and their counts, or why the file could not be used (nothing changed then).</summary>
/// <param name="Status"><c>processed</c> or <c>failed</c>.</param>
/// <param name="ResultPath">The outcome workbook in the reports container (<c>konfirmasi/…</c>), one row per row of the file.</param>
public sealed record ConfirmationReport(
    string SourcePath, string Status, string? IssueCode, string? Message, IReadOnlyDictionary<string, int> Counts,
    IReadOnlyList<ConfirmationRowOutcome> Rows, string? ResultPath)
{
    public int this[ConfirmationResult result] => Counts.GetValueOrDefault(result.ToCode());
}
