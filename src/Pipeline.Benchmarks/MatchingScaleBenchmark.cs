namespace Pipeline.Benchmarks;

internal static class MatchingScaleBenchmark
{
    public static void Run(string[] args) { }
}
