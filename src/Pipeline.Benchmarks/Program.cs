using Pipeline.Benchmarks;

switch (args.Length > 0 ? args[0] : "")
{
    case "matching":
        FebrlBenchmark.Run(args);
        MatchingScaleBenchmark.Run(args);
        break;
    case "matching-febrl":
        FebrlBenchmark.Run(args);
        break;
    case "matching-scale":
        MatchingScaleBenchmark.Run(args);
        break;
    case "matching-scale-one":
        MatchingScaleBenchmark.RunOne(args[1]);
        break;
    case "pipeline":
        PipelineBenchmark.Run(args[1]);
        break;
    case "normalize":
        NormalizationBenchmark.Run();
        break;
    default:
        Console.WriteLine("usage: Pipeline.Benchmarks matching|matching-febrl|matching-scale|normalize|pipeline FILE|read FILE [--febrl DIR]");
        break;
}
