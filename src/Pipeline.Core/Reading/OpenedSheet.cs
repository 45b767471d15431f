using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>A spreadsheet whose header has been found; its data rows are streamed, once.</summary>
/// <param name="notices">File-level warnings about how the file was read (which sheet, and why): see <see cref="Notices"/>.</param>
public sealed class OpenedSheet(SheetLayout layout, IEnumerable<SourceRow> rows, IDisposable? owner, IReadOnlyList<Issue>? notices = null) : IDisposable
{
    public SheetLayout Layout { get; } = layout;

    /// <summary>Data rows below the header, without blank, title or footer rows. Enumerate once.</summary>
    /// <exception cref="FileRejectedException">While streaming: the file is damaged further down, or over a limit
    /// (row count, time budget).</exception>
    public IEnumerable<SourceRow> Rows { get; } = rows;

    /// <summary>
    /// Warnings about the file as a whole that the uploader should see beside the row results, e.g.
    /// <c>SHEET_CHOSEN</c> ("read from sheet X; sheets Y, Z also hold a list") or <c>SHEET_HIDDEN_READ</c>.
    /// Empty for most files. Each is an ordinary <see cref="Issue"/> with severity Warning and no field.
    /// </summary>
    public IReadOnlyList<Issue> Notices { get; } = notices ?? [];

    public void Dispose() => owner?.Dispose();
}
