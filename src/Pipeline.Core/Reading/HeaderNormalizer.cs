using System.Globalization;
using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Turns a header cell as typed ("No. KTP", "Tempat/Tgl.\nLahir", "NAMA_PESERTA") into a canonical
/// lower-case, single-spaced phrase, so that one synonym entry covers every punctuation variant officials use.
/// </summary>
public static class HeaderNormalizer
{
    private const string SeparatorCharacters = ".:/\\()[]{},;_-*#'\"`|+";

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsWhiteSpace(character) || SeparatorCharacters.Contains(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
