if (args.Length == 0)
{
    Console.WriteLine("usage: Pipeline.Benchmarks read FILE");
    return 1;
}

switch (args[0])
{
    case "read" when args.Length > 1:
        ReadBenchmark.Run(args[1]);
        return 0;
    default:
        Console.WriteLine($"unknown benchmark '{args[0]}'");
        return 1;
}
