namespace Pipeline.Core.Reading;

/// <summary>One physical sheet row as read: its real 1-based row number and typed cells (never wider than asked).</summary>
/// <param name="Number">The row's own number in the sheet, gaps included.</param>
/// <param name="Cells">Cells from column A, at most as many as the reader asked for.</param>
internal sealed record RawRow(int Number, object?[] Cells)
{
    /// <summary>The row had content right of the columns read: a header with it is too wide.</summary>
    public bool HasCellsBeyond { get; init; }

    /// <summary>0-based columns whose text was cut at the cell-length limit.</summary>
    public IReadOnlyList<int> Cut { get; init; } = [];
}
