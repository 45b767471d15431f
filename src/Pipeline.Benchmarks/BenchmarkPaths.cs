namespace Pipeline.Benchmarks;

/// <summary>Finds the shared benchmark data: ../shared/benchmarks/febrl next to the folder holding Pipeline.sln.</summary>
internal static class BenchmarkPaths
{
    public static string FebrlDirectory(string[] args)
    {
        var flag = Array.IndexOf(args, "--febrl");
        if (flag >= 0 && flag + 1 < args.Length)
        {
            return args[flag + 1];
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks", "febrl"));
            }
        }

        throw new DirectoryNotFoundException("Pipeline.sln not found above the current directory; pass --febrl DIR.");
    }
}
