namespace Pipeline.Core.Model;

/// <summary>
/// One data row as read, before any interpretation.
/// </summary>
/// <remarks>
/// Cells keep the type the file gave them: <see cref="string"/>, <see cref="double"/> (numeric cells),
/// <see cref="DateTime"/> (date cells), <see cref="bool"/> or null. Keeping the type matters: a NIK that
/// arrives as a double has already lost its last digit in Excel, and the validator must be able to tell.
/// CSV cells are always strings.
/// </remarks>
public sealed record SourceRow(int RowNumber, IReadOnlyList<object?> Cells)
{
    public object? Get(SheetLayout layout, Field field) =>
        layout.FieldColumns.TryGetValue(field, out var index) && index < Cells.Count ? Cells[index] : null;
}
