Console.WriteLine("benchmarks");
NormalizationBenchmark.Run();
