namespace Pipeline.Integration.Tests.Cli;

/// <summary>Input and output folders for CLI tests, made from the bundled samples and removed afterwards.</summary>
public sealed class CliFolders : IDisposable
{
    public CliFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "in");

    public string Out => Path.Combine(Root, "out");

    /// <summary>The sample CSV list (25 rows), the smallest real list in the repository.</summary>
    public static byte[] SampleList => File.ReadAllBytes(Path.Combine(CliTests.RepoRoot(), "samples", "uploads", "na-ix-x", "pulo-jantan", "data.csv"));

    /// <summary>Writes <paramref name="content"/> at a path relative to the input folder ('/' between folders).</summary>
    public void Add(string relativePath, byte[] content)
    {
        var path = Path.Combine(Input, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    /// <summary>Copies of the sample list in as many village folders, so a run lasts long enough to be interrupted.</summary>
    public void AddVillages(int count)
    {
        var list = SampleList;
        for (var i = 0; i < count; i++)
        {
            Add($"kecamatan-{i:D2}/desa/daftar.csv", list);
        }
    }

    public List<List<string>> UploadsCsv() => CliTests.ReadCsv(Path.Combine(Out, "uploads.csv"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process being torn down may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
