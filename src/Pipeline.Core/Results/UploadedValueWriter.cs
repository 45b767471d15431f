using System.Globalization;

namespace Pipeline.Core.Results;

/// <summary>
/// Writes a value read from an upload, keeping numbers and dates as such so the official sees what they sent.
/// </summary>
/// <remarks>
/// The column's style (a fill, wrap, the Text format of a NIK or phone column) applies to text and to empty
/// highlighted cells; numbers and dates always get their own format: a NIK that arrived as a number stays a number,
/// so the official sees the digits Excel kept, and uploading the result unchanged is rejected again, as it must be.
/// </remarks>
internal static class UploadedValueWriter
{
    /// <summary>From 12 digits on, Excel's General format switches to 1.22301E+15 notation.</summary>
    internal const double AllDigitsFrom = 1e11;

    public static void Write(SheetWriter sheet, int column, object? value, CellStyle style)
    {
        switch (value)
        {
            case null when style.Fill != CellFill.None:
                // An empty cell that should have been filled; plain empty cells take the column's style.
                sheet.Empty(column, style);
                return;
            case null:
                return;
            case double number:
                // A 16-digit NIK shown as 1.22301E+15 hides what went wrong; show every digit Excel kept.
                sheet.Number(column, number, style with { Number = Math.Abs(number) >= AllDigitsFrom ? NumberKind.AllDigits : NumberKind.General });
                return;
            case DateTime date:
                sheet.Date(column, date, style);
                return;
            case bool flag:
                sheet.Boolean(column, flag, style with { Number = NumberKind.General });
                return;
            default:
                sheet.Text(column, Convert.ToString(value, CultureInfo.InvariantCulture), style);
                return;
        }
    }
}
