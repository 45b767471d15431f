using System.Diagnostics;
using Pipeline.Core.Budget;
using Pipeline.Core.Model;
using Pipeline.Core.Reporting;
using Pipeline.Core.Validation;

namespace Pipeline.Benchmarks;

/// <summary>
/// <c>summary [--rows N]</c>: the weekly summary's pure part at the regency's scale, without storage: N generated
/// rows (spread over the 90 desa in uploads of 500 rows across 12 weeks) streamed through the figures and the
/// per-worker sheet as the records pass would hand them, then the figures (with the 12-week trend), the figures
/// sheets and the HTML page. The workbook goes to a temporary file, as the service writes it.
/// </summary>
public static class WeeklySummaryBenchmark
{
    public static void Run(string[] args)
    {
        var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(50_000);
        var gazetteer = Gazetteer.LabuhanbatuUtara;
        var week = ReportWeek.Parse("2026-W48");
        var builder = new WeeklyReportBuilder(gazetteer, ContributionSchedule.Default, new WeeklySummaryOptions());
        var path = Path.Combine(Path.GetTempPath(), "pipeline-summary-bench-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            using var file = File.Create(path);
            using var workbook = new ReportWorkbookWriter(file);
            var data = new ReportData();
            var stage = Stopwatch.StartNew();
            int workers;
            using (var sheet = workbook.BeginNewWorkers(gazetteer, week, week.End))
            {
                Generate(gazetteer, week, rows, [data, sheet]);
                workers = sheet.Count;
            }

            Report("rows counted + per-worker sheet", stage.Elapsed, rows);

            stage.Restart();
            var report = builder.Build(data, week, week.End, week.End, new Dictionary<ReportWeek, FiguresSnapshot>());
            Report("figures + trend", stage.Elapsed, rows);

            stage.Restart();
            workbook.Complete(report);
            Report("figures sheets", stage.Elapsed, report.Kecamatan.Count + 2);

            stage.Restart();
            var page = ReportHtmlWriter.Render(report);
            Report("HTML page", stage.Elapsed, rows);

            Console.WriteLine(
                $"{rows:N0} rows, {workers:N0} people on the per-worker sheet; workbook {file.Length / 1024:N0} KB, page {page.Length / 1024:N0} KB; " +
                $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB; CPU {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Report(string stage, TimeSpan elapsed, int count) =>
        Console.WriteLine($"{stage,-32} {elapsed.TotalSeconds,6:F1} s  ({count:N0})");

    /// <summary>Uploads of 500 rows in path order, each row handed to every sink as the records pass would.</summary>
    private static void Generate(Gazetteer gazetteer, ReportWeek week, int rows, IReadOnlyList<IReportRowSink> sinks)
    {
        var random = new Random(20261130);
        var desa = gazetteer.Desa.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        string[] issues = ["", "", "", "PHONE_INVALID", "BIRTHDATE_FROM_NIK", "KK_MALFORMED"];
        var uploads = new List<ReportUpload>();
        for (var start = 0; start < rows; start += 500)
        {
            var place = desa[random.Next(desa.Count)];
            uploads.Add(new ReportUpload($"u{start:D8}", $"{place.ParentCode}/{place.Code}/daftar-{start:D8}.xlsx", "processed",
                week.Start.AddDays(-7 * random.Next(12) + random.NextDouble() * 7), place.ParentCode, place.Code, null));
        }

        var data = (ReportData)sinks[0];
        foreach (var upload in uploads)
        {
            data.AddUpload(upload);
        }

        var start0 = 0;
        foreach (var upload in uploads.OrderBy(u => u.Path, StringComparer.Ordinal))
        {
            for (var row = 0; row < Math.Min(500, rows - start0); row++)
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
                var line = new ReportRow(row + 2, status, upload.KecamatanCode, upload.DesaCode, codes, $"PEKERJA {start0 + row}", $"{upload.KecamatanCode}0101800001", "L",
                    new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28)), 20 + random.Next(40), "petani");
                foreach (var sink in sinks)
                {
                    sink.Add(upload, line);
                }
            }

            start0 += 500;
        }
    }
}
