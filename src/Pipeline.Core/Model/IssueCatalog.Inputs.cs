namespace Pipeline.Core.Model;

/// <summary>
/// Files the local runner finds in its input folder but cannot hand to the pipeline: they still get a row in
/// uploads.csv, so no file is passed over without a word.
/// </summary>
public static partial class IssueCatalog
{
    public static readonly FileNameUnusableMessage FileNameUnusable = new();

    /// <summary>The <c>FileNameUnusable</c> message, made only with its named arguments.</summary>
    public sealed record FileNameUnusableMessage() : IssueDefinition(
        "FILE_NAME_UNUSABLE", Severity.Error, null,
        "Nama berkas atau foldernya tidak dapat dipakai sebagai nama unggahan ({0}). Ganti nama berkas atau folder (lebih pendek, tanpa titik di akhir nama, tanpa karakter kontrol), lalu jalankan ulang.",
        "The file or folder name cannot be used as an upload name ({0}). Rename it (shorter, no trailing dot, no control characters) and run again.")
    {
        /// <param name="reason">Why storage cannot take the name.</param>
        public Issue Create(string reason) => Format(reason);
    }

    public static readonly FileNotReadableMessage FileNotReadable = new();

    /// <summary>The <c>FileNotReadable</c> message, made only with its named arguments.</summary>
    public sealed record FileNotReadableMessage() : IssueDefinition(
        "FILE_NOT_READABLE", Severity.Error, null,
        "Berkas atau folder tidak dapat dibuka dari folder masukan ({0}). Periksa izin aksesnya atau tutup program yang sedang memakainya, lalu jalankan ulang.",
        "The file or folder cannot be opened from the input folder ({0}). Check its permissions or close the program using it, and run again.")
    {
        /// <param name="reason">What the operating system said.</param>
        public Issue Create(string reason) => Format(reason);
    }

    public static readonly FileSystemJunkMessage FileSystemJunk = new();

    /// <summary>The <c>FileSystemJunk</c> message, made only with its named arguments.</summary>
    public sealed record FileSystemJunkMessage() : IssueDefinition(
        "FILE_SYSTEM_JUNK", Severity.Warning, null,
        "Berkas sistem ({0}), bukan daftar pekerja: dilewati dan tidak diunggah.",
        "An operating-system or Office helper file ({0}), not a worker list: skipped, not uploaded.")
    {
        /// <param name="kind">Which helper file it is (".DS_Store", "file pemilik Excel").</param>
        public Issue Create(string kind) => Format(kind);
    }
}
