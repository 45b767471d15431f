using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>A spreadsheet whose header has been found; its data rows are streamed, once.</summary>
public sealed class OpenedSheet(SheetLayout layout, IEnumerable<SourceRow> rows, IDisposable? owner) : IDisposable
{
    public SheetLayout Layout { get; } = layout;

    /// <summary>Data rows below the header, without blank, title or footer rows. Enumerate once.</summary>
    public IEnumerable<SourceRow> Rows { get; } = rows;

    public void Dispose() => owner?.Dispose();
}
