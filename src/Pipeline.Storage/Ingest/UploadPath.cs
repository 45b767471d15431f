using Pipeline.Core.Model;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// The convention <c>uploads/{kecamatan}/{desa}/{file}</c>: paths are relative to the uploads container.
/// The first two folders, when present, are the default kecamatan and desa of the file's rows.
/// </summary>
public static class UploadPath
{
    public static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');

    public static UploadLocation LocationOf(string path)
    {
        var parts = Normalize(path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            >= 3 => new UploadLocation(parts[0], parts[1]),
            2 => new UploadLocation(parts[0], null),
            _ => UploadLocation.None,
        };
    }

    /// <summary>
    /// Where the result workbook goes inside the results container: the same path, and for a file that was
    /// not .xlsx, ".xlsx" appended (data.csv → data.csv.xlsx) so two uploads never share a result.
    /// </summary>
    public static string ResultPathOf(string path)
    {
        var normalized = Normalize(path);
        return normalized.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? normalized : normalized + ".xlsx";
    }
}
