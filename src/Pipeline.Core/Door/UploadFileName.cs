using System.Globalization;
using System.Text;

namespace Pipeline.Core.Door;

/// <summary>
/// Makes the file name a browser sends into a name that can only ever be one file inside the desa's folder:
/// no folders, no <c>..</c>, no backslashes, no control, bidi or zero-width characters, at most
/// <see cref="MaxStemLength"/> characters before the extension, which is kept (lower-cased).
/// </summary>
/// <remarks>
/// The name is the uploader's, so it stays readable ("Daftar Dusun II.xlsx" stays as it is); only letters, digits,
/// space and <c>- _ . ( )</c> are kept, anything else becomes a hyphen. The same name from the same desa is the same
/// upload: sending it again replaces that list, as re-uploading to the same path always has (the village page
/// warns before it does).
/// </remarks>
public static class UploadFileName
{
    public const int MaxStemLength = 80;
    public const string Fallback = "daftar";

    private const int MaxExtensionLength = 5;

    public static string MakeSafe(string? sent)
    {
        // Surrogates first (pairs are emoji and rare scripts, none of them kept; a lone one would stop normalisation).
        var name = string.Concat(LastSegment(sent ?? "").Where(c => !char.IsSurrogate(c)));
        var clean = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKD))
        {
            if (IsInvisible(ch))
            {
                continue;
            }

            var keep = char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '-' or '_' or '.' or '(' or ')' ? ch : '-';
            if (keep is '.' or '-' or ' ' && clean.Length > 0 && clean[^1] == keep)
            {
                continue;
            }

            clean.Append(keep);
        }

        var text = clean.ToString();
        var dot = text.LastIndexOf('.');
        var extension = dot >= 0 && text.Length - dot - 1 is > 0 and <= MaxExtensionLength && text[(dot + 1)..].All(char.IsAsciiLetterOrDigit)
            ? text[dot..].ToLowerInvariant()
            : "";
        var stem = Tidy(extension.Length > 0 ? text[..dot] : text);
        if (stem.Length > MaxStemLength)
        {
            stem = Tidy(stem[..MaxStemLength]);
        }

        return (stem.Length == 0 ? Fallback : stem) + extension;
    }

    /// <summary>What follows the last slash or backslash: "C:\fakepath\x.xlsx" and "../../x.xlsx" both give "x.xlsx".</summary>
    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    /// <summary>No leading dot (a hidden file), no trailing dot (which Azure drops), no edge spaces or hyphens.</summary>
    private static string Tidy(string stem) => stem.Trim(' ', '.', '-', '_');

    /// <summary>Control and format characters (bidi overrides, zero-width joiners), line and paragraph separators, combining marks left by decomposition.</summary>
    private static bool IsInvisible(char ch) =>
        CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark;
}
