using System.Text;
using Pipeline.Core.Validation;

namespace Pipeline.Core.Door;

/// <summary>
/// The folder of the <c>uploads</c> container a desa's door writes to: <c>{kecamatan slug}/{desa slug}/</c>, e.g.
/// <c>kualuh-hulu/aek-kanopan/</c>. Slugs, not codes, so an administrator browsing the container reads names; the
/// gazetteer resolves each slug back to its region exactly as it resolves any upload folder (a test checks every
/// desa of the regency), so ingest gives the rows the same default kecamatan and desa.
/// </summary>
public sealed record DesaFolder(Region Kecamatan, Region Desa)
{
    /// <summary>The folder path with its trailing slash: what every blob name of this desa's door begins with.</summary>
    public string Prefix => $"{Slug(Kecamatan.Name)}/{Slug(Desa.Name)}/";

    /// <summary>The blob name of a (safe) file name in this folder.</summary>
    public string PathOf(string safeFileName) => Prefix + safeFileName;

    /// <summary>
    /// Whether an upload path lies inside this folder (directly or below it). A path with an empty, <c>.</c> or <c>..</c>
    /// segment is never inside: an HTTP client may resolve such segments and reach another folder's blob.
    /// </summary>
    public bool Holds(string uploadPath) =>
        uploadPath.StartsWith(Prefix, StringComparison.Ordinal) && !uploadPath.Split('/').Any(segment => segment is "" or "." or "..");

    /// <summary>The folder of a desa by its code; null when the gazetteer does not know it.</summary>
    public static DesaFolder? Of(Gazetteer gazetteer, string desaCode)
    {
        var desa = gazetteer.Desa.FirstOrDefault(d => d.Code == desaCode);
        var kecamatan = desa is null ? null : gazetteer.Kecamatan.FirstOrDefault(k => k.Code == desa.ParentCode);
        return desa is null || kecamatan is null ? null : new DesaFolder(kecamatan, desa);
    }

    /// <summary>Lower-case ASCII letters and digits, every other run of characters one hyphen: "Perk. Padang Halaban" → "perk-padang-halaban".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                slug.Append(char.ToLowerInvariant(ch));
            }
            else if (char.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
