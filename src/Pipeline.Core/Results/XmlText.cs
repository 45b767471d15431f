namespace Pipeline.Core.Results;

/// <summary>
/// Makes uploaded text safe to put in an XML part: uploads sometimes carry control characters (pasted from
/// other systems) that XML 1.0 forbids, and one such character would make the whole result file unreadable.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        var firstBad = IndexOfIllegal(text, 0);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsLegalSingle(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOfIllegal(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsLegalSingle(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsLegalSingle(char c) =>
        c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
