using System.Globalization;

namespace Pipeline.Core.Results;

/// <summary>
/// Column widths that fit what the columns hold, within bounds: the widest value of each column, in Excel's width
/// unit (the width of a digit of Calibri 11, see <see cref="TextWidth"/>).
/// </summary>
/// <remarks>
/// In SpreadsheetML the &lt;cols&gt; element comes before &lt;sheetData&gt;, so a streamed sheet must know its widths
/// before its first row. The rows are already in memory (a <c>ProcessedList</c>), so the writer measures every row
/// in a first pass rather than guessing from a sample: one long name on row 40,000 still gets room. The pass reads
/// characters and builds no strings. A column whose widest value is wider than its bound is capped and wraps, and
/// the rows it makes taller get their height (<see cref="TextWidth.Lines"/>), so nothing is cut, on screen or on paper.
/// Headers wrap too: a header needs only its longest word (and the filter button) on one line.
/// </remarks>
internal sealed class ColumnFit
{
    /// <summary>The auto-filter button Excel draws in a header cell's right corner, in digit widths.</summary>
    public const double FilterButton = 2.4;

    private readonly double[] _widest;
    private readonly bool[] _multiline;

    /// <param name="columns">The number of columns, 1-based as in the sheet.</param>
    public ColumnFit(int columns)
    {
        _widest = new double[columns + 1];
        _multiline = new bool[columns + 1];
    }

    /// <summary>The header text of a column that carries a filter button.</summary>
    public void Header(int column, string text) =>
        Widen(column, (TextWidth.OfLongestWord(text) * TextWidth.BoldFactor) + FilterButton);

    /// <summary>A value as it will be shown: text, a number, a date or a flag.</summary>
    public void Value(int column, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                Text(column, text);
                return;
            case double number:
                Widen(column, NumberLength(number));
                return;
            case DateTime:
                Widen(column, "dd-mm-yyyy".Length);
                return;
            case bool:
                Widen(column, TextWidth.Of("FALSE"));
                return;
            default:
                Text(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                return;
        }
    }

    public void Text(int column, string text)
    {
        _multiline[column] |= text.Contains('\n');
        Widen(column, TextWidth.OfLongestLine(text));
    }

    /// <summary>Text whose width is known without building it, e.g. a row's explanation.</summary>
    public void TextOfWidth(int column, double width) => Widen(column, width);

    public void Number(int column, int value) => Widen(column, value.ToString(CultureInfo.InvariantCulture).Length);

    /// <summary>The width to give <paramref name="column"/>, between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public double Width(int column, double min, double max) =>
        Math.Round(Math.Clamp(_widest[column] + TextWidth.ColumnMargin, min, max), 1);

    /// <summary>True when the column's content does not fit on one line within <paramref name="max"/>: it must wrap.</summary>
    public bool Wraps(int column, double max) => _multiline[column] || _widest[column] + TextWidth.ColumnMargin > max;

    private void Widen(int column, double width)
    {
        if (width > _widest[column])
        {
            _widest[column] = width;
        }
    }

    /// <summary>Excel's General format shows at most 11 characters before it switches to 1.2E+15 notation.</summary>
    private static double NumberLength(double number)
    {
        if (Math.Abs(number) >= UploadedValueWriter.AllDigitsFrom)
        {
            return Math.Floor(Math.Log10(Math.Abs(number))) + 1 + (number < 0 ? 1 : 0);
        }

        Span<char> buffer = stackalloc char[32];
        return number.TryFormat(buffer, out var written, "G10", CultureInfo.InvariantCulture) ? Math.Min(written, 11) : 11;
    }
}
