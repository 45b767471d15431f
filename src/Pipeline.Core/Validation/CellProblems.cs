using Pipeline.Core.Model;

namespace Pipeline.Core.Validation;

/// <summary>
/// What the reader found in a row's cells before any field rule runs: broken or uncalculated formulas, and text cut
/// at the reader's cell-length limit. Each is named once, on its own code, so that a #REF! in the NIK column reads
/// "the formula broke" and not "the NIK is empty".
/// </summary>
/// <remarks>
/// A broken NIK or name rejects the row (<c>CELL_FORMULA_ERROR</c>): those fields are required. In any other column it
/// is a warning (<c>CELL_FORMULA_IGNORED</c>) and the column is taken as empty. Digits of other scripts are folded to
/// ASCII in the readable copy, so every later rule sees 0-9.
/// </remarks>
internal static class CellProblems
{
    private static readonly HashSet<Field> Required = [Field.Nik, Field.Name];
    private static readonly IReadOnlySet<Field> NoFields = new HashSet<Field>();

    /// <summary>
    /// Names the row's broken and cut cells in <paramref name="issues"/> and returns the row as the field rules should
    /// see it (broken formulas empty, digits in ASCII); <paramref name="brokenFields"/> are the fields whose cell broke.
    /// </summary>
    public static SourceRow Prepare(SourceRow row, SheetLayout layout, List<Issue> issues, out IReadOnlySet<Field> brokenFields)
    {
        brokenFields = NoFields;
        object?[]? cells = null;
        HashSet<Field>? broken = null;
        foreach (var (field, index) in layout.FieldColumns)
        {
            if (index >= row.Cells.Count)
            {
                continue;
            }

            var cell = row.Cells[index];
            object? readable = cell;
            if (cell is ErrorCell { IsDamage: true } && Required.Contains(field))
            {
                issues.Add(IssueCatalog.CellDamaged.Create(field, ColumnName(layout, index)));
                (broken ??= []).Add(field);
                readable = null;
            }
            else if (cell is ErrorCell error)
            {
                var (column, content) = (ColumnName(layout, index), Describe(error));
                issues.Add(Required.Contains(field)
                    ? IssueCatalog.CellFormulaError.Create(field, column, content)
                    : IssueCatalog.CellFormulaIgnored.Create(field, column, content));
                (broken ??= []).Add(field);
                readable = null;
            }
            else if (cell is string text)
            {
                readable = UnicodeDigits.ToAscii(text);
            }

            if (!ReferenceEquals(readable, cell))
            {
                cells ??= [.. row.Cells];
                cells[index] = readable;
            }
        }

        foreach (var index in row.CutColumns)
        {
            Field? field = null;
            foreach (var (candidate, column) in layout.FieldColumns)
            {
                field = column == index ? candidate : field;
            }

            var kept = row.Cells[index] is string text ? Math.Max(0, text.Length - Reading.ReadingOptions.CutMarker.Length) : 0;
            issues.Add(IssueCatalog.CellTooLong.Create(field, ColumnName(layout, index), kept));
        }

        brokenFields = broken ?? NoFields;
        return cells is null ? row : row with { Cells = cells };
    }

    private static string ColumnName(SheetLayout layout, int index)
    {
        var name = index < layout.ColumnNames.Count ? layout.ColumnNames[index] : "";
        return name.Length > 0 ? name : $"ke-{index + 1}";
    }

    private static string Describe(ErrorCell error) =>
        error.IsDamage ? "sel yang rusak di dalam berkas" : error.Code is null ? "rumus yang tidak tersimpan nilainya" : $"kesalahan rumus {error.Code}";
}
