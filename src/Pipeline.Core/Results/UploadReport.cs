using Pipeline.Core.Budget;
using Pipeline.Core.Model;

namespace Pipeline.Core.Results;

/// <summary>What the summary sheet says about the upload itself, and the schedule its budget figure comes from.</summary>
public sealed record UploadReport(string UploadPath, DateTimeOffset ProcessedAt, ContributionSchedule Contributions)
{
    /// <summary>
    /// File-level notices for the official, e.g. which sheet was read when several hold lists; shown on the summary
    /// sheet (and on the result of a file that could not be read). Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<Issue> Notices { get; init; } = [];

    /// <summary>The path as the official is shown it: without bidi controls and other invisible characters.</summary>
    public string ShownPath => ShownFileName.Of(UploadPath);
}
