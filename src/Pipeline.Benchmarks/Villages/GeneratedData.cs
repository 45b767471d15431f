using System.Diagnostics;

namespace Pipeline.Benchmarks.Villages;

/// <summary>The generated village lists and register, kept in the temp folder per size so reruns skip generating.</summary>
internal sealed record GeneratedData(string UploadsRoot, string Register, IReadOnlyList<string> Paths)
{
    private const int Seed = 20251127;
    private const int RegisterSize = 12_000;

    public static async Task<GeneratedData> EnsureAsync(int files, int rows)
    {
        var root = Path.Combine(Path.GetTempPath(), $"pipeline-villages-{files}x{rows}-{Seed}");
        var list = Path.Combine(root, "paths.txt");
        if (!File.Exists(list))
        {
            var watch = Stopwatch.StartNew();
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }

            var paths = new VillageListGenerator(Seed).Write(root, files, rows, RegisterSize);
            await File.WriteAllLinesAsync(list, paths);
            Console.WriteLine($"generated {files} village lists of {rows} rows and a register of {RegisterSize:N0} in {watch.Elapsed.TotalSeconds:F0} s under {root}");
        }

        return new GeneratedData(Path.Combine(root, "uploads"), Path.Combine(root, "peserta-bpjs.csv"), await File.ReadAllLinesAsync(list));
    }
}
