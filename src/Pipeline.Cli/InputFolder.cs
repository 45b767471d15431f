using Pipeline.Core.Model;

namespace Pipeline.Cli;

/// <summary>
/// Every file under the <c>--input</c> folder, whatever its name, each with the upload path it will have and,
/// when it cannot be uploaded, why. Nothing is left out without a word: operating-system helper files are listed
/// as skipped, unreadable folders and names storage cannot take are listed as failed.
/// </summary>
/// <remarks>
/// The upload path is the path relative to the folder with the platform's separator written <c>/</c>, and
/// nothing else changed: on Linux a backslash is an ordinary character of a file name (what unzipping a zip made
/// on Windows gives), so it stays in the name; leading dots, <c>..</c> inside names, spaces and non-ASCII are
/// kept. Folders are walked one by one, so a folder that cannot be read fails alone; folder links are followed
/// once each.
/// </remarks>
public static class InputFolder
{
    /// <summary>Blob names are at most 1,024 characters.</summary>
    public const int MaxUploadPathLength = 1024;

    public static IReadOnlyList<InputFile> List(string root)
    {
        var files = new List<InputFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false, ReturnSpecialDirectories = false };
        while (pending.TryPop(out var directory))
        {
            if (!visited.Add(RealPath(directory)))
            {
                continue;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = directory.EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                files.Add(InputFile.Failed(UploadPathOf(root, directory.FullName) + "/", IssueCatalog.FileNotReadable.Create(ReadProblem(e))));
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                {
                    pending.Push(sub);
                }
                else
                {
                    files.Add(Classify(UploadPathOf(root, entry.FullName), entry.FullName));
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.UploadPath, b.UploadPath));
        return files;
    }

    /// <summary>The upload path of a local file: relative to the input folder, <c>/</c> between folders.</summary>
    public static string UploadPathOf(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>A file to upload, a helper file to skip, or a name storage cannot take.</summary>
    public static InputFile Classify(string uploadPath, string fullPath)
    {
        if (JunkKind(uploadPath) is { } kind)
        {
            return new InputFile(uploadPath, fullPath, IngestOutcomeStatus.Skipped, IssueCatalog.FileSystemJunk.Create(kind));
        }

        if (UnusableNameReason(uploadPath) is { } reason)
        {
            return InputFile.Failed(uploadPath, IssueCatalog.FileNameUnusable.Create(reason));
        }

        return new InputFile(uploadPath, fullPath, null, null);
    }

    /// <summary>
    /// Files that operating systems and Office leave beside a list (never lists themselves): Excel and Word owner
    /// files <c>~$…</c>, LibreOffice locks <c>.~lock.…#</c>, macOS <c>.DS_Store</c>, <c>._…</c> and
    /// <c>__MACOSX/</c>, Windows <c>Thumbs.db</c> and <c>desktop.ini</c>. Null for anything else.
    /// </summary>
    public static string? JunkKind(string uploadPath)
    {
        var parts = uploadPath.Split('/');
        var name = parts[^1];
        if (parts[..^1].Any(p => p is "__MACOSX" or ".Trashes" or ".Spotlight-V100" or ".fseventsd"))
        {
            return "salinan data macOS";
        }

        return name switch
        {
            _ when name.StartsWith("~$", StringComparison.Ordinal) => "penanda kunci Microsoft Office",
            _ when name.StartsWith(".~lock.", StringComparison.Ordinal) && name.EndsWith('#') => "penanda kunci LibreOffice",
            ".DS_Store" or ".localized" => "berkas macOS",
            _ when name.StartsWith("._", StringComparison.Ordinal) => "salinan data macOS",
            _ when name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
                || name.Equals("ehthumbs.db", StringComparison.OrdinalIgnoreCase)
                || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase) => "berkas Windows",
            _ => null,
        };
    }

    /// <summary>
    /// Why storage cannot take the path as a blob name, in Indonesian, or null. Checked before uploading so that
    /// the CLI behaves the same on Azurite and Azure (Azure drops a trailing dot; Azurite keeps it).
    /// </summary>
    public static string? UnusableNameReason(string uploadPath)
    {
        if (uploadPath.Length > MaxUploadPathLength)
        {
            return $"lebih dari {MaxUploadPathLength} karakter";
        }

        foreach (var part in uploadPath.Split('/'))
        {
            if (part.EndsWith('.'))
            {
                return $"\"{Visible(part)}\" berakhir dengan titik";
            }
        }

        foreach (var rune in uploadPath.EnumerateRunes())
        {
            if (System.Text.Rune.IsControl(rune) || rune.Value is 0xFFFE or 0xFFFF)
            {
                return "berisi karakter kontrol";
            }
        }

        return uploadPath.Any(char.IsSurrogate) && !IsWellFormed(uploadPath) ? "berisi karakter tidak sah" : null;
    }

    internal static string ReadProblem(Exception e) => e switch
    {
        UnauthorizedAccessException => "akses ditolak",
        FileNotFoundException or DirectoryNotFoundException => "berkas hilang saat dibaca",
        _ => "gagal dibaca: " + e.GetType().Name,
    };

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string Visible(string text) => new(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static string RealPath(DirectoryInfo directory)
    {
        try
        {
            return directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? directory.FullName;
        }
        catch (IOException)
        {
            return directory.FullName;
        }
    }
}

/// <summary>One file found under <c>--input</c>: its upload path, and the outcome it already has when it is not uploaded.</summary>
/// <param name="Status">Null when the file is to be uploaded; <c>skipped</c> or <c>failed</c> otherwise.</param>
public sealed record InputFile(string UploadPath, string? FullPath, string? Status, Issue? Problem)
{
    public bool ToUpload => Status is null;

    public static InputFile Failed(string uploadPath, Issue problem) => new(uploadPath, null, IngestOutcomeStatus.Failed, problem);
}

/// <summary>The uploads.csv statuses of files the CLI did not hand to ingest.</summary>
public static class IngestOutcomeStatus
{
    public const string Failed = Pipeline.Storage.Ingest.IngestOutcome.Failed;

    /// <summary>An operating-system or Office helper file, listed but not uploaded.</summary>
    public const string Skipped = "skipped";
}
