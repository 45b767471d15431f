using System.Globalization;

namespace Pipeline.Core.Model;

/// <summary>
/// Row numbers of a list read from several sheets (one per dusun, say): each row keeps its own sheet row, and the
/// sheet's place in the workbook is folded into the number, so every row of the upload still has one number that
/// is unique, stable across reprocessing and in reading order. A list read from one sheet keeps its plain rows.
/// </summary>
/// <remarks>
/// <c>number = sheetIndex × 1,048,576 + row</c>: 1,048,576 is the last row of Excel and Calc, so no two rows meet.
/// Record ids pad rows to seven digits (<see cref="RecordId.PadRow"/>), which holds the first nine sheets; a list is
/// combined from those only (<see cref="MaxSheetIndex"/>), and a sheet further right is named, not read.
/// </remarks>
public static class SheetRows
{
    /// <summary>The last row a sheet can have.</summary>
    public const int Span = 1_048_576;

    /// <summary>The highest 0-based sheet index whose rows fit a seven-digit row.</summary>
    public const int MaxSheetIndex = 8;

    public static int Combine(int sheetIndex, int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sheetIndex, MaxSheetIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(sheetIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(row, Span);
        return sheetIndex * Span + row;
    }

    /// <summary>The 0-based sheet index a number carries (0 for a plain row).</summary>
    public static int SheetOf(int number) => number <= Span ? 0 : (number - 1) / Span;

    /// <summary>The row within its sheet, as the official finds it in the file.</summary>
    public static int RowOf(int number) => number <= Span ? number : ((number - 1) % Span) + 1;

    /// <summary>
    /// The row as an official is told it in a message: <c>12</c>, or <c>12 lembar ke-3</c> for a row of the third sheet
    /// of a combined list (the sheet's tab position, counted from the left).
    /// </summary>
    public static string Label(int number) =>
        SheetOf(number) == 0
            ? RowOf(number).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{RowOf(number)} lembar ke-{SheetOf(number) + 1}");
}
