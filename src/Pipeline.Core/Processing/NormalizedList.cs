using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>
/// One readable upload after reading, normalising and validating, before matching: each row has its issues
/// and a status of <c>new</c> (to be matched), <c>rejected</c> or <c>ineligible</c>.
/// </summary>
public sealed class NormalizedList
{
    public required SheetLayout Layout { get; init; }

    public required IReadOnlyList<ProcessedRow> Rows { get; init; }

    /// <summary>What the reader noticed about the file as a whole (which sheet was read, and why).</summary>
    public IReadOnlyList<Issue> Notices { get; init; } = [];
}
