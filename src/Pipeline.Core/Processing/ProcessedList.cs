using Pipeline.Core.Matching;
using Pipeline.Core.Model;

namespace Pipeline.Core.Processing;

/// <summary>Everything the pipeline concluded about one readable upload.</summary>
public sealed class ProcessedList
{
    public required SheetLayout Layout { get; init; }

    public required IReadOnlyList<ProcessedRow> Rows { get; init; }

    /// <summary>Uncertain matches for the administrators' review queue.</summary>
    public required IReadOnlyList<ReviewCandidate> Reviews { get; init; }

    /// <summary>File-level warnings from reading (e.g. <c>SHEET_CHOSEN</c>: which sheet was read, which others hold a list).</summary>
    public IReadOnlyList<Issue> Notices { get; init; } = [];

    public StatusCounts Counts => StatusCounts.Of(Rows.Select(r => r.Record));
}
