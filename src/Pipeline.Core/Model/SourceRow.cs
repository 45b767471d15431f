namespace Pipeline.Core.Model;

/// <summary>
/// One data row as read, before any interpretation.
/// </summary>
/// <remarks>
/// Cells keep the type the file gave them: <see cref="string"/>, <see cref="double"/> (numeric cells),
/// <see cref="DateTime"/> (date cells), <see cref="bool"/>, <see cref="ErrorCell"/> (a broken or uncalculated
/// formula) or null. Keeping the type matters: a NIK that arrives as a double has already lost its last digit in
/// Excel, and the validator must be able to tell. CSV cells are strings (or an <see cref="ErrorCell"/> where Excel
/// wrote "#REF!" into the CSV). No row is wider than its header, and no text longer than the reader's
/// <c>MaxCellLength</c> plus the cut marker.
/// </remarks>
public sealed record SourceRow(int RowNumber, IReadOnlyList<object?> Cells)
{
    /// <summary>0-based columns whose text was longer than the reader keeps and was cut (the row reports them).</summary>
    public IReadOnlyList<int> CutColumns { get; init; } = [];

    public object? Get(SheetLayout layout, Field field) =>
        layout.FieldColumns.TryGetValue(field, out var index) && index < Cells.Count ? Cells[index] : null;
}
