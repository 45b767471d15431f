using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Government forms often have a two-row header: "Tempat/Tgl Lahir" merged over "Tempat" | "Tgl Lahir".
/// The second row refines the columns of the first and is not a person.
/// </summary>
internal static class SubHeaderRow
{
    /// <summary>The fields of a row made only of recognised header phrases; null for any other row.</summary>
    public static IReadOnlyDictionary<Field, int>? Match(object?[] cells, HeaderVocabulary vocabulary)
    {
        var fields = new Dictionary<Field, int>();
        for (var column = 0; column < cells.Length; column++)
        {
            if (TypedCell.IsEmpty(cells[column]))
            {
                continue;
            }

            if (cells[column] is not string text || vocabulary.Match(text) is not { } match)
            {
                return null;
            }

            fields.TryAdd(match.Field, column);
        }

        return fields.Count > 0 ? fields : null;
    }

    /// <summary>The header refined by its sub-header: a sub-header field replaces whatever the merged cell above meant.</summary>
    public static SheetLayout Refine(SheetLayout header, IReadOnlyDictionary<Field, int> subFields, object?[] subCells)
    {
        var columns = header.FieldColumns.ToDictionary();
        foreach (var (field, column) in subFields)
        {
            if (columns.TryGetValue(field, out var existing) && existing != column)
            {
                continue;
            }

            foreach (var replaced in columns.Where(pair => pair.Value == column).Select(pair => pair.Key).ToList())
            {
                columns.Remove(replaced);
            }

            columns[field] = column;
        }

        var names = Enumerable.Range(0, Math.Max(header.ColumnNames.Count, Array.FindLastIndex(subCells, c => !TypedCell.IsEmpty(c)) + 1))
            .Select(column => column < subCells.Length && !TypedCell.IsEmpty(subCells[column])
                ? TypedCell.AsText(subCells[column]).Trim()
                : column < header.ColumnNames.Count ? header.ColumnNames[column] : string.Empty)
            .ToArray();

        return new SheetLayout { SheetName = header.SheetName, HeaderRow = header.HeaderRow, ColumnNames = names, FieldColumns = columns };
    }
}
