using System.Globalization;
using System.Text;

namespace Pipeline.Core.Reading.Xlsx;

/// <summary>
/// Excel writes characters XML cannot hold (control characters) as <c>_xHHHH_</c> in strings (ECMA-376 ST_Xstring),
/// and a literal "_x" as <c>_x005F_x</c>. Decoded here so that a bell pasted into a name is seen as the hidden
/// character it is, not as the text "_x0007_".
/// </summary>
internal static class XlsxEscapes
{
    /// <summary>Raw text is read this many times the cell limit, so that a fully escaped cell still shows as cut.</summary>
    public const int LongestEscape = 7;

    public static string Decode(string text)
    {
        var start = text.IndexOf("_x", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var decoded = new StringBuilder(text.Length);
        decoded.Append(text, 0, start);
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '_' && i + 6 < text.Length && text[i + 1] == 'x' && text[i + 6] == '_' &&
                ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                decoded.Append((char)code);
                i += 6;
            }
            else
            {
                decoded.Append(text[i]);
            }
        }

        return decoded.ToString();
    }
}
