namespace Pipeline.Core.Model;

/// <summary>
/// Where a file was uploaded: the first two folders of <c>uploads/{kecamatan}/{desa}/file</c>,
/// as typed (names or codes). They are the default kecamatan and desa of every row in the file.
/// </summary>
public sealed record UploadLocation(string? Kecamatan, string? Desa)
{
    public static UploadLocation None { get; } = new(null, null);
}
