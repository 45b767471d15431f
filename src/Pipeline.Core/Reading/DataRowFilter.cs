using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>
/// Turns the rows below the header into data rows: skips blank rows, sub-header and column-numbering rows right
/// under the header, the header repeated further down (a list pasted together from printed pages), and rows
/// holding only a pre-printed row number; stops at the signature footer.
/// </summary>
/// <remarks>
/// A row with a NIK or KPJ is always data. A row without one ends the table when its first filled cell reads like
/// a footer ("Mengetahui,", "Aek Kanopan, 12 November 2025", "Jumlah"); names never look like that.
/// </remarks>
internal static class DataRowFilter
{
    public static IEnumerable<SourceRow> Filter(IEnumerable<RawRow> rowsBelowHeader, SheetLayout layout, HeaderVocabulary vocabulary)
    {
        var beforeFirstPerson = true;
        foreach (var row in rowsBelowHeader)
        {
            if (IsBlankOrOnlyRowNumber(row.Cells, layout))
            {
                continue;
            }

            if (beforeFirstPerson && (RowClassifier.IsColumnNumbering(row.Cells) || SubHeaderRow.Match(row.Cells, vocabulary) is not null))
            {
                continue;
            }

            if (!beforeFirstPerson && IsRepeatedHeader(row.Cells, layout, vocabulary))
            {
                continue;
            }

            beforeFirstPerson = false;
            if (!HasIdentifier(row.Cells, layout) && RowClassifier.LooksLikeFooter(row.Cells.First(c => !TypedCell.IsEmpty(c))))
            {
                yield break;
            }

            yield return new SourceRow(row.Number, row.Cells) { CutColumns = row.Cut };
        }
    }

    private static bool IsBlankOrOnlyRowNumber(object?[] cells, SheetLayout layout)
    {
        var rowNumberColumn = layout.FieldColumns.GetValueOrDefault(Field.RowNumber, -1);
        for (var column = 0; column < cells.Length; column++)
        {
            var isPrintedRowNumber = column == rowNumberColumn && RowClassifier.ToWholeNumber(cells[column]) is not null;
            if (!TypedCell.IsEmpty(cells[column]) && !isPrintedRowNumber)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The header again: every filled cell a header phrase, at least two of them, each in the column the header gave
    /// its field. A person's row never reads so (a NIK, a date or a name is not a header phrase in its own column).
    /// </summary>
    private static bool IsRepeatedHeader(object?[] cells, SheetLayout layout, HeaderVocabulary vocabulary) =>
        SubHeaderRow.Match(cells, vocabulary) is { Count: >= 2 } fields
        && fields.All(field => layout.FieldColumns.TryGetValue(field.Key, out var column) && column == field.Value);

    private static bool HasIdentifier(object?[] cells, SheetLayout layout) =>
        new[] { Field.Nik, Field.Kpj }.Any(field =>
            layout.FieldColumns.TryGetValue(field, out var column) && column < cells.Length && !TypedCell.IsEmpty(cells[column]));
}
