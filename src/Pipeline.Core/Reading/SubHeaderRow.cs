using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Government forms often have a two-row header: "Tempat/Tgl Lahir" or "Kelahiran" merged over "Tempat" | "Tanggal".
/// The second row refines the columns of the first and is not a person.
/// </summary>
/// <remarks>
/// A merged cell keeps its text in its first column only, so each sub-header cell is read alone and, failing that,
/// together with the nearest header text at or left of it ("Tanggal" under "Kelahiran" is "tanggal kelahiran").
/// </remarks>
internal static class SubHeaderRow
{
    /// <summary>The fields of a row made only of recognised header phrases; null for any other row.</summary>
    public static IReadOnlyDictionary<Field, int>? Match(object?[] cells, HeaderVocabulary vocabulary, object?[]? headerCells = null)
    {
        var fields = new Dictionary<Field, int>();
        for (var column = 0; column < cells.Length; column++)
        {
            if (TypedCell.IsEmpty(cells[column]))
            {
                continue;
            }

            if (cells[column] is not string text || MatchInContext(text, column, vocabulary, headerCells) is not { } field)
            {
                return null;
            }

            fields.TryAdd(field, column);
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

    private static Field? MatchInContext(string text, int column, HeaderVocabulary vocabulary, object?[]? headerCells)
    {
        if (vocabulary.Match(text) is { } alone)
        {
            return alone.Field;
        }

        var parent = ParentText(column, headerCells);
        if (parent is null)
        {
            return null;
        }

        // Only an exact phrase counts in context: as a prefix, "Nama" over any name would look like a header.
        foreach (var combined in new[] { $"{text} {parent}", $"{parent} {text}" })
        {
            if (vocabulary.Match(combined) is { IsExact: true } match)
            {
                return match.Field;
            }
        }

        return null;
    }

    private static string? ParentText(int column, object?[]? headerCells)
    {
        if (headerCells is null)
        {
            return null;
        }

        for (var index = Math.Min(column, headerCells.Length - 1); index >= 0; index--)
        {
            if (!TypedCell.IsEmpty(headerCells[index]))
            {
                return TypedCell.AsText(headerCells[index]);
            }
        }

        return null;
    }
}
