using Pipeline.Core.Model;
using Pipeline.Storage.Tables;

namespace Pipeline.Storage.Ingest;

/// <summary>
/// Who an upload is: its exact path inside the uploads container (case and every character kept), and the
/// keys and names derived from it, each one-to-one, so two different paths never share rows or a result.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><see cref="Key"/>: the partition of the upload's rows in <c>Records</c> and <c>Reviews</c>, the path
/// encoded by <see cref="TableKey"/> (readable; a hash only past 200 characters).</item>
/// <item><see cref="UploadsPartitionKey"/> / <see cref="UploadsRowKey"/>: the <c>Uploads</c> row, the kecamatan
/// folder and the rest of the path, each encoded; "~" (never an encoding) for a file outside any folder.</item>
/// <item><see cref="ResultPath"/>: the path with <c>.hasil.xlsx</c> appended. Appending the same suffix to every
/// path is one-to-one, so <c>x.csv</c> and <c>x.csv.xlsx</c> get different results; a name that would pass 255
/// bytes, or that holds bidi controls, is shortened with a hash (<see cref="ResultName"/>).</item>
/// </list>
/// </remarks>
public sealed record UploadIdentity
{
    public const string ResultSuffix = ResultName.Suffix;
    private const string RootPartition = "~";

    private UploadIdentity(string path)
    {
        Path = path;
        Key = TableKey.Encode(path);
        var slash = path.IndexOf('/');
        (UploadsPartitionKey, UploadsRowKey) = slash < 0
            ? (RootPartition, TableKey.Encode(path, 400))
            : (TableKey.Encode(path[..slash]), TableKey.Encode(path[(slash + 1)..], 400));
    }

    /// <summary>The exact path inside the uploads container, e.g. <c>kualuh-hulu/aek-kanopan/daftar.xlsx</c>.</summary>
    public string Path { get; }

    public string Key { get; }

    public string UploadsPartitionKey { get; }

    public string UploadsRowKey { get; }

    public string ResultPath => ResultName.Of(Path);

    /// <summary>
    /// The first two folders, the default kecamatan and desa of the file's rows. A backslash counts as a folder
    /// separator here only (a zip made on Windows unpacks to such names); the identity keeps it as typed.
    /// </summary>
    public UploadLocation Location
    {
        get
        {
            var parts = Path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
            return parts.Length switch
            {
                >= 3 => new UploadLocation(parts[0], parts[1]),
                2 => new UploadLocation(parts[0], null),
                _ => UploadLocation.None,
            };
        }
    }

    public static UploadIdentity Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new UploadIdentity(path);
    }

    public override string ToString() => Key;
}
