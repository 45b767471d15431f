using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Finds a sheet's header row: looks at its first <see cref="ScanRows"/> rows and keeps the row that satisfies the
/// vocabulary and recognises the most fields (the first such row wins a tie). Title rows above it are ignored;
/// a sub-header row right below it refines it (see <see cref="SubHeaderRow"/>).
/// </summary>
internal static class HeaderLocator
{
    public const int ScanRows = 30;

    /// <summary>The sheet's header, or null; <paramref name="sawContent"/> tells an empty sheet from one without a header.</summary>
    public static HeaderCandidate? Find(ISheetSource source, int sheetIndex, HeaderVocabulary vocabulary, ReadingOptions options, out bool sawContent)
    {
        HeaderCandidate? best = null;
        object?[]? bestCells = null;
        sawContent = false;
        var previousRowWasBest = false;
        foreach (var row in source.ReadSheet(sheetIndex, options.MaxColumns).TakeWhile(r => r.Number <= ScanRows))
        {
            if (row.Cells.All(TypedCell.IsEmpty) && !row.HasCellsBeyond)
            {
                continue;
            }

            sawContent = true;
            if (previousRowWasBest && SubHeaderRow.Match(row.Cells, vocabulary, bestCells, out var parts) is { } subFields)
            {
                best = best! with
                {
                    Layout = SubHeaderRow.Refine(best.Layout, subFields, parts, row.Cells),
                    LastHeaderRow = row.Number,
                    IsTooWide = best.IsTooWide || row.HasCellsBeyond,
                };
                previousRowWasBest = false;
                continue;
            }

            previousRowWasBest = false;
            var layout = TryBuildLayout(row, source.Sheets[sheetIndex].Name, vocabulary);
            if (layout is not null && layout.FieldColumns.Count > (best?.Layout.FieldColumns.Count ?? 0))
            {
                best = new HeaderCandidate(sheetIndex, layout, row.Number, row.HasCellsBeyond);
                bestCells = row.Cells;
                previousRowWasBest = true;
            }
        }

        return best;
    }

    private static SheetLayout? TryBuildLayout(RawRow row, string sheetName, HeaderVocabulary vocabulary)
    {
        var columns = new Dictionary<Field, int>();
        var exactColumns = new HashSet<Field>();
        for (var column = 0; column < row.Cells.Length; column++)
        {
            if (row.Cells[column] is not string text || vocabulary.Match(text) is not { } match)
            {
                continue;
            }

            var upgradesPrefixMatch = match.IsExact && columns.ContainsKey(match.Field) && !exactColumns.Contains(match.Field);
            if (!columns.ContainsKey(match.Field) || upgradesPrefixMatch)
            {
                columns[match.Field] = column;
                if (match.IsExact)
                {
                    exactColumns.Add(match.Field);
                }
            }
        }

        if (!vocabulary.IsSatisfiedBy(columns))
        {
            return null;
        }

        var lastNamed = Array.FindLastIndex(row.Cells, cell => !TypedCell.IsEmpty(cell));
        return new SheetLayout
        {
            SheetName = sheetName,
            HeaderRow = row.Number,
            ColumnNames = row.Cells.Take(lastNamed + 1).Select(c => TypedCell.AsText(c).Trim()).ToArray(),
            FieldColumns = columns,
        };
    }
}
