using System.Xml;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// The shared-string table: every text cell of an .xlsx points into it. Each string is kept only up to the cell
/// limit (plus one character, so a cut is still seen), so a hostile 2 GB string costs a few hundred bytes, and the
/// table as a whole is bounded by count and bytes (<see cref="SharedStringTable"/>).
/// </summary>
internal static class XlsxSharedStrings
{
    public static SharedStringTable Read(PackageParts parts, string? part, ReadingBudget budget)
    {
        var strings = new SharedStringTable(budget.Options);
        if (part is null)
        {
            return strings;
        }

        using var reader = parts.OpenXml(part);
        if (reader is null)
        {
            return strings;
        }

        var text = new BoundedText(budget.Options.MaxCellLength * XlsxEscapes.LongestEscape);
        var buffer = new char[256];
        var keep = budget.Options.MaxCellLength + 1;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                // Copied, not made into a string: millions of small items must not cost an object each.
                ReadItem(reader, text);
                var item = text.CopyTo(ref buffer);
                if (item.Contains("_x", StringComparison.Ordinal))
                {
                    item = XlsxEscapes.Decode(item.ToString());
                }

                strings.Add(item[..Math.Min(item.Length, keep)]);
                if ((strings.Count & 0xFFF) == 0)
                {
                    budget.CheckTime();
                }
            }
        }

        return strings;
    }

    /// <summary>Reads the item's text runs (<c>t</c>, also inside <c>r</c>), without phonetic runs (<c>rPh</c>), into <paramref name="text"/>.</summary>
    private static void ReadItem(XmlReader reader, BoundedText text)
    {
        text.Clear();
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        var inText = false;
        var phoneticDepth = -1;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "rPh" && !reader.IsEmptyElement)
                {
                    phoneticDepth = reader.Depth;
                }

                inText = reader.LocalName == "t" && phoneticDepth < 0 && !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == phoneticDepth)
                {
                    phoneticDepth = -1;
                }

                inText = false;
            }
            else if (inText && BoundedText.IsText(reader.NodeType))
            {
                text.AppendValue(reader);
            }
        }
    }
}
