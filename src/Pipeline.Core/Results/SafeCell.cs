using ClosedXML.Excel;

namespace Pipeline.Core.Results;

/// <summary>
/// Writes values into result workbooks so that nothing an uploader typed can become a live formula.
/// </summary>
/// <remarks>
/// A cell whose text starts with = + - or @ would be evaluated by Excel if it were written as a formula, or
/// re-evaluated when an official edits the cell. We always store text as a string cell and, for those
/// leading characters, also set the quote prefix so Excel keeps treating it as text after an edit.
/// </remarks>
public static class SafeCell
{
    private static readonly char[] FormulaLeads = ['=', '+', '-', '@', '\t', '\r'];

    public static void SetText(IXLCell cell, string? text)
    {
        text ??= string.Empty;
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        if (text.Length > 0 && Array.IndexOf(FormulaLeads, text[0]) >= 0)
        {
            cell.Style.IncludeQuotePrefix = true;
        }

        if (cell.HasFormula)
        {
            // Belt and braces: never leave a formula behind, whatever the library did with the string.
            cell.FormulaA1 = null;
            cell.SetValue(text);
        }
    }

    /// <summary>Writes a value read from the upload, keeping numbers and dates as such so the official sees what they sent.</summary>
    public static void SetRaw(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case double number:
                cell.SetValue(number);
                // A 16-digit number shown as 1.22301E+15 hides what went wrong; show every digit Excel kept.
                cell.Style.NumberFormat.Format = Math.Abs(number) >= 1e11 ? "0" : "General";
                return;
            case DateTime date:
                cell.SetValue(date);
                cell.Style.DateFormat.Format = "dd-mm-yyyy";
                return;
            case bool flag:
                cell.SetValue(flag);
                return;
            default:
                SetText(cell, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                return;
        }
    }
}
