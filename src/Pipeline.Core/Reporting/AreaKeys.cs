namespace Pipeline.Core.Reporting;

/// <summary>
/// Keys of the areas figures are kept for: Kemendagri codes without dots (regency 1223, kecamatan 122301,
/// desa 1223011001), and "{parent}-?" for rows whose place inside the parent is not known.
/// </summary>
public static class AreaKeys
{
    public const string UnknownSuffix = "-?";

    public static string Unknown(string parentCode) => parentCode + UnknownSuffix;

    public static bool IsUnknown(string key) => key.EndsWith(UnknownSuffix, StringComparison.Ordinal);
}
