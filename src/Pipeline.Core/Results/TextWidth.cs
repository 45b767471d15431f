namespace Pipeline.Core.Results;

/// <summary>
/// How wide text is in Calibri 11 (the workbook's font), in Excel's width unit: the width of one digit. Used to
/// size columns and to count the lines of wrapped cells.
/// </summary>
/// <remarks>
/// Written here rather than taken from a font library: Calibri is not on the servers that write result workbooks,
/// and column sizing needs only an estimate per character, not shaping. The advance widths are Calibri's (Carlito
/// has the same metrics) for printable ASCII; other characters count as one digit, which errs on the wide side.
/// </remarks>
internal static class TextWidth
{
    /// <summary>Bold Calibri is a few percent wider than regular.</summary>
    public const double BoldFactor = 1.07;

    /// <summary>The height of one line of Calibri 11, in points: Excel's default row height.</summary>
    public const double LineHeight = 15;

    /// <summary>The height of one line of the 14-point title.</summary>
    public const double TitleLineHeight = 19;

    /// <summary>Space between a cell's border and its text, in digit widths (Excel adds 5 pixels to a width).</summary>
    public const double CellPadding = 0.7;

    /// <summary>What a column is given beyond its widest text, so the text does not touch the border.</summary>
    public const double ColumnMargin = 1.4;

    private static readonly double[] Ascii = Build();

    /// <summary>The width of <paramref name="text"/> on one line.</summary>
    public static double Of(ReadOnlySpan<char> text)
    {
        var width = 0d;
        foreach (var c in text)
        {
            width += c is >= ' ' and <= '~' ? Ascii[c - ' '] : 1;
        }

        return width;
    }

    /// <summary>The width of the longest line of <paramref name="text"/>.</summary>
    public static double OfLongestLine(string text)
    {
        if (!text.Contains('\n'))
        {
            return Of(text);
        }

        var widest = 0d;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            widest = Math.Max(widest, Of(line));
        }

        return widest;
    }

    /// <summary>The width of the longest word, the least a wrapped cell needs so that no word is split.</summary>
    public static double OfLongestWord(string text)
    {
        var widest = 0d;
        foreach (var range in text.AsSpan().SplitAny(' ', '\n'))
        {
            widest = Math.Max(widest, Of(text.AsSpan(range)));
        }

        return widest;
    }

    /// <summary>
    /// The lines <paramref name="text"/> takes when wrapped at word boundaries in a column <paramref name="columnWidth"/>
    /// wide, as a spreadsheet wraps it; a word longer than the line is broken, as Excel does.
    /// </summary>
    public static int Lines(string text, double columnWidth, double factor = 1)
    {
        var room = Math.Max(1, columnWidth - CellPadding);
        var lines = 0;
        foreach (var paragraph in text.AsSpan().EnumerateLines())
        {
            lines++;
            var used = 0d;
            foreach (var range in paragraph.Split(' '))
            {
                var word = Of(paragraph[range]) * factor;
                var space = used > 0 ? Ascii[0] * factor : 0;
                if (used > 0 && used + space + word > room)
                {
                    lines++;
                    used = 0;
                    space = 0;
                }

                used += space + word;
                while (used > room)
                {
                    lines++;
                    used -= room;
                }
            }
        }

        return Math.Max(1, lines);
    }

    /// <summary>Calibri's advance widths (units of 1/2048 em) for ' ' to '~', divided by a digit's (1038).</summary>
    private static double[] Build()
    {
        int[] units =
        [
            463, 667, 821, 1038, 1038, 1465, 1396, 452, 621, 621, 1038, 1038, 511, 627, 517, 791, // space ! " # $ % & ' ( ) * + , - . /
            1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, // 0-9
            548, 548, 1038, 1038, 1038, 941, 1823, // : ; < = > ? @
            1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058, 1378, 1112, 941, 998,
            1314, 1162, 1822, 1063, 998, 959, // A-Z
            628, 791, 628, 1038, 1038, 573, // [ \ ] ^ _ `
            981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076, 1076, 714, 801, 686,
            1076, 925, 1464, 887, 927, 809, // a-z
            640, 943, 640, 1038, // { | } ~
        ];
        return units.Select(u => u / 1038d).ToArray();
    }
}
