using Pipeline.Benchmarks;
using Pipeline.Benchmarks.Billing;
using Pipeline.Benchmarks.Villages;

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
    case "admin" when args.Length > 2 && args[1] == "--from":
        await AdminApiBenchmark.RunAsync(args[2]);
        return 0;
    case "summary":
        WeeklySummaryBenchmark.Run(args);
        return 0;
    case "normalize":
        NormalizationBenchmark.Run();
        return 0;
    case "villages":
        await VillagesBenchmark.RunAsync(args);
        return 0;
    case "index-snapshot":
        StageProfile.RunSnapshot(args);
        return 0;
    case "villages-stages":
        await StageProfile.RunStagesAsync(args);
        return 0;
    case "villages-run":
        return await VillagesBenchmark.RunChildAsync(args);
    case "stored":
        await StoredRecordsBenchmark.RunAsync(args);
        return 0;
    case "register":
        await RegisterBenchmark.RunAsync(args);
        return 0;
    case "register-run":
        return await RegisterBenchmark.RunChildAsync(args);
    case "reconcile":
        return ReconcileBenchmark.Run(args);
    case "soak":
        return await SoakBenchmark.RunAsync(args);
    case "soak-run":
        return await SoakBenchmark.RunChildAsync(args);
    case "prepare":
        await PrepareListBenchmark.RunAsync(args);
        return 0;
    case "counts":
        await CohortCountsBenchmark.RunAsync(args);
        return 0;
    case "prepare-run":
        return await PrepareListBenchmark.RunChildAsync(args);
    case "stored-run":
        return await StoredRecordsBenchmark.RunChildAsync(args);
    case "stored-admin":
        return await StoredAdminBenchmark.RunAdminAsync(args);
    case "stored-summary":
        return await StoredAdminBenchmark.RunCommandAsync("summary", args);
    case "stored-export":
        return await StoredAdminBenchmark.RunCommandAsync("export", args);
    default:
        Console.WriteLine("usage: Pipeline.Benchmarks matching [--febrl DIR] | matching-febrl | matching-scale | read FILE | pipeline FILE | normalize | villages [--files 90 --rows 730 --parallel N --on-disk] | villages-stages | stored [--records 1000000 --rows 730] | index-snapshot [--records N] | summary [--rows N] | admin --from OUT | prepare [--people 100000] | counts [--people 100000] | soak [--minutes 3 --files 90 --rows 730 --parallel 4] | reconcile [--people 300000 --rows 300000] | register [--rows 2000000]");
        return 1;
}
