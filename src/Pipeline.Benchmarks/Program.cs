using Pipeline.Benchmarks;

switch (args.Length > 0 ? args[0] : "")
{
    case "matching":
        FebrlBenchmark.Run(args);
        MatchingScaleBenchmark.Run(args);
        return 0;
    case "matching-febrl":
        FebrlBenchmark.Run(args);
        return 0;
    case "matching-scale":
        MatchingScaleBenchmark.Run(args);
        return 0;
    case "matching-scale-one":
        MatchingScaleBenchmark.RunOne(args[1]);
        return 0;
    case "read" when args.Length > 1:
        ReadBenchmark.Run(args[1]);
        return 0;
    case "pipeline" when args.Length > 1:
        PipelineBenchmark.Run(args[1]);
        return 0;
    case "summary":
        WeeklySummaryBenchmark.Run(args);
        return 0;
    case "normalize":
        NormalizationBenchmark.Run();
        return 0;
    default:
        Console.WriteLine("usage: Pipeline.Benchmarks matching [--febrl DIR] | matching-febrl | matching-scale | read FILE | pipeline FILE | normalize | summary [--rows N]");
        return 1;
}
