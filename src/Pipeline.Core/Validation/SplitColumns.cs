using System.Globalization;
using Pipeline.Core.Model;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Validation;

/// <summary>
/// A field a village form splits over several columns, put back together as the one cell the rules read: sex as a
/// mark under "L" or "P", the birth date as "Tgl" | "Bln" | "Thn" (<see cref="SheetLayout.SplitSex"/>,
/// <see cref="SheetLayout.SplitBirthDate"/>). Null when the layout does not split the field.
/// </summary>
internal static class SplitColumns
{
    /// <summary>"L" or "P" from the one marked column; both marked reads as "L/P" (unrecognised: the NIK's sex is used).</summary>
    public static object? Sex(SourceRow row, SheetLayout layout)
    {
        if (layout.SplitSex is not { } split)
        {
            return null;
        }

        return (IsMarked(row, split.Male), IsMarked(row, split.Female)) switch
        {
            (true, false) => "L",
            (false, true) => "P",
            (true, true) => "L/P",
            _ => "",
        };
    }

    /// <summary>
    /// "12-3-1980" (or "12 Maret 1980" when the month is written as a word) from the three cells; a whole date typed into
    /// the day's column alone is that date; nothing when all three are empty.
    /// </summary>
    public static object? BirthDate(SourceRow row, SheetLayout layout)
    {
        if (layout.SplitBirthDate is not { } split)
        {
            return null;
        }

        var (day, month, year) = (Text(row, split.Day), Text(row, split.Month), Text(row, split.Year));
        if (month.Length == 0 && year.Length == 0)
        {
            return split.Day < row.Cells.Count ? row.Cells[split.Day] : null;
        }

        var numericMonth = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return numericMonth ? $"{day}-{month}-{year}" : $"{day} {month} {year}";
    }

    /// <summary>A tick, a cross, a 1, a letter: anything but empty, 0 or a dash.</summary>
    private static bool IsMarked(SourceRow row, int column)
    {
        var text = Text(row, column);
        return text.Length > 0 && text != "0" && text.Trim('-', '\u2013', '\u2014').Length > 0;
    }

    private static string Text(SourceRow row, int column) =>
        column < row.Cells.Count && !TypedCell.IsEmpty(row.Cells[column]) ? CellText.Render(row.Cells[column]).Trim() : "";
}
