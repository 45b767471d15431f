namespace Pipeline.Core.Reading;

/// <summary>
/// The last step before a row leaves the reader: text longer than <see cref="ReadingOptions.MaxCellLength"/> is cut
/// and marked (<see cref="ReadingOptions.CutMarker"/>), and the cut columns are listed so the row can report them.
/// </summary>
/// <remarks>Sources already stop one character past the limit; this is where the one rule for every format lives.</remarks>
internal static class RowShaper
{
    public static RawRow Shape(RawRow row, int maxCellLength)
    {
        List<int>? cut = null;
        object?[]? cells = null;
        for (var column = 0; column < row.Cells.Length; column++)
        {
            if (row.Cells[column] is string text && text.Length > maxCellLength)
            {
                cells ??= (object?[])row.Cells.Clone();
                var keep = char.IsHighSurrogate(text[maxCellLength - 1]) ? maxCellLength - 1 : maxCellLength;
                cells[column] = string.Concat(text.AsSpan(0, keep), ReadingOptions.CutMarker);
                (cut ??= []).Add(column);
            }
        }

        return cells is null ? row : row with { Cells = cells, Cut = cut! };
    }
}
