using System.Globalization;

namespace Pipeline.Core.Results;

/// <summary>
/// Writes a value read from an upload, keeping numbers and dates as such so the official sees what they sent.
/// </summary>
internal static class UploadedValueWriter
{
    /// <summary>From 12 digits on, Excel's General format switches to 1.22301E+15 notation.</summary>
    private const double AllDigitsFrom = 1e11;

    public static void Write(SheetWriter sheet, int column, object? value, CellStyle style)
    {
        switch (value)
        {
            case null when style != CellStyle.Default:
                sheet.Empty(column, style);
                return;
            case null:
                return;
            case double number:
                // A 16-digit NIK shown as 1.22301E+15 hides what went wrong; show every digit Excel kept.
                sheet.Number(column, number, Math.Abs(number) >= AllDigitsFrom ? style with { Number = NumberKind.AllDigits } : style);
                return;
            case DateTime date:
                sheet.Date(column, date, style);
                return;
            case bool flag:
                sheet.Boolean(column, flag, style);
                return;
            default:
                sheet.Text(column, Convert.ToString(value, CultureInfo.InvariantCulture), style);
                return;
        }
    }
}
