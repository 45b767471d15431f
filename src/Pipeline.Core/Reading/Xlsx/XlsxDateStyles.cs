using System.Globalization;
using System.Xml;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// Which cell styles show a number as a date (styles part: <c>cellXfs</c> and custom <c>numFmts</c>). Excel stores a
/// date as a day count; only the style says it is one, and a birth date must reach the validator as a date.
/// </summary>
internal static class XlsxDateStyles
{
    /// <summary>Built-in date and time formats (ECMA-376 18.8.30), including the East Asian ones.</summary>
    private static readonly HashSet<int> BuiltInDates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    /// <summary>For each style index, whether it is a date style. Missing styles part: none is.</summary>
    public static bool[] Read(PackageParts parts, string? stylesPart)
    {
        if (stylesPart is null)
        {
            return [];
        }

        using var reader = parts.OpenXml(stylesPart);
        if (reader is null)
        {
            return [];
        }

        var customDates = new Dictionary<int, bool>();
        var styles = new List<bool>();
        var inCellXfs = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellXfs = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id):
                    customDates[id] = IsDateFormat(reader.GetAttribute("formatCode") ?? "");
                    break;
                case "cellXfs":
                    inCellXfs = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    var formatId = int.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    styles.Add(customDates.TryGetValue(formatId, out var isDate) ? isDate : BuiltInDates.Contains(formatId));
                    break;
            }
        }

        return [.. styles];
    }

    /// <summary>A format code shows a date when, outside quotes, escapes and [colour]/[condition] brackets, it has d, y, h or s (m alone is ambiguous and always comes with one of them in a date).</summary>
    public static bool IsDateFormat(string formatCode)
    {
        var section = formatCode.Split(';')[0];
        var inQuotes = false;
        var inBracket = false;
        for (var i = 0; i < section.Length; i++)
        {
            var ch = section[i];
            if (inQuotes)
            {
                inQuotes = ch != '"';
                continue;
            }

            if (inBracket)
            {
                inBracket = ch != ']';
                if (ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S' && section.IndexOf(']', i) > i && section[i - 1] == '[')
                {
                    return true;
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '[':
                    inBracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'd' or 'D' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
            }
        }

        return false;
    }
}
