using System.Diagnostics;
using System.Globalization;
using Pipeline.Benchmarks.Villages;
using Pipeline.Core.Billing;
using Pipeline.Core.Budget;
using Pipeline.Core.Cohort;
using Pipeline.Core.Validation;

namespace Pipeline.Benchmarks.Billing;

/// <summary>
/// <c>reconcile [--people 300000 --rows 300000 --out DIR]</c>: a generated funded cohort and a bill of the same size with rows of
/// every code planted (<see cref="BillScenario"/>), reconciled streaming, first counting only, then writing the
/// workbook and the CSV. Prints the time of each stage, the cohort index's size per person, the peak working set,
/// and the counts per code against the planted ones; exits 1 when they differ. With <c>--out</c> the bill, workbook and
/// CSV are kept there (e.g. to look at a small one printed); otherwise they are written to a temporary folder and deleted.
/// </summary>
internal static class ReconcileBenchmark
{
    public static int Run(string[] args)
    {
        var options = new BenchmarkArguments(args);
        var scenario = new BillScenario(options.Int("people", 300_000), options.Int("rows", 300_000));
        Console.WriteLine($"machine: {BenchmarkMachine.Describe()}");
        var keep = options.Value("out");
        var work = keep is null ? Directory.CreateTempSubdirectory("pipeline-reconcile-") : Directory.CreateDirectory(keep);
        try
        {
            using (var self = Process.GetCurrentProcess())
            {
                CpuAtLastReport = self.TotalProcessorTime;
            }

            var stage = Stopwatch.StartNew();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var cohort = CohortIndex.Build(scenario.Cohort());
            var indexBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
            Report("cohort index", stage, $"{cohort.Count:N0} people, {indexBytes / (1024.0 * 1024.0):F1} MB, {(double)indexBytes / cohort.Count:F0} bytes per person");

            stage.Restart();
            var bill = Path.Combine(work.FullName, "tagihan-2027-01.csv");
            scenario.WriteBill(bill);
            Report("bill written", stage, $"{scenario.Rows:N0} rows, {new FileInfo(bill).Length / (1024.0 * 1024.0):F1} MB (.csv)");

            var reconciler = new BillReconciler(ContributionSchedule.Default);
            stage.Restart();
            BillSummary counted;
            using (var content = File.OpenRead(bill))
            using (var sheet = BillReader.Open(content, Path.GetFileName(bill)))
            {
                counted = reconciler.Reconcile(BillScenario.Period, cohort, sheet.Rows, _ => { });
            }

            Report("read + reconcile", stage, $"{counted.BilledRows:N0} rows, {counted.Counts.Values.Sum():N0} outcomes");

            stage.Restart();
            var workbook = Path.Combine(work.FullName, ReconciliationWriter.FileName(BillScenario.Period, "xlsx"));
            var csv = Path.Combine(work.FullName, ReconciliationWriter.FileName(BillScenario.Period, "csv"));
            BillSummary summary;
            using (var content = File.OpenRead(bill))
            using (var sheet = BillReader.Open(content, Path.GetFileName(bill)))
            using (var workbookFile = File.Create(workbook))
            using (var csvFile = File.Create(csv))
            using (var writer = new ReconciliationWriter(workbookFile, csvFile,
                new ReconciliationHeading(Path.GetFileName(bill), BillScenario.Period, DateTimeOffset.UtcNow), Gazetteer.LabuhanbatuUtara))
            {
                summary = reconciler.Reconcile(BillScenario.Period, cohort, sheet.Rows, writer.Write);
                writer.Complete(summary, sheet.Notices);
            }

            Report("read + reconcile + write", stage,
                $"workbook {new FileInfo(workbook).Length / (1024.0 * 1024.0):F1} MB, csv {new FileInfo(csv).Length / (1024.0 * 1024.0):F1} MB");

            using var process = Process.GetCurrentProcess();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB; CPU {process.TotalProcessorTime.TotalSeconds:F1} s; GC heap now {GC.GetTotalMemory(false) / (1024 * 1024)} MB"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"billed {summary.Billed:N0}, to pay {summary.ToPay:N0}, disputed {summary.Disputed:N0}, not billed {summary.NotBilledValue:N0} (rupiah)"));
            return Check(scenario, summary);
        }
        finally
        {
            if (keep is null)
            {
                work.Delete(recursive: true);
            }
        }
    }

    private static int Check(BillScenario scenario, BillSummary summary)
    {
        var ok = true;
        Console.WriteLine("| code | counted | planted |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var code in BillCodes.All)
        {
            var expected = scenario.Expected[code.Code];
            var counted = summary.Counts[code.Code];
            ok &= expected == counted;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {code.Text} | {counted:N0} | {expected:N0}{(expected == counted ? "" : " MISMATCH")} |"));
        }

        Console.WriteLine(ok ? "counts: ok" : "counts: MISMATCH");
        return ok ? 0 : 1;
    }

    private static TimeSpan CpuAtLastReport;

    /// <summary>A stage's wall time and the CPU the process used in it: on a shared machine the CPU is the figure to compare.</summary>
    private static void Report(string stage, Stopwatch elapsed, string detail)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime - CpuAtLastReport;
        CpuAtLastReport = process.TotalProcessorTime;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-26} {elapsed.Elapsed.TotalSeconds,6:F1} s (CPU {cpu.TotalSeconds,5:F1} s)  {detail}"));
    }
}
