using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Finds the header row: looks at the first <see cref="ScanRows"/> rows of every sheet and keeps the row that
/// satisfies the vocabulary and recognises the most fields (first sheet wins a tie). Title rows above it are ignored;
/// a sub-header row right below it refines it (see <see cref="SubHeaderRow"/>).
/// </summary>
internal static class HeaderLocator
{
    public const int ScanRows = 30;

    public static SheetLayout Locate(ISheetSource source, HeaderVocabulary vocabulary, out int sheetIndex)
    {
        SheetLayout? best = null;
        var bestScore = 0;
        var sawAnyContent = false;
        sheetIndex = -1;

        for (var index = 0; index < source.SheetCount; index++)
        {
            var previousRowWasBest = false;
            foreach (var row in source.ReadSheet(index).Take(ScanRows))
            {
                if (row.Cells.All(TypedCell.IsEmpty))
                {
                    continue;
                }

                sawAnyContent = true;
                if (previousRowWasBest && SubHeaderRow.Match(row.Cells, vocabulary) is { } subFields)
                {
                    best = SubHeaderRow.Refine(best!, subFields, row.Cells);
                    bestScore = best.FieldColumns.Count;
                    previousRowWasBest = false;
                    continue;
                }

                previousRowWasBest = false;
                var candidate = TryBuildLayout(row, source.SheetName(index), vocabulary);
                if (candidate is not null && candidate.FieldColumns.Count > bestScore)
                {
                    best = candidate;
                    bestScore = candidate.FieldColumns.Count;
                    sheetIndex = index;
                    previousRowWasBest = true;
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        throw new FileRejectedException(sawAnyContent ? IssueCatalog.FileNoHeader : IssueCatalog.FileEmpty);
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
