using Pipeline.Core.Model;

namespace Pipeline.Core.Reading;

/// <summary>The best header found in one sheet, and what reading below it needs to know.</summary>
/// <param name="SheetIndex">0-based index of the sheet in the workbook.</param>
/// <param name="Layout">Header row, column names and field columns.</param>
/// <param name="LastHeaderRow">The header's last row: the sub-header's when there is one. Data starts below it.</param>
/// <param name="IsTooWide">The header row has content right of <see cref="ReadingOptions.MaxColumns"/>.</param>
internal sealed record HeaderCandidate(int SheetIndex, SheetLayout Layout, int LastHeaderRow, bool IsTooWide)
{
    /// <summary>Columns kept per data row: up to the header's last named or mapped column, never beyond.</summary>
    public int Width => Math.Max(Layout.ColumnNames.Count, Layout.FieldColumns.Count == 0 ? 0 : Layout.FieldColumns.Values.Max() + 1);
}
