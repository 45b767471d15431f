using Pipeline.Core.Model;

namespace Pipeline.Core.Tests.Reading.Formats;

/// <summary>
/// A sheet as a test describes it, whatever the format it is written to: rows of cells from row 1 (null rows are
/// blank rows). Cells are <see cref="string"/>, <see cref="double"/>, <see cref="DateTime"/>, an
/// <see cref="ErrorCell"/> (Excel error, or <see cref="ErrorCell.UncachedFormula"/>) or null.
/// </summary>
public sealed record SheetSpec(string Name, object?[]?[] Rows, bool Hidden = false);

/// <summary>A workbook as a test describes it: its sheets in order.</summary>
public sealed record WorkbookSpec(params SheetSpec[] Sheets)
{
    public static WorkbookSpec Single(params object?[]?[] rows) => new(new SheetSpec("Data", rows));
}
