using System.Diagnostics;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>summary [--rows N]</c>: the weekly summary's pure part at the regency's scale, without storage: figures
/// (with the 12-week trend), the workbook (its new-workers sheet has a row per new worker) and the HTML page,
/// over N generated rows spread over the 90 desa in uploads of 500 rows across 12 weeks.
/// </summary>
public static class WeeklySummaryBenchmark
{
    public static void Run(string[] args)
    {
        var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(50_000);
        var gazetteer = Gazetteer.LabuhanbatuUtara;
        var week = ReportWeek.Parse("2026-W48");
        var data = Generate(gazetteer, week, rows);
        var builder = new WeeklyReportBuilder(gazetteer, ContributionSchedule.Default, new WeeklySummaryOptions());

        var stage = Stopwatch.StartNew();
        var report = builder.Build(data, week, week.End, week.End, new Dictionary<ReportWeek, FiguresSnapshot>());
        Report("figures + trend", stage.Elapsed, rows);

        stage.Restart();
        var workbook = new MemoryStream();
        ReportWorkbookWriter.Write(report, workbook);
        Report("workbook (ClosedXML)", stage.Elapsed, report.NewWorkers.Count);

        stage.Restart();
        var page = ReportHtmlWriter.Render(report);
        Report("HTML page", stage.Elapsed, rows);

        Console.WriteLine(
            $"{rows:N0} rows, {report.NewWorkers.Count:N0} new workers; workbook {workbook.Length / 1024:N0} KB, page {page.Length / 1024:N0} KB; " +
            $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB; CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s");
    }

    private static void Report(string stage, TimeSpan elapsed, int count) =>
        Console.WriteLine($"{stage,-22} {elapsed.TotalSeconds,6:F1} s  ({count:N0})");

    private static ReportData Generate(Gazetteer gazetteer, ReportWeek week, int rows)
    {
        var random = new Random(20261130);
        var desa = gazetteer.Desa.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var data = new ReportData();
        string[] issues = ["", "", "", "PHONE_INVALID", "BIRTHDATE_FROM_NIK", "KK_MALFORMED"];
        for (var start = 0; start < rows; start += 500)
        {
            var place = desa[random.Next(desa.Count)];
            var key = $"u{start:D8}";
            data.AddUpload(new ReportUpload(key, $"{place.ParentCode}/{place.Code}/daftar-{start}.xlsx", "processed",
                week.Start.AddDays(-7 * random.Next(12) + random.NextDouble() * 7), place.ParentCode, place.Code, null));
            for (var row = 0; row < Math.Min(500, rows - start); row++)
            {
                var roll = random.Next(100);
                var (status, codes) = roll switch
                {
                    < 85 => (RecordStatus.New, issues[random.Next(issues.Length)]),
                    < 90 => (RecordStatus.Duplicate, "DUPLICATE_OTHER_FILE"),
                    < 93 => (RecordStatus.Enrolled, "ENROLLED_BPJS"),
                    < 95 => (RecordStatus.Review, "MATCH_REVIEW"),
                    < 98 => (RecordStatus.Rejected, random.Next(2) == 0 ? "NIK_WRONG_LENGTH" : "NIK_MISSING;PHONE_INVALID"),
                    _ => (RecordStatus.Ineligible, "AGE_TOO_OLD"),
                };
                data.AddRow(key, status, place.ParentCode, place.Code, codes);
                if (status == RecordStatus.New)
                {
                    data.AddNewWorker(new ReportWorker(key, row + 2, $"PEKERJA {start + row}", $"{place.ParentCode}0101800001", "L",
                        new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28)), 20 + random.Next(40), "petani", place.ParentCode, place.Code));
                }
            }
        }

        return data;
    }
}
